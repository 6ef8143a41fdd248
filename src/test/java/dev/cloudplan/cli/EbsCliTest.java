package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ebs component and EC2 spot through the real entry point, on the bundled catalog: st1 in us-east-1 is priced
 * (0.045 per GB-month, price-list-mirror), and bad volume settings stop the run with the file, line and a fix.
 */
class EbsCliTest {
    @TempDir
    Path dir;

    private Path spec(String components) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, """
                name: ebs
                region: us-east-1
                horizon: 1 month
                start: 2027-01
                workload:
                  requests: 1M/month
                architectures:
                  - name: a
                    components:
                %s""".formatted(components.indent(6)));
        return spec;
    }

    @Test
    void st1Volumes_arePricedFromTheBundledCatalog() throws Exception {
        Cli.Result r = run("compare", spec("- {name: logs, type: ebs, volume_type: st1, size: 500 GB, count: 2}\n")
                .toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode a = new ObjectMapper().readTree(r.out()).get("architectures").get(0);
        assertThat(a.get("complete").asBoolean()).isTrue();
        // 2 volumes x 500 GB x 0.045
        assertThat(a.get("total").asDouble()).isEqualTo(2 * 500 * 0.045);
    }

    @Test
    void anUnknownVolumeType_isRefused_withTheClosestName() throws Exception {
        Cli.Result r = run("compare", spec("- {name: logs, type: ebs, volume_type: st2, size: 500 GB}\n").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:10", "'st2' is not a valid volume_type", "did you mean 'st1'?");
    }

    @Test
    void anUnknownDataVolumeType_isRefused_withTheClosestName() throws Exception {
        Cli.Result r = run("compare", spec("- {name: app, type: ec2, instance_type: t4g.medium, data_volumes: 100 GB io3 3000 IOPS}\n")
                .toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:10", "'io3' is not an EBS volume type", "did you mean 'io1'?");
    }

    @Test
    void iopsAboveTheTypesMaximum_isRefused_withTheRange() throws Exception {
        Cli.Result r = run("compare", spec("""
                - name: data
                  type: ebs
                  volume_type: io2
                  size: 100 GB
                  iops: 300000
                """).toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:14", "io2 volumes take 100 to 256,000 IOPS, not 300000", "give IOPS from 100");
    }

    @Test
    void aNegativeSize_isRefused() throws Exception {
        Cli.Result r = run("compare", spec("- {name: logs, type: ebs, size: -5 GB}\n").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:10").contains("fix:");
    }

    @Test
    void spotWithoutADiscount_isRefused_withTheSettingToAdd() throws Exception {
        Cli.Result r = run("compare", spec("""
                - name: app
                  type: ec2
                  instance_type: t4g.medium
                  purchase: spot
                """).toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:13", "no graded source", "spot_discount: 70%");
    }

    @Test
    void spotWithADiscount_isOnDemandTimesTheRest_andSaysSo() throws Exception {
        Cli.Result r = run("compare", spec("""
                - {name: app, type: ec2, instance_type: t4g.medium, purchase: spot, spot_discount: 70%, public_ipv4: 0}
                """).toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode a = new ObjectMapper().readTree(r.out()).get("architectures").get(0);
        JsonNode hours = a.get("months").get(0).get("lines").get(0);
        assertThat(hours.get("charge").asText()).contains("spot");
        // t4g.medium in us-east-1 at 0.0336 on demand (bundled mirror row) x (1 - 0.70)
        assertThat(hours.get("unit_price").asDouble()).isEqualTo(0.0336 * 0.3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(a.get("assumptions").toString()).contains("spot_discount");
    }
}

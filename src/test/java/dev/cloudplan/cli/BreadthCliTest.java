package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11's new component types through the real entry point: bad settings at their line and column, exit 2. */
class BreadthCliTest {
    @TempDir
    Path dir;

    private Cli.Result estimate(String component) throws Exception {
        Path spec = Cli.writeSpec(dir, """
                name: breadth
                region: us-east-1
                horizon: 1 month
                start: 2027-01
                workload:
                  requests: 10M/month
                  static_requests: 10M/month
                  egress: 100 GB/month
                architectures:
                  - name: a
                    components:
                      %s
                """.formatted(component));
        return run("estimate", spec.toString(), "-a", "a");
    }

    @Test
    void aRegionMixNotAddingUpTo100Percent_isRefusedAtItsLine() throws Exception {
        Cli.Result r = estimate("- {name: cdn, type: cloudfront, region_mix: \"united-states 60%, europe 30%\"}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(":12:").contains("add up to 90%").contains("make the shares add up to 100%");
    }

    @Test
    void anUnknownRegionGroup_namesTheGroups() throws Exception {
        Cli.Result r = estimate("- {name: cdn, type: cloudfront, region_mix: \"mars 100%\"}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("'mars' is not a CloudFront region group").contains("south-america");
    }

    @Test
    void aBadDestinationRegion_isRefused() throws Exception {
        Cli.Result r = estimate("- {name: dr, type: inter-region, to_region: oregon}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("'oregon' is not a region code").contains("us-west-2");
    }

    @Test
    void standardStepFunctions_needTheirTransitions() throws Exception {
        Cli.Result r = estimate("- {name: flow, type: step-functions}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("needs 'transitions_per_execution'");
    }

    @Test
    void anExpressOnlySetting_onAStandardWorkflow_isRefused() throws Exception {
        Cli.Result r = estimate("- {name: flow, type: step-functions, transitions_per_execution: 5, memory: 128 MB}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("'memory' applies only when workflow: express");
    }

    @Test
    void unpricedCharges_makeTheEstimateIncomplete_neverZero() throws Exception {
        // Gateway Load Balancer prices have one source each (catalog-src/unconfirmed/AWSELB.csv): never bundled.
        Cli.Result r = estimate("- {name: firewall, type: gwlb}");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("INCOMPLETE").contains("Gateway Load Balancer hours").contains("NOT PRICED");
        assertThat(run("estimate", dir.resolve("spec.yaml").toString(), "-a", "a", "--require-complete").code())
                .isEqualTo(Main.INCOMPLETE);
    }
}

package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breadth options of issue 11 through the real entry point: each is read from a spec, billed on its own line, and
 * reported NOT PRICED (never $0) where the bundled catalog has no price; a bad value is refused where it is written.
 */
class BreadthOptionsCliTest {
    @TempDir
    Path dir;

    private Cli.Result compare(String components) throws Exception {
        Path spec = Cli.writeOneArchitecture(dir, """
                requests: 10M/month
                database: {reads: 50M/month, writes: 5M/month, stored: 100 GB, item_size: 2 KB}
                """, components);
        return run("compare", spec.toString(), "--format", "json");
    }

    private static List<String> unpriced(Cli.Result r) throws Exception {
        JsonNode a = new ObjectMapper().readTree(r.out()).get("architectures").get(0);
        List<String> out = new ArrayList<>();
        a.get("unpriced").forEach(u -> out.add(u.get("charge").asText()));
        return out;
    }

    @Test
    void replicasInAnotherRegion_areReadAndPricedThere() throws Exception {
        Cli.Result r = compare("- {name: db, type: rds, engine: postgresql, instance_type: db.t4g.medium, storage: 100 GB,"
                + " read_replicas: 1, replica_region: us-west-2}");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode lines = new ObjectMapper().readTree(r.out()).get("architectures").get(0).get("months").get(0).get("lines");
        List<String> labels = new ArrayList<>();
        lines.forEach(l -> labels.add(l.get("charge").asText()));
        // The replica's instance-hours are in the bundled RDS mirror for us-west-2; the transfer is NOT PRICED.
        assertThat(labels).anySatisfy(l -> assertThat(l).contains("Read replicas (1 x db.t4g.medium, Single-AZ, us-west-2"));
        assertThat(unpriced(r)).anySatisfy(l -> assertThat(l).contains("Replication to us-west-2"));
    }

    @Test
    void theNewOptions_areNotPriced_neverZero() throws Exception {
        Cli.Result r = compare("""
                - {name: app, type: ec2, instance_type: c7g.large, operating_system: rhel}
                - {name: table, type: dynamodb, backups: 100 GB, stream_reads: 1M}
                - {name: aur, type: aurora, engine: mysql, instance_type: db.r6g.large, backtrack: 1M}
                - {name: win, type: fargate, operating_system: windows, vcpu: 1, memory: 4 GB}""");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(unpriced(r)).anySatisfy(l -> assertThat(l).contains("Instance usage (RHEL"))
                .anySatisfy(l -> assertThat(l).contains("On-demand backups"))
                .anySatisfy(l -> assertThat(l).contains("Streams read request units"))
                .anySatisfy(l -> assertThat(l).contains("Aurora backtrack"))
                .anySatisfy(l -> assertThat(l).contains("Fargate Windows OS licence"));
    }

    /**
     * Lines the prices2 pass priced in us-east-1 (catalog-src/transcribed/): a Multi-AZ DB cluster of db.r6gd.large
     * (PostgreSQL, 0.722 an hour, Flexera's RDS mirror), Aurora PostgreSQL Standard db.r6g.xlarge (0.519) and EC2
     * m7g.large SUSE (0.1379, Flexera's EC2 mirror), each for 730 hours.
     */
    @Test
    void thePrices2Rows_priceTheirLines() throws Exception {
        Cli.Result r = compare("""
                - {name: db, type: rds, engine: postgresql, instance_type: db.r6gd.large, multi_az_cluster: true, storage: 100 GB}
                - {name: aur, type: aurora, engine: postgresql, instance_type: db.r6g.xlarge}
                - {name: app, type: ec2, instance_type: m7g.large, operating_system: suse}""");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode lines = new ObjectMapper().readTree(r.out()).get("architectures").get(0).get("months").get(0).get("lines");
        assertThat(cost(lines, "DB instance (PostgreSQL, Multi-AZ (readable standbys), on-demand, db.r6gd.large)"))
                .isEqualTo(Math.round(730 * 0.722 * 100) / 100.0);
        assertThat(cost(lines, "Aurora instances (Aurora PostgreSQL, Standard, on-demand, 1 x db.r6g.xlarge)"))
                .isEqualTo(Math.round(730 * 0.519 * 100) / 100.0);
        assertThat(cost(lines, "Instance usage (SUSE, on-demand, m7g.large)")).isEqualTo(Math.round(730 * 0.1379 * 100) / 100.0);
    }

    private static double cost(JsonNode lines, String charge) {
        for (JsonNode l : lines) {
            if (l.get("charge").asText().equals(charge)) {
                return l.get("cost").asDouble();
            }
        }
        throw new AssertionError("no line " + charge + " in " + lines);
    }

    @Test
    void badValues_areRefusedAtTheirPlace() throws Exception {
        Cli.Result r = compare("- {name: db, type: rds, instance_type: db.t4g.medium, storage: 100 GB, volume_type: gp3,"
                + " iops: 6000}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:11", "no more can be provisioned below 400 GiB", "allocate at least 400 GB");
        r = compare("- {name: t, type: dynamodb, replica_regions: oregon}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("'oregon' is not a region code");
        r = compare("- {name: c, type: elasticache, cache_engine: memcached, instance_type: cache.t3.medium, replicas: 1,"
                + " nodes: 2}");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("Memcached nodes are independent partitions");
    }
}

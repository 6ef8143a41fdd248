package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fargate {@code tasks: auto} and ElastiCache {@code instance_type: auto} / {@code nodes: auto} through the real entry
 * point. Figures from the bundled limits.csv (maxmemory of cache.r6g.large 14,037,181,030 bytes, xlarge 28,261,849,702;
 * 25% reserved) and prices (cache.r6g.large 0.206 USD an hour in us-east-1, xlarge 0.411), target 70%.
 */
class AutoSizingCliTest {
    @TempDir
    Path dir;

    private JsonNode json(String command, String components) throws Exception {
        Path spec = Cli.writeSpec(dir, """
                name: auto
                region: us-east-1
                horizon: 1 month
                start: 2027-01
                workload:
                  requests: 100/second
                architectures:
                  - name: a
                    components:
                %s""".formatted(components.indent(6)));
        Cli.Result r = run(command, spec.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        return new ObjectMapper().readTree(r.out());
    }

    private static String decision(JsonNode capacityJson, String component) {
        for (JsonNode d : capacityJson.get("architectures").get(0).get("months").get(0).get("decisions")) {
            if (d.get("component").asText().equals(component)) {
                return d.get("decision").asText();
            }
        }
        throw new AssertionError("no decision for " + component);
    }

    @Test
    void fargateTasksAuto_followsThePeakAndTheOffPeakHours() throws Exception {
        // 100 requests/s on average; the default peak is 2x for 4 hours: 200/s, off-peak (24 x 100 - 4 x 200) / 20
        // = 80/s. x 10 ms = 2 vCPU at peak, 0.8 off-peak; a 0.25 vCPU task within 70% carries 0.175 vCPU:
        // ceil(2 / 0.175) = 12 tasks at peak, ceil(0.8 / 0.175) = 5 off-peak. Memory: 0.5 GB base of 1 GB each.
        String web = "- {name: web, type: fargate, vcpu: 0.25, memory: 1 GB, tasks: auto}";
        assertThat(decision(json("capacity", web), "web")).contains("tasks x 12 at peak, 5 off-peak");
        // Billed: (4 x 12 + 20 x 5) / 24 task-hours an hour = 6.1667 tasks on average, x 730 h x 0.25 vCPU.
        JsonNode items = json("compare", web).get("architectures").get(0).get("months").get(0).get("lines");
        double expectedVcpuHours = (4 * 12 + 20 * 5) / 24.0 * 730 * 0.25;
        boolean found = false;
        for (JsonNode i : items) {
            if (i.get("component").asText().equals("web") && i.get("charge").asText().contains("vCPU")) {
                assertThat(i.get("quantity").asDouble()).isCloseTo(expectedVcpuHours, within(0.1));
                found = true;
            }
        }
        assertThat(found).as("a vCPU line for web").isTrue();
    }

    @Test
    void elastiCacheNodesAuto_addsShardsForTheDataset() throws Exception {
        // cache.r6g.large holds 14,037,181,030 / 2^30 x 0.75 = 9.805 GiB, 6.863 within 70%: 30 GB needs
        // ceil(30 / 6.863) = 5 shards, each with 1 replica: 10 nodes.
        double perShard = 14_037_181_030.0 / (1L << 30) * 0.75 * 0.70;
        int shards = (int) Math.ceil(30 / perShard);
        String cache = "- {name: cache, type: elasticache, instance_type: cache.r6g.large, nodes: auto, replicas: 1,"
                + " dataset: 30 GB}";
        assertThat(shards).isEqualTo(5);
        assertThat(decision(json("capacity", cache), "cache")).contains("cache.r6g.large x " + shards + " shards x 2 nodes = "
                + shards * 2 + " nodes", String.format(java.util.Locale.ROOT, "%,.1f", shards * 2 * 0.206 * 730));
    }

    @Test
    void elastiCacheTypeAuto_picksTheSmallestOfTheFamilyThatHoldsTheData() throws Exception {
        // 10 GB in one shard: large holds 6.863 GiB within 70%, too little; xlarge 28,261,849,702 / 2^30 x 0.75 x 0.7
        // = 13.82: it fits, and at 0.411 an hour it is cheaper than any larger r6g.
        double large = 14_037_181_030.0 / (1L << 30) * 0.75 * 0.70;
        double xlarge = 28_261_849_702.0 / (1L << 30) * 0.75 * 0.70;
        assertThat(large).isLessThan(10);
        assertThat(xlarge).isGreaterThan(10);
        String cache = "- {name: cache, type: elasticache, instance_type: auto, families: cache.r6g, dataset: 10 GB}";
        String d = decision(json("capacity", cache), "cache");
        assertThat(d).contains("cache.r6g.xlarge x 1", String.format(java.util.Locale.ROOT, "%.2f", 0.411 * 730));
    }

    @Test
    void dynamoDbAutoScaling_isCheckedAtThePeakItProvisions_andRefusesAStatedCapacity() throws Exception {
        // 100 requests/s; reads default to none here, so state them through the table's own workload
        Path spec = dir.resolve("ddb.yaml");
        Files.writeString(spec, """
                name: ddb
                region: us-east-1
                horizon: 1 month
                start: 2027-01
                workload:
                  database: {reads: 262.8M/month, writes: 26.28M/month}
                architectures:
                  - name: a
                    components:
                      - {name: table, type: dynamodb, billing: provisioned, auto_scaling: true}
                """);
        Cli.Result r = run("capacity", spec.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        // 100 reads/s on average, 200 at the default 2x peak, x 0.5 units = 100 units against ceil(100 / 0.7) = 143
        assertThat(r.out()).containsPattern("read capacity\\s+100\\s+143");
        Cli.Result json = run("capacity", spec.toString(), "--format", "json");
        assertThat(json.out()).contains("provisioned by auto scaling at the busiest hours");
        Files.writeString(spec, Files.readString(spec).replace("auto_scaling: true}", "auto_scaling: true,"
                + " write_capacity: 50}"));
        Cli.Result bad = run("compare", spec.toString());
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("ddb.yaml:", "write_capacity cannot be given with auto_scaling: true",
                "fix: remove write_capacity, or auto_scaling");
    }
}

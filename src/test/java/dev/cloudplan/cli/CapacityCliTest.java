package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cloudplan capacity, auto-sizing and capacity input errors, through the real entry point. */
class CapacityCliTest {
    @TempDir
    Path dir;

    private static final String SPEC = """
            name: api
            region: us-east-1
            horizon: 3 months
            start: 2027-01
            workload:
              users: {total: [10K, 20K, 40K], concurrent: [1K, 2K, 4K]}
              requests: [%s]
              peak: {factor: 3, hours_per_day: 4}
            architectures:
              - name: app
                components:
                  - {name: web, type: ec2, %s}
            """;

    private Cli.Result capacity(String requests, String web, String... more) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, SPEC.formatted(requests, web));
        String[] args = new String[2 + more.length];
        args[0] = "capacity";
        args[1] = spec.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return run(args);
    }

    @Test
    void chatMvp_printsEveryArchitecturesChecks_bottleneck_andScalingPath() {
        Cli.Result r = run("capacity", "examples/chat-mvp.yaml");
        assertThat(r.code()).isEqualTo(Main.OK);
        for (String a : new String[] {"mvp", "option-a-free-tier", "option-b-self-hosted", "option-c-hybrid"}) {
            assertThat(r.out()).contains("Architecture " + a);
        }
        assertThat(r.out()).contains("Bottleneck:", "Scaling path", "Beyond the last month");
    }

    @Test
    void chatMvp_t2micro_runsOutOfCreditBaseline_inMonth3() throws Exception {
        // t2.micro earns 6 credits an hour (DescribeInstanceTypes): 6 / 60 = 0.1 vCPU sustained.
        // Month 2: 3,000 users x 200 messages a day x 365 / 12 = 18.25M requests; / 2,628,000 s x 10 ms = 0.0694 vCPU,
        // within 70% of 0.1 (0.07). Month 3: 5,000 users: 0.1157 vCPU, over 0.1.
        double month2 = 3000 * 200 * 365 / 12.0 / 2_628_000 * 10 / 1000;
        double month3 = 5000 * 200 * 365 / 12.0 / 2_628_000 * 10 / 1000;
        assertThat(month2).isLessThan(0.07);
        assertThat(month3).isGreaterThan(0.1);
        Cli.Result r = run("capacity", "examples/chat-mvp.yaml", "--format", "json");
        JsonNode a = new ObjectMapper().readTree(r.out()).get("architectures").get(1);
        assertThat(a.get("architecture").asText()).isEqualTo("option-a-free-tier");
        JsonNode baseline2 = check(a.get("months").get(1), "app", "CPU baseline (credits)");
        JsonNode baseline3 = check(a.get("months").get(2), "app", "CPU baseline (credits)");
        assertThat(baseline2.get("demand").asDouble()).isCloseTo(month2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(baseline2.get("capacity").decimalValue()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(baseline2.get("status").asText()).isEqualTo("ok");
        assertThat(baseline3.get("status").asText()).isEqualTo("over");
        JsonNode step = a.get("scaling_path").get(0);
        assertThat(step.get("over_month").asInt()).isEqualTo(3);
    }

    /**
     * Seed 000's claim ("at 200,000 users you will need to upgrade the instance sizes"), examples/learning-app-growth.yaml:
     * requests = 100M + 20M x (month - 1) a month, 3x the average at peak, 10 ms of CPU per request, 2 ms per query.
     */
    @Test
    void learningAppGrowth_theSeedsSizes_runOutWhereTheArithmeticSays() throws Exception {
        // A month's average rate: requests / 2,628,000 s. t4g.medium and db.t4g.medium earn 24 credits an hour:
        // 24 / 60 = 0.4 vCPU sustained; both have 2 vCPU.
        java.util.function.IntFunction<Double> perSecond = m -> (100_000_000 + 20_000_000.0 * (m - 1)) / 2_628_000;
        double baseline = 24 / 60.0;
        // App CPU baseline = the day's average CPU: month 1 95% (tight), month 2 over.
        assertThat(perSecond.apply(1) * 0.010 / baseline).isBetween(0.7, 1.0);
        assertThat(perSecond.apply(2) * 0.010).isGreaterThan(baseline);
        // App CPU at peak = 3 x the average x 10 ms: month 3 above 70% of 2 vCPU, month 5 above 2 (month 4 not).
        assertThat(3 * perSecond.apply(2) * 0.010 / 2).isLessThan(0.7);
        assertThat(3 * perSecond.apply(3) * 0.010 / 2).isGreaterThan(0.7);
        assertThat(3 * perSecond.apply(4) * 0.010).isLessThan(2);
        assertThat(3 * perSecond.apply(5) * 0.010).isGreaterThan(2);
        // The database: 1.1 queries per request (1 read, 0.1 write) x 2 ms; its baseline is tight from month 13 and
        // over from month 20, its CPU over only in month 36 (400,000 users).
        assertThat(1.1 * perSecond.apply(12) * 0.002 / baseline).isLessThan(0.7);
        assertThat(1.1 * perSecond.apply(13) * 0.002 / baseline).isGreaterThan(0.7);
        assertThat(1.1 * perSecond.apply(19) * 0.002).isLessThan(baseline);
        assertThat(1.1 * perSecond.apply(20) * 0.002).isGreaterThan(baseline);
        assertThat(3 * 1.1 * perSecond.apply(35) * 0.002).isLessThan(2);
        assertThat(3 * 1.1 * perSecond.apply(36) * 0.002).isGreaterThan(2);

        Cli.Result r = run("capacity", "examples/learning-app-growth.yaml", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode architectures = new ObjectMapper().readTree(r.out()).get("architectures");
        JsonNode fixed = architectures.get(0);
        assertThat(fixed.get("architecture").asText()).isEqualTo("ec2-rds-mysql");
        assertThat(step(fixed, "app", "CPU baseline (credits)").get("over_month").asInt()).isEqualTo(2);
        assertThat(step(fixed, "app", "CPU").get("tight_month").asInt()).isEqualTo(3);
        assertThat(step(fixed, "app", "CPU").get("over_month").asInt()).isEqualTo(5);
        assertThat(step(fixed, "db", "CPU baseline (credits)").get("tight_month").asInt()).isEqualTo(13);
        assertThat(step(fixed, "db", "CPU baseline (credits)").get("over_month").asInt()).isEqualTo(20);
        assertThat(step(fixed, "db", "CPU").get("over_month").asInt()).isEqualTo(36);
        // Month 16, 200,000 users: 400M requests, 3 x 400M / 2,628,000 x 10 ms = 4.566 vCPU on the app.
        JsonNode month16 = fixed.get("months").get(15);
        assertThat(check(month16, "app", "CPU").get("demand").asDouble())
                .isCloseTo(3 * perSecond.apply(16) * 0.010, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(check(month16, "app", "CPU").get("status").asText()).isEqualTo("over");
        // Sized by cloudplan, nothing is over in any month.
        JsonNode auto = architectures.get(1);
        assertThat(auto.get("architecture").asText()).isEqualTo("ec2-rds-mysql-auto");
        for (JsonNode month : auto.get("months")) {
            for (JsonNode c : month.get("checks")) {
                assertThat(c.get("status").asText()).as(month.get("month") + " " + c).isNotEqualTo("over");
            }
        }
        // Serverless at 200,000 users: Lambda concurrency = 3 x the average x 0.2 s, of the account's 1,000.
        JsonNode lambda = check(architectures.get(2).get("months").get(15), "functions", "concurrency");
        assertThat(lambda.get("demand").asDouble())
                .isCloseTo(3 * perSecond.apply(16) * 0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lambda.get("capacity").asInt()).isEqualTo(1_000);
    }

    /** Seeds 002/004 at 1K, 5K and 10K concurrent users (months 1-3 of examples/llm-chat.yaml), peak = the stated rates. */
    @Test
    void llmChat_theSeedsSizes_atEachScale() throws Exception {
        Cli.Result r = run("capacity", "examples/llm-chat.yaml", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        JsonNode architectures = new ObjectMapper().readTree(r.out()).get("architectures");
        // The seed's provisioned units at 1K: 250 RCU carry 500 eventually consistent reads of 2 KB a second (0.5 unit
        // each) at exactly 100%; 100 WCU carry half of 100 writes of 2 KB (2 units each).
        JsonNode seedUnits = architecture(architectures, "dynamodb-provisioned-seed-units").get("months").get(0);
        assertThat(check(seedUnits, "table", "read capacity").get("demand").asDouble()).isEqualTo(500 * 0.5);
        assertThat(check(seedUnits, "table", "write capacity").get("demand").asDouble()).isEqualTo(100 * 2.0);
        assertThat(check(seedUnits, "table", "write capacity").get("utilisation").asDouble()).isEqualTo(100 * 2.0 / 100);
        // Two r6g.xlarge (4 vCPU each): 12 ms a request (6 queries x 2 ms); 5K: 500/s x 12 ms = 6 vCPU of 8, tight;
        // 10K: 1,000/s x 12 ms = 12 vCPU, over.
        JsonNode eks = architecture(architectures, "postgres-eks");
        JsonNode cpu5k = check(eks.get("months").get(1), "nodes", "CPU");
        assertThat(cpu5k.get("demand").asDouble()).isCloseTo(500 * 0.012, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cpu5k.get("capacity").asInt()).isEqualTo(2 * 4);
        assertThat(cpu5k.get("status").asText()).isEqualTo("tight");
        assertThat(check(eks.get("months").get(2), "nodes", "CPU").get("status").asText()).isEqualTo("over");
        // Sized in r6g at 10K: two nodes must hold 12 vCPU within 70%; r6g.2xlarge (8 vCPU) gives 2 x 8 x 0.7 = 11.2,
        // too little, so r6g.4xlarge (16 vCPU).
        assertThat(2 * 8 * 0.7).isLessThan(1_000 * 0.012);
        String decision = architecture(architectures, "postgres-eks-auto").get("months").get(2).get("decisions").get(0)
                .get("decision").asText();
        assertThat(decision).contains("r6g.4xlarge x 2");
    }

    private static JsonNode architecture(JsonNode architectures, String name) {
        for (JsonNode a : architectures) {
            if (a.get("architecture").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no architecture " + name);
    }

    private static JsonNode step(JsonNode architecture, String component, String resource) {
        for (JsonNode s : architecture.get("scaling_path")) {
            if (s.get("component").asText().equals(component) && s.get("resource").asText().equals(resource)) {
                return s;
            }
        }
        throw new AssertionError("no scaling step " + component + " " + resource + " in " + architecture.get("scaling_path"));
    }

    @Test
    void autoSizing_picksACarryingType_andMoreInstancesWhenTheLoadGrows() throws Exception {
        Cli.Result small = capacity("10M/month, 10M/month, 10M/month", "instance_type: auto, families: t4g, count: auto",
                "--format", "json");
        assertThat(small.code()).as(small.err()).isEqualTo(Main.OK);
        JsonNode month = new ObjectMapper().readTree(small.out()).get("architectures").get(0).get("months").get(0);
        assertThat(month.get("decisions").get(0).get("decision").asText()).contains("t4g.");
        for (JsonNode c : month.get("checks")) {
            assertThat(c.get("status").asText()).as(c.toString()).isNotEqualTo("over");
        }
        // 2B requests a month: 2e9 / 2,628,000 x 3 = 2,283 requests/s at peak x 10 ms = 22.8 vCPU: more than one
        // t4g.2xlarge (8 vCPU) can carry within 70%, so auto must add instances.
        Cli.Result big = capacity("2B/month, 2B/month, 2B/month", "instance_type: t4g.2xlarge, count: auto",
                "--format", "json");
        JsonNode decision = new ObjectMapper().readTree(big.out()).get("architectures").get(0).get("months").get(0)
                .get("decisions").get(0);
        double vcpu = 2e9 / 2_628_000 * 3 * 10 / 1000;
        int atLeast = (int) Math.ceil(vcpu / (8 * 0.7));
        assertThat(decision.get("decision").asText()).contains("t4g.2xlarge x " + atLeast + " at peak");
    }

    @Test
    void badCapacityInput_exits2_withThePlaceAndTheFix() throws Exception {
        Cli.Result zero = capacity("10M/month", "instance_type: t3.small, target_utilisation: 0%");
        assertThat(zero.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(zero.err()).contains("spec.yaml:", "target_utilisation", "fix:");
        Cli.Result over = capacity("10M/month", "instance_type: t3.small, target_utilisation: 150%");
        assertThat(over.code()).isEqualTo(Main.BAD_INPUT);
        Cli.Result family = capacity("10M/month", "instance_type: auto, families: t4x");
        assertThat(family.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(family.err()).contains("unknown instance family 't4x'", "did you mean");
        Cli.Result month = capacity("10M/month", "instance_type: t3.small", "--month", "9");
        assertThat(month.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(month.err()).contains("outside the horizon");
    }

    private static JsonNode check(JsonNode month, String component, String resource) {
        for (JsonNode c : month.get("checks")) {
            if (c.get("component").asText().equals(component) && c.get("resource").asText().equals(resource)) {
                return c;
            }
        }
        throw new AssertionError("no check " + component + " " + resource + " in " + month);
    }
}

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

package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spike month's bill against one worked out here from the bundled catalog's prices, and the saturation factor
 * against the capacity model's documented figures, through the real entry point.
 */
class SpikeCliTest {
    private static final MathContext MC = MathContext.DECIMAL64;
    // catalog-src/transcribed/AmazonApiGateway.csv: HTTP API requests, 0-300M at 0.000001, above at 0.0000009.
    private static final BigDecimal HTTP_FIRST = BreakEvenTest.HTTP_FIRST;
    private static final BigDecimal HTTP_ABOVE = BreakEvenTest.HTTP_ABOVE;
    private static final BigDecimal HTTP_TIER = BreakEvenTest.HTTP_TIER;
    private static final BigDecimal REQUESTS = new BigDecimal("10000000");

    @TempDir
    Path tmp;

    private Path spec(String spike) throws IOException {
        return Cli.writeSpec(tmp, "name: spike\nregion: us-east-1\nhorizon: 6 months\nstart: 2027-01\n"
                + "workload:\n  requests: 10M/month\n" + spike + "architectures:\n" + BreakEvenTest.HTTP_API
                + "  - name: server\n    components:\n      - {name: app, type: ec2, instance_type: m7g.large,"
                + " public_ipv4: 0}\n");
    }

    /** The HTTP API's bill for a month's requests, tiers written out, to the cent. */
    private static BigDecimal httpApi(BigDecimal requests) {
        BigDecimal first = requests.min(HTTP_TIER).multiply(HTTP_FIRST);
        BigDecimal above = requests.subtract(HTTP_TIER).max(BigDecimal.ZERO).multiply(HTTP_ABOVE);
        return first.add(above).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void json_spikeMonthBillAndSaturationFactor() throws IOException {
        Cli.Result r = run("compare", spec("").toString(), "--spike", "10x for 3 days in month 6", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out()).get("spikes").get(0);
        assertThat(s.get("calendar_month").asText()).isEqualTo("2027-06");
        // 3 days of the 730-hour month's 730 / 24 days at 10x: 10M x (1 + 9 x 3 x 24 / 730) requests.
        BigDecimal spiked = REQUESTS.multiply(BigDecimal.ONE.add(new BigDecimal("648").divide(new BigDecimal("730"), MC)));
        JsonNode api = architecture(s, "http-api");
        assertThat(api.get("without").decimalValue()).isEqualByComparingTo(httpApi(REQUESTS));
        assertThat(api.get("with").decimalValue()).isEqualByComparingTo(httpApi(spiked));
        assertThat(api.get("with").decimalValue()).isEqualByComparingTo("18.88");
        assertThat(api.get("difference").decimalValue()).isEqualByComparingTo("8.88");
        assertThat(api.get("verdict").asText()).isEqualTo("carries a 10x spike");
        JsonNode quota = api.get("limits").get(0);
        assertThat(quota.get("kind").asText()).isEqualTo("quota");
        assertThat(quota.get("verdict").asText()).startsWith("scales with the load (quota: request rate 10,000");

        // m7g.large: 2 vCPU (DescribeInstanceTypes); the peak is 2x the average (default), 10 ms CPU a request
        // (cpu_per_request's default): 2 / (10M / 2,628,000 s x 2 x 10 ms) = 26.28x the month's peak.
        BigDecimal peakCpu = REQUESTS.divide(new BigDecimal("2628000"), MC).multiply(new BigDecimal("2"))
                .multiply(new BigDecimal("0.010"));
        BigDecimal expected = new BigDecimal("2").divide(peakCpu, MC);
        JsonNode server = architecture(s, "server");
        JsonNode cpu = server.get("limits").get(0);
        assertThat(cpu.get("component").asText()).isEqualTo("app");
        assertThat(cpu.get("resource").asText()).isEqualTo("CPU");
        assertThat(cpu.get("saturates_at").decimalValue().subtract(expected).abs())
                .isLessThan(new BigDecimal("0.000001"));
        assertThat(server.get("verdict").asText()).isEqualTo("carries a 10x spike");
        // The instance runs all month whatever the load: its bill does not grow.
        assertThat(server.get("difference").decimalValue()).isZero();
    }

    @Test
    void table_aSpikeAboveTheFactorSaturates_andTheSpecsSpikeIsUsed() throws IOException {
        Cli.Result r = run("compare", spec("  spike: {factor: 30x, days: 1, month: 2}\n").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Spike: 30x for 1 day in month 2 (2027-02)", "saturates at 26.3x: app CPU",
                "server app (ec2): saturates at 26.3x: CPU");
    }

    @Test
    void list_eachSpikeHasItsSection_andTheFlagReplacesThem() throws IOException {
        Path p = spec("  spike:\n    - {factor: 10x, days: 3, month: 6}\n    - {factor: 2, days: 1 day, month: 1}\n");
        String out = run("compare", p.toString(), "--format", "markdown").out();
        assertThat(out).contains("## Spike: 10x for 3 days in month 6", "## Spike: 2x for 1 day in month 1");
        String flag = run("estimate", p.toString(), "-a", "server", "--spike", "5x for 2 days in month 3").out();
        assertThat(flag).contains("Spike: 5x for 2 days in month 3").doesNotContain("Spike: 10x");
    }

    @Test
    void provisionedCapacitySaturates_andALimitAlreadyPassedSaysSo() throws IOException {
        Path p = Cli.writeSpec(tmp, "name: spike\nregion: us-east-1\nhorizon: 6 months\nstart: 2027-01\n"
                + "workload:\n  requests: 10M/month\n  database: {reads: 10M/month, writes: 10M/month, item_size: 1 KB}\n"
                + "architectures:\n  - name: table\n    components:\n      - {name: table, type: dynamodb, billing:"
                + " provisioned, read_capacity: 1000, write_capacity: 50}\n  - name: busy\n    components:\n"
                + "      - {name: app, type: ec2, instance_type: m7g.large, public_ipv4: 0, cpu_per_request: 300 ms}\n");
        Cli.Result r = run("compare", p.toString(), "--spike", "10x for 3 days in month 2");
        assertThat(r.code()).as(r.err()).isZero();
        // 10M writes / 2,628,000 s x 2 (peak) = 7.61 write units/s at peak, 1 KB each: 50 / 7.61 = 6.57x.
        assertThat(r.out()).contains("saturates at 6.57x: table write capacity",
                // 7.61 requests/s x 300 ms = 2.28 vCPU against 2: over before any spike.
                "over capacity already at the month's usual peak: app CPU");
    }

    @Test
    void withoutASpike_noSection() throws IOException {
        assertThat(run("compare", spec("").toString()).out()).doesNotContain("Spike");
        assertThat(run("compare", spec("").toString(), "--format", "json").out()).doesNotContain("\"spikes\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.5x for 3 days in month 6|is below 1|give a factor of at least 1",
        "10x for 0 days in month 6|does not fit in a month|at most 30.4167 days",
        "10x for 31 days in month 6|does not fit in a month|at most 30.4167 days",
        "10x for 3 days in month 7|not within the horizon of 6 months|give a month from 1 to 6",
        "ten times for a while|is not a spike|--spike \"10x for 3 days in month 6\""})
    void badFlag_exits2WithTheFix(String flag, String problem, String fix) throws IOException {
        Cli.Result r = run("compare", spec("").toString(), "--spike", flag);
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--spike", problem, fix);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{factor: 0.5x, days: 3, month: 6}|workload.spike.factor|give a factor of at least 1",
        "{factor: 10x, days: 40, month: 6}|workload.spike.days|at most 30.4167 days",
        "{factor: 10x, days: 3, month: 9}|workload.spike.month|give a month from 1 to 6",
        "{factor: 10x, days: 3}|workload.spike|month"})
    void badSpec_exits2AtThePlace(String spike, String place, String fix) throws IOException {
        Cli.Result r = run("compare", spec("  spike: " + spike + "\n").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:7:", place, fix);
    }

    @Test
    void csv_refusesTheSpike() throws IOException {
        Cli.Result r = run("compare", spec("").toString(), "--spike", "10x for 3 days in month 6", "--format", "csv");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("use --format table, markdown or json");
    }

    private static JsonNode architecture(JsonNode spike, String name) {
        for (JsonNode a : spike.get("architectures")) {
            if (a.get("architecture").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void aMonthPricedWhole_isNotMarkedIncomplete_whenOnlyTheSpikedOneLacksAPrice() throws Exception {
        // learning-app's EC2 month 6 is wholly priced; at 1.888x its load the t4g.medium bills surplus credits, which
        // the bundled catalog does not price: only the spiked month, and so the difference, are lower bounds.
        Cli.Result r = run("compare", "examples/learning-app.yaml", "--spike", "10x for 3 days in month 6");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^ec2-rds-mysql\\s+119\\.38\\s+>= 159\\.33 INCOMPLETE\\s+>= \\+39\\.95");
    }

    @Test
    void aSpikeWithAnAbsurdFactor_exits2() {
        Cli.Result huge = run("compare", "examples/learning-app.yaml", "--spike",
                "1000000000000000000000000x for 3 days in month 6");
        assertThat(huge.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(huge.err()).contains("is not a spike").doesNotContain("Exception");
    }
}

package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cloudplan montecarlo} and ranges in a spec, through the real entry point. */
class MonteCarloCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** examples/learning-app.yaml with its requests and egress written as {@code requests} and {@code egress}. */
    private Path learningApp(String requests, String egress, String budget) throws IOException {
        String text = Files.readString(Path.of(CliTest.EXAMPLE))
                .replace("  requests: 100M/month", "  requests: " + requests)
                .replace("  egress: 500 GB/month", "  egress: " + egress)
                .replace("budget: 1,100 USD/year", "budget: " + budget);
        return Cli.writeSpec(tmp, text);
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        Cli.Result r = run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void degenerateRange_everyPercentileIsThePointEstimate_andCompareOfThePlainValue() throws IOException {
        Path ranged = learningApp("80M..80M/month", "500 GB/month", "1,100 USD/year");
        JsonNode mc = json("montecarlo", ranged.toString(), "--simulations", "50");
        Path plain = tmp.resolve("plain.yaml");
        Files.writeString(plain, Files.readString(ranged).replace("80M..80M/month", "80M/month"));
        JsonNode compare = json("compare", plain.toString());
        for (JsonNode a : mc.get("architectures")) {
            BigDecimal exact = null;
            for (JsonNode p : compare.get("architectures")) {
                if (p.get("name").asText().equals(a.get("name").asText())) {
                    exact = p.get("total").decimalValue();
                }
            }
            assertThat(exact).as(a.get("name").asText()).isNotNull();
            assertThat(a.get("point_estimate").get("usd").decimalValue()).isEqualByComparingTo(exact);
            for (String p : List.of("p10", "p50", "p90")) {
                assertThat(a.get("horizon").get(p).get("usd").decimalValue()).as(p).isEqualByComparingTo(exact);
            }
        }
    }

    @Test
    void percentilesAreOrdered_horizonAndEveryMonth() throws IOException {
        Path spec = learningApp("{start: 20M..60M/month, growth: 0%..10%/month}", "{p10: 200 GB/month, p90: 800 GB/month}",
                "1,100 USD/year");
        JsonNode mc = json("montecarlo", spec.toString(), "--simulations", "300", "--seed", "5");
        for (JsonNode a : mc.get("architectures")) {
            JsonNode h = a.get("horizon");
            BigDecimal p10 = h.get("p10").get("usd").decimalValue();
            BigDecimal p50 = h.get("p50").get("usd").decimalValue();
            BigDecimal p90 = h.get("p90").get("usd").decimalValue();
            assertThat(p10).isLessThanOrEqualTo(p50);
            assertThat(p50).isLessThanOrEqualTo(p90);
            assertThat(a.get("months")).hasSize(12).allSatisfy(m -> {
                assertThat(m.get("p10").decimalValue()).isLessThanOrEqualTo(m.get("p50").decimalValue());
                assertThat(m.get("p50").decimalValue()).isLessThanOrEqualTo(m.get("p90").decimalValue());
            });
        }
        // Egress from 200 to 800 GB at 0.09 USD/GB moves every architecture: the spread is not zero.
        JsonNode first = mc.get("architectures").get(0).get("horizon");
        assertThat(first.get("p90").get("usd").decimalValue()).isGreaterThan(first.get("p10").get("usd").decimalValue());
    }

    @Test
    void sameSeedSameOutput_anotherSeedAnother() throws IOException {
        Path spec = learningApp("20M..60M/month", "200 GB..800 GB/month", "1,100 USD/year");
        Cli.Result a = run("montecarlo", spec.toString(), "--simulations", "200", "--seed", "42");
        Cli.Result b = run("montecarlo", spec.toString(), "--simulations", "200", "--seed", "42");
        Cli.Result c = run("montecarlo", spec.toString(), "--simulations", "200", "--seed", "43");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(c.out()).isNotEqualTo(a.out());
    }

    @Test
    void probabilityOverBudget_isZeroOrOneWhereObvious() throws IOException {
        // Every architecture of the example costs well over 100 USD a year and well under 1,000,000.
        JsonNode low = json("montecarlo", learningApp("20M..60M/month", "500 GB/month", "100 USD/year").toString(),
                "--simulations", "100");
        JsonNode high = json("montecarlo", learningApp("20M..60M/month", "500 GB/month", "1,000,000 USD/year")
                .toString(), "--simulations", "100");
        for (JsonNode a : low.get("architectures")) {
            assertThat(a.get("over_budget").get("probability").asDouble()).as(a.get("name").asText()).isEqualTo(1.0);
        }
        for (JsonNode a : high.get("architectures")) {
            assertThat(a.get("over_budget").get("probability").asDouble()).as(a.get("name").asText()).isEqualTo(0.0);
            assertThat(a.get("over_budget").get("unknown_scenarios").asInt()).isZero();
        }
    }

    @Test
    void compareOfARangedSpec_usesTheMedianAndSaysSo() throws IOException {
        Path spec = learningApp("80M..120M/month", "500 GB/month", "1,100 USD/year");
        Cli.Result r = run("compare", spec.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Workload requests is a range, 80M..120M/month (uniform between the two ends): this"
                + " estimate uses its median, 100,000,000 requests/month");
        Path plain = tmp.resolve("plain.yaml");
        Files.writeString(plain, Files.readString(spec).replace("80M..120M/month", "100M/month"));
        JsonNode a = json("compare", spec.toString());
        JsonNode b = json("compare", plain.toString());
        assertThat(a.get("architectures").get(0).get("total").decimalValue())
                .isEqualByComparingTo(b.get("architectures").get(0).get("total").decimalValue());
    }

    @Test
    void commandLineRanges_onASpecWithout_andEveryFormat() throws IOException {
        for (String format : List.of("table", "markdown", "csv", "html")) {
            Cli.Result r = run("montecarlo", CliTest.EXAMPLE, "--range", "requests=50M..150M", "--simulations", "50",
                    "--format", format);
            assertThat(r.code()).as(format + r.err()).isZero();
            assertThat(r.out()).contains("ec2-dynamodb");
        }
        Cli.Result csv = run("montecarlo", CliTest.EXAMPLE, "--range", "requests=50M..150M", "--simulations", "50",
                "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("kind,architecture,month,calendar,p10,p50,p90,"
                + "complete,point_estimate,over_budget_probability,incomplete_scenarios");
        // 3 architectures, each a horizon row and 12 month rows, and the header.
        assertThat(csv.out().lines().count()).isEqualTo(1 + 3 * 13);
    }

    @Test
    void compareHtmlOfARangedSpec_drawsTheBandsMontecarloDraws_withTheSameSeed() throws IOException {
        Path spec = learningApp("50M..100M/month", "500 GB/month", "1,100 USD/year");
        Cli.Result compare = run("compare", spec.toString(), "--format", "html", "--simulations", "60", "--seed", "9");
        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("<h2>Ranges: P10 to P90 by month</h2>", "60 scenarios, seed 9",
                "requests: 50M..100M/month");
        Cli.Result mc = run("montecarlo", spec.toString(), "--format", "html", "--simulations", "60", "--seed", "9");
        assertThat(mc.code()).as(mc.err()).isZero();
        // The chart is montecarlo's own: the same figure, series for series.
        assertThat(figure(compare.out(), "fig-bands")).isNotEmpty().isEqualTo(figure(mc.out(), "fig-bands"));
        Cli.Result plain = run("compare", CliTest.EXAMPLE, "--format", "html");
        assertThat(plain.out()).doesNotContain("Ranges: P10 to P90");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--format|table|--seed|2|draw the P10-P90 chart of --format html|add --format html",
        "--format|html|--simulations|0|--simulations 0 is out of range|give 1 to 100,000 scenarios"})
    void compareSimulationOptions_outsideAnHtmlRangedReport_exit2(String f, String format, String flag, String value,
            String problem, String fix) throws IOException {
        Path spec = learningApp("50M..100M/month", "500 GB/month", "1,100 USD/year");
        Cli.Result r = run("compare", spec.toString(), f, format, flag, value);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(problem, fix);
        Cli.Result none = run("compare", CliTest.EXAMPLE, "--format", "html", "--seed", "2");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("(this one has none)", "write a workload figure as a range");
    }

    private static String figure(String html, String id) {
        int from = html.indexOf("<figure id=\"" + id + "\"");
        return from < 0 ? "" : html.substring(from, html.indexOf("</figure>", from));
    }

    @Test
    void html_drawsABandPerCompleteArchitecture_andLeavesLowerBoundsOut() throws IOException {
        // 50M..100M requests: below the ~110M where the EC2 instances start billing unpriced surplus credits, so every
        // architecture is complete in every scenario and gets its band; the JSON says which are complete.
        Cli.Result r = run("montecarlo", CliTest.EXAMPLE, "--range", "requests=50M..100M", "--simulations", "50",
                "--format", "html");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode mc = json("montecarlo", CliTest.EXAMPLE, "--range", "requests=50M..100M", "--simulations", "50");
        List<String> complete = new java.util.ArrayList<>();
        for (JsonNode a : mc.get("architectures")) {
            if (a.get("incomplete_scenarios").asInt() == 0) {
                complete.add(a.get("name").asText());
            }
        }
        assertThat(complete).isNotEmpty();
        for (String name : complete) {
            assertThat(r.out()).contains("data-series=\"" + name + "\"");
        }
        assertThat(r.out().split("<polygon class=\"band\"", -1)).hasSize(complete.size() + 1);
    }

    @Test
    void incompleteArchitectures_giveLowerBounds_neverZero() throws IOException {
        // Above about 110M requests a month the EC2 instances bill surplus CPU credits, which the bundled catalog
        // does not price: those scenarios are lower bounds. 50M..300M puts about a quarter of them below.
        JsonNode mc = json("montecarlo", CliTest.EXAMPLE, "--range", "requests=50M..300M", "--simulations", "400");
        JsonNode ec2 = mc.get("architectures").get(0);
        assertThat(ec2.get("name").asText()).isEqualTo("ec2-rds-mysql");
        assertThat(ec2.get("incomplete_scenarios").asInt()).isBetween(1, 399);
        JsonNode h = ec2.get("horizon");
        assertThat(h.get("p10").get("complete").asBoolean()).isTrue();
        assertThat(h.get("p50").get("complete").asBoolean()).isFalse();
        assertThat(h.get("p90").get("complete").asBoolean()).isFalse();
        assertThat(h.get("p90").get("usd").decimalValue()).isPositive();
        Cli.Result table = run("montecarlo", CliTest.EXAMPLE, "--range", "requests=50M..300M", "--simulations", "400");
        assertThat(table.out()).contains(">= ").contains("INCOMPLETE").contains("lower bounds");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "requests: 80M..|'workload.requests': '80M..' is not a range FROM..TO|write both ends",
        "requests: 150M..80M/month|the range 150M..80M/month falls|give the smaller value first: 80M..150M/month",
        "requests: {p10: 150M/month, p90: 80M/month}|p10 is above p90|give the smaller value as p10",
        "requests: {p10: 0/month, p90: 80M/month}|its p10 must be above 0|write a uniform range",
        "requests: 1M..2000000T/month|more than|",
        "requests: [1M..2M/month, 3M/month]|a month-by-month list cannot hold ranges|write a range for start"})
    void badRanges_exit2_withThePlaceAndTheFix(String line, String problem, String fix) throws IOException {
        Path spec = learningApp("100M/month", "500 GB/month", "1,100 USD/year");
        Files.writeString(spec, Files.readString(spec).replace("  requests: 100M/month", "  " + line));
        Cli.Result r = run("montecarlo", spec.toString(), "--simulations", "10");
        assertThat(r.code()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains(spec + ":13:").contains(problem);
        if (fix != null) {
            assertThat(r.err()).contains("fix: ").contains(fix);
        }
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--range|requestz=1M..2M|unknown workload driver 'requestz'|did you mean 'requests'?",
        "--range|requests=2M..1M|is not below TO|give the smaller value first",
        "--simulations|0|--simulations 0 is out of range|give 1 to 100,000 scenarios",
        "--simulations|1000000000|is out of range|give 1 to 100,000"})
    void badOptions_exit2_withTheFix(String flag, String value, String problem, String fix) {
        List<String> args = new ArrayList<>(List.of("montecarlo", CliTest.EXAMPLE, flag, value));
        if (!flag.equals("--range")) {
            args.addAll(List.of("--range", "requests=1M..2M"));
        }
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(problem).contains(fix);
    }

    @Test
    void aSpecWithoutRanges_exit2_sayingHowToWriteOne() {
        Cli.Result r = run("montecarlo", CliTest.EXAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the spec has no ranges").contains("requests: 80M..150M/month");
    }
}

package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.EXAMPLE;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cloudplan sweep} and {@code compare --break-even} through the real entry point. */
class SweepCliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static JsonNode sweepJson(String spec, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("sweep", spec, "--format", "json"));
        args.addAll(List.of(more));
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void json_learningAppOverRequests_hasEveryPointArchitectureAndPair() throws IOException {
        JsonNode root = sweepJson(EXAMPLE, "--vary", "requests=1M..100M", "--log");
        assertThat(root.get("catalog").get("name").asText()).isEqualTo("bundled");
        assertThat(root.get("driver").get("name").asText()).isEqualTo("requests");
        assertThat(root.get("driver").get("unit").asText()).isEqualTo("requests/month");
        assertThat(root.get("driver").get("spacing").asText()).isEqualTo("log");
        assertThat(root.get("measure").get("kind").asText()).isEqualTo("month");
        assertThat(root.get("measure").get("month").asInt()).isEqualTo(2);
        assertThat(root.get("architectures")).extracting(JsonNode::asText)
                .containsExactly("ec2-rds-mysql", "serverless", "ec2-dynamodb");
        JsonNode points = root.get("points");
        assertThat(points).hasSize(20);
        assertThat(points.get(0).get("value").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(points.get(19).get("value").decimalValue()).isEqualByComparingTo("100000000");
        for (JsonNode p : points) {
            assertThat(p.get("costs")).hasSize(3).allSatisfy(c -> {
                assertThat(c.has("architecture") && c.has("cost") && c.has("exact_cost")).isTrue();
                assertThat(c.get("complete").isBoolean()).isTrue();
            });
        }
        JsonNode pairs = root.get("break_even").get("pairs");
        assertThat(pairs).hasSize(3);
        JsonNode serverlessVsRds = pairs.get(0);
        assertThat(serverlessVsRds.get("architectures")).extracting(JsonNode::asText)
                .containsExactly("ec2-rds-mysql", "serverless");
        JsonNode crossing = serverlessVsRds.get("crossings").get(0);
        assertThat(crossing.get("cheaper_below").asText()).isEqualTo("serverless");
        assertThat(crossing.get("cheaper_above").asText()).isEqualTo("ec2-rds-mysql");
        assertThat(serverlessVsRds.get("sentence").asText()).startsWith("serverless is cheaper below ")
                .contains("requests a month, ec2-rds-mysql above.");
        BigDecimal gap = crossing.get("costs").get("serverless").decimalValue()
                .subtract(crossing.get("costs").get("ec2-rds-mysql").decimalValue()).abs();
        assertThat(gap).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void table_showsThePointsThenTheBreakEvenSentences_andTheMonthCompared() {
        Cli.Result r = run("sweep", EXAMPLE, "--vary", "requests=1M..100M", "--steps", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sweep: Learning app", "5 points, evenly spaced", "Cost compared: month 2 (2027-02)",
                "Break-even", "serverless is cheaper below", "catalog 'bundled', read 2026-12-01");
        assertThat(r.out().indexOf("Break-even")).isGreaterThan(r.out().indexOf("100,000,000"));
    }

    @Test
    void horizon_comparesTheHorizonsTotal() throws IOException {
        JsonNode root = sweepJson(EXAMPLE, "--vary", "egress=100GB..1TB", "--steps", "3", "--horizon");
        assertThat(root.get("measure").get("kind").asText()).isEqualTo("horizon");
        assertThat(root.get("driver").get("to").decimalValue()).isEqualByComparingTo("1024");
    }

    @Test
    void anIncompleteArchitectureIsMarkedAtEveryPoint_andNoBreakEvenIsSolvedFromIt() throws IOException {
        Path spec = Cli.writeSpec(tmp, Files.readString(Path.of(EXAMPLE)).replaceFirst("(?m)^        purchase: on-demand$",
                "        purchase: compute-savings-plan 3yr no-upfront"));
        Cli.Result table = run("sweep", spec.toString(), "--vary", "requests=1M..50M", "--steps", "4");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains(">= ", "INCOMPLETE", "Architecture 'ec2-rds-mysql' is INCOMPLETE at 4 of 4");
        JsonNode root = sweepJson(spec.toString(), "--vary", "requests=1M..50M", "--steps", "4");
        for (JsonNode p : root.get("points")) {
            assertThat(p.get("costs").get(0).get("complete").asBoolean()).isFalse();
        }
        JsonNode rdsPair = root.get("break_even").get("pairs").get(0);
        assertThat(rdsPair.get("crossings")).isEmpty();
        assertThat(rdsPair.get("unsolved_at")).hasSize(4);
        assertThat(rdsPair.get("sentence").asText()).contains("Not solved", "INCOMPLETE");
    }

    @Test
    void csv_hasAPointRowPerArchitecture_andABreakEvenRow() {
        Cli.Result r = run("sweep", EXAMPLE, "--vary", "requests=1M..100M", "--steps", "4", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("kind,value,unit,architecture,cost,complete,versus,cheaper_below,"
                + "cheaper_above,step");
        assertThat(lines.stream().filter(l -> l.startsWith("point,"))).hasSize(12);
        assertThat(lines.stream().filter(l -> l.startsWith("break_even,"))).isNotEmpty();
    }

    /** The sweep of one architecture never gets cheaper as requests grow (every example, every architecture). */
    @ParameterizedTest
    @MethodSource("examples")
    void property_costIsMonotoneNonDecreasingInRequests(String example) throws IOException {
        JsonNode root = sweepJson(example, "--vary", "requests=100K..2B", "--log", "--steps", "25");
        int n = root.get("architectures").size();
        // The billed figure and the exact one the break-even is solved on, each on its own.
        for (String field : List.of("cost", "exact_cost")) {
            for (int a = 0; a < n; a++) {
                BigDecimal last = null;
                for (JsonNode p : root.get("points")) {
                    BigDecimal cost = p.get("costs").get(a).get(field).decimalValue();
                    if (last != null) {
                        assertThat(cost).as("%s, %s %s at %s", example, p.get("costs").get(a).get("architecture"),
                                field, p.get("value")).isGreaterThanOrEqualTo(last);
                    }
                    last = cost;
                }
            }
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(List.of("--vary", "reqests=1M..1B"), "unknown workload driver 'reqests'",
                        "did you mean 'requests'?"),
                Arguments.of(List.of("--vary", "requests=1B..1M"), "FROM (1B requests a month) is not below TO (1M"
                        + " requests a month)", "give the smaller value first"),
                Arguments.of(List.of("--vary", "requests=1M..1M"), "is not below TO", "fix:"),
                Arguments.of(List.of("--vary", "requests=1M..1B", "--steps", "0"), "--steps 0 is out of range",
                        "give 2 to 1,000 points"),
                Arguments.of(List.of("--vary", "requests=1M..1B", "--steps", "1001"), "--steps 1001 is out of range",
                        "give 2 to 1,000 points"),
                Arguments.of(List.of("--vary", "egress=1M..2M"), "'1M' is not GB/month", "egress=100 GB..10 TB"),
                Arguments.of(List.of("--vary", "users.concurrent=1 GB..2 GB"), "should be a plain count", "1K..100K"),
                Arguments.of(List.of("--vary", "requests=0..1B", "--log"), "cannot start at 0", "leave out --log"),
                Arguments.of(List.of("--vary", "requests"), "gives no range", "requests=1M..1B"),
                Arguments.of(List.of("--vary", "requests=1M-1B"), "FROM..TO", "requests=1M..1B"),
                Arguments.of(List.of("--vary", "requests=1M..1B", "--month", "13"), "outside the spec's horizon",
                        "give a month from 1 to 12"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInput_exits2_withTheFlagAndAFix_neverAStackTrace(List<String> flags, String problem, String fix) {
        assertBadInput(flags, problem, fix);
    }

    /** sweep on the example with {@code flags}: exit 2, the problem and the fix on stderr, nothing on stdout. */
    static void assertBadInput(List<String> flags, String problem, String fix) {
        List<String> args = new ArrayList<>(List.of("sweep", EXAMPLE));
        args.addAll(flags);
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("error: ", problem, "fix:", fix).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badSpec_exits2_atItsFileLineAndColumn() throws IOException {
        Path spec = Cli.writeSpec(tmp, "region: us-east-1\nworkload: {requests: 100M}\narchitectures: []\n");
        Cli.Result r = run("sweep", spec.toString(), "--vary", "requests=1M..1B");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(spec + ":2:").contains("fix:");
    }

    @Test
    void help_givesExamplesAndTheDrivers() {
        Cli.Result r = run("sweep", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--vary", "--steps", "--log", "--month", "--horizon", "Examples:",
                "users.concurrent", "docs/decisions.md");
    }

    @Test
    void compare_breakEven_addsTheSentences_andLeavesTheDefaultOutputAlone() throws IOException {
        String plain = run("compare", EXAMPLE).out();
        Cli.Result r = run("compare", EXAMPLE, "--break-even", "requests");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(plain).contains("Break-even over requests", "from 10M to 1B requests a month",
                "serverless is cheaper below");
        JsonNode json = JSON.readTree(run("compare", EXAMPLE, "--break-even", "requests=1M..100M", "--format", "json")
                .out());
        assertThat(json.get("break_even").get("pairs")).hasSize(3);
        assertThat(json.has("architectures")).isTrue();
        assertThat(JSON.readTree(run("compare", EXAMPLE, "--format", "json").out()).has("break_even")).isFalse();
        Cli.Result csv = run("compare", EXAMPLE, "--break-even", "requests", "--format", "csv");
        assertThat(csv.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(csv.err()).contains("fix:", "sweep");
    }
}

package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line through its real entry point: every format, exit codes, and bad input. */
class CliTest {
    static final String EXAMPLE = "examples/learning-app.yaml";
    static final Clock CLOCK = Clock.fixed(Fixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** The main example with the seed's Compute Savings Plan, whose rate no bundled source has: incomplete. */
    Path withSavingsPlan() throws IOException {
        String spec = Files.readString(Path.of(EXAMPLE)).replaceFirst("(?m)^        purchase: on-demand$",
                "        purchase: compute-savings-plan 3yr no-upfront");
        return Cli.writeSpec(tmp, spec);
    }

    static Cli.Result run(String... args) {
        return Cli.run(Fixtures.environment(), args);
    }

    @Test
    void help_listsCommandsAndExamples() {
        Cli.Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("estimate", "compare", "catalog", "Examples:", "Exit codes");
    }

    @Test
    void compare_table_ranksArchitecturesAndFlagsUnpricedOnes() {
        Cli.Result r = run("compare", EXAMPLE);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Comparison: Learning app", "Side by side", "serverless", "Assumptions",
                "catalog 'bundled', read 2026-12-01").doesNotContain("NOT PRICED", "INCOMPLETE")
                .containsPattern("(?m)^1\\s+ec2-dynamodb\\s").containsPattern("(?m)^3\\s+serverless\\s");
    }

    @Test
    void compare_json_holdsTheContract_linesSumToMonthsAndMonthsToTotal() throws IOException {
        Cli.Result r = run("compare", EXAMPLE, "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("catalog").path("name").asText()).isEqualTo("bundled");
        assertThat(root.path("catalog").path("date").asText()).isEqualTo("2026-12-01");
        assertThat(root.path("currency").asText()).isEqualTo("USD");
        assertThat(root.path("assumptions").isArray()).isTrue();
        assertThat(root.path("architectures")).hasSize(3);
        for (JsonNode a : root.path("architectures")) {
            BigDecimal sumOfMonths = BigDecimal.ZERO;
            assertThat(a.path("months")).hasSize(12);
            for (JsonNode m : a.path("months")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode l : m.path("lines")) {
                    for (String field : new String[] {"component", "service", "charge", "quantity", "unit", "unit_price",
                            "free_quantity", "cost"}) {
                        assertThat(l.has(field)).as(field).isTrue();
                    }
                    BigDecimal expected = l.path("quantity").decimalValue().subtract(l.path("free_quantity").decimalValue())
                            .multiply(l.path("unit_price").decimalValue());
                    assertThat(l.path("cost").decimalValue().subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
                    sum = sum.add(l.path("cost").decimalValue());
                }
                assertThat(m.path("total").decimalValue()).isEqualByComparingTo(sum);
                sumOfMonths = sumOfMonths.add(m.path("total").decimalValue());
            }
            assertThat(a.path("total").decimalValue()).isEqualByComparingTo(sumOfMonths);
            assertThat(a.path("budget").has("first_month_over")).isTrue();
        }
        for (JsonNode a : root.path("architectures")) {
            assertThat(a.path("complete").asBoolean()).as(a.path("name").asText()).isTrue();
            assertThat(a.path("budget").path("fits").asBoolean()).as(a.path("name").asText()).isFalse();
        }
    }

    @Test
    void compare_serverlessMonthOne_isTheSeedWorkloadPricedFromTheCatalog() throws IOException {
        JsonNode root = new ObjectMapper().readTree(run("compare", EXAMPLE, "--format", "json").out());
        JsonNode month1 = java.util.stream.StreamSupport.stream(root.path("architectures").spliterator(), false)
                .filter(a -> a.path("name").asText().equals("serverless")).findFirst().orElseThrow().path("months").get(0);
        double expected = 100_000_000 * 0.000001                            // HTTP API, first 300M tier
                + (100_000_000 - 1_000_000) * 0.0000002                     // Lambda requests, 1M free
                + (100_000_000 * 0.2 * 0.25 - 400_000) * 0.0000166667       // Lambda GB-s, 400,000 free
                + 100_000_000 * 0.5 * 0.000000125                           // eventually consistent 1 KB reads
                + 10_000_000 * 1 * 0.000000625                              // 1 KB writes
                + (50 - 25) * 0.25                                          // table storage, 25 GB free
                + 20 * 0.023                                                // S3 Standard
                + (500 - 100) * 0.09                                        // egress, 100 GB free
                + 0.5 + 1_000_000 * 0.0000004                               // hosted zone, default 1M queries
                + 99 + 25;                                                  // app-store fees in month 1
        assertThat(month1.path("total").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void estimate_needsArchitectureWhenSpecHasSeveral() {
        Cli.Result r = run("estimate", EXAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--architecture", "ec2-rds-mysql, serverless, ec2-dynamodb");
        Cli.Result typo = run("estimate", EXAMPLE, "-a", "serverles");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'serverless'");
    }

    @Test
    void estimate_explain_showsFormulaSourceAndDate() {
        Cli.Result r = run("estimate", EXAMPLE, "-a", "serverless", "--explain");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("How each line was computed", "source: https://", "read 2026-12-01",
                "100,000,000 requests x 1 (per started 512 KB)");
    }

    @Test
    void markdownAndCsv() {
        Cli.Result md = run("compare", EXAMPLE, "--format", "markdown");
        assertThat(md.code()).isZero();
        assertThat(md.out()).startsWith("# Comparison: Learning app").contains("| --- |");
        Cli.Result csv = run("estimate", EXAMPLE, "-a", "serverless", "--format", "csv");
        assertThat(csv.code()).isZero();
        String[] rows = csv.out().split("\n");
        assertThat(rows[0]).startsWith("architecture,complete,rank,month,calendar_month,component,service,charge,quantity,"
                + "unit,unit_price");
        assertThat(rows.length).isGreaterThan(12 * 10);
    }

    @Test
    void output_writesTheFile_andRefusesAMissingFolderWithoutWritingAnything() throws IOException {
        Path file = tmp.resolve("plan.json");
        Cli.Result r = run("compare", withSavingsPlan().toString(), "--format", "json", "--output", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile()).path("architectures")).hasSize(3);
        assertThat(r.err()).contains("warning: Architecture 'ec2-rds-mysql' is INCOMPLETE");
        Path missing = tmp.resolve("no/such/dir/plan.json");
        Cli.Result bad = run("compare", EXAMPLE, "--output", missing.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(Files.exists(missing)).isFalse();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.json", "spec.yaml");
        }
    }

    @Test
    void exitCodes_overBudgetAndIncomplete() throws IOException {
        Path spec = Path.of(EXAMPLE);
        assertThat(run("estimate", spec.toString(), "-a", "serverless", "--fail-over-budget").code()).isEqualTo(3);
        assertThat(run("estimate", spec.toString(), "-a", "ec2-rds-mysql", "--require-complete").code()).isZero();
        Path incomplete = withSavingsPlan();
        assertThat(run("estimate", incomplete.toString(), "-a", "ec2-rds-mysql", "--require-complete").code()).isEqualTo(4);
        // Its priced part alone is over the budget, so it is over whatever the missing price turns out to be.
        assertThat(run("estimate", incomplete.toString(), "-a", "ec2-rds-mysql", "--fail-over-budget").code()).isEqualTo(3);
        assertThat(run("estimate", spec.toString(), "-a", "serverless").code()).isZero();
    }

    static Stream<Arguments> badSpecs() {
        String base = """
                name: t
                region: us-east-1
                workload:
                  requests: 100M/month
                  egress: 50 GB/month
                architectures:
                  - name: a
                    template: ec2-dynamodb
                """;
        return Stream.of(
                Arguments.of("YAML syntax error", "region: us-east-1\nworkload: {requests: 100M/month\narchitectures: []\n",
                        ":3:", "YAML syntax error"),
                Arguments.of("missing region", base.replace("region: us-east-1\n", ""), ":1:1:", "add region: us-east-1"),
                Arguments.of("wrong unit", base.replace("100M/month", "100M"), ":4:13:", "100M/month"),
                Arguments.of("unknown instance type", base + "    overrides: {app: {instance_type: t4g.mediun}}\n", ":9:",
                        "did you mean 't4g.medium'"),
                Arguments.of("unknown region", base.replace("us-east-1", "us-east-9"), ":2:9:", "did you mean 'us-east-1'"),
                Arguments.of("negative number", base.replace("50 GB/month", "-50 GB/month"), ":5:11:", "0 or more"),
                Arguments.of("unknown key", base.replace("  egress:", "  egres:"), ":5:3:", "did you mean 'egress'"),
                Arguments.of("absurd count", base + "    overrides: {app: {count: 1000000}}\n", ":9:", "whole number"),
                Arguments.of("RDS has no 3-year No Upfront reservation",
                        base.replace("ec2-dynamodb", "ec2-rds") + "    overrides: {db: {purchase: reserved 3yr no-upfront}}\n",
                        ":9:", "reserved 3yr partial-upfront"),
                Arguments.of("workload a component needs", base.replace("  egress: 50 GB/month\n", ""), ":7:",
                        "workload.database.reads"),
                Arguments.of("Lambda ephemeral storage above 10,240 MB", components("{name: fn, type: lambda, memory: 512 MB,"
                        + " duration: 100 ms, ephemeral_storage: 20 GB}"), ":9:", "give a size from 512 MB to 10 GB"),
                Arguments.of("unknown S3 storage class", components("{name: b, type: s3, storage_class: standard-aI}"), ":9:",
                        "did you mean 'standard-ia'"),
                Arguments.of("lifecycle to a warmer class", components("{name: b, type: s3, storage_class: glacier-ir,"
                        + " transition_to: standard-ia}"), ":9:", "choose one of glacier-flexible, glacier-deep-archive"),
                Arguments.of("transition days without a transition", components("{name: b, type: s3,"
                        + " transition_after_days: 60}"), ":9:", "set transition_to to something other than none"));
    }

    /** A spec whose one architecture is the component given inline, written at line 9. */
    private static String components(String component) {
        return """
                # one architecture of one component
                name: t
                region: us-east-1
                workload:
                  requests: 100M/month
                architectures:
                  - name: a
                    components:
                      - %s
                """.formatted(component);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void badInput_exitTwo_withFileLineColumnAndFix(String name, String yaml, String place, String fix) throws IOException {
        Path spec = tmp.resolve("bad.yaml");
        Files.writeString(spec, yaml);
        Cli.Result r = run("compare", spec.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + spec + place).contains("fix:").contains(fix).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFile_isBadInput() {
        Cli.Result r = run("compare", "no-such.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such.yaml", "no such file");
    }

    @Test
    void catalogShow_listsServicesAndDate() {
        Cli.Result r = run("catalog", "show");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\*\\s+bundled\\s+2026-12-01").contains("Catalog 'bundled': prices read 2026-12-01", "Prices by provenance grade")
                .containsPattern("(?m)^AmazonEC2\\s+us-east-1\\s+0\\s+[1-9][0-9]*\\s+[0-9]+\\s+[1-9][0-9]*$")
                .containsPattern("(?m)^all\\s+0\\s+[1-9][0-9]*\\s+[1-9][0-9]*\\s+[1-9][0-9]*$");
    }
}

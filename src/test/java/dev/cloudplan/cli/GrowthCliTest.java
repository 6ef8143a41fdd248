package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Growing workloads, accumulating storage and budgets over time, through the command line. */
class GrowthCliTest {
    static final String SPEC = """
            name: chat
            region: us-east-1
            horizon: 6 months
            start: 2027-01
            budget: 200 USD total
            account: {created: 2026-12-15, credits: 200 USD}
            workload:
              users: {active: {start: 1K, end: 10K, over: 6 months}}
              requests: {start: 10M/month, growth: 20%/month}
              uploads: [100K/month, 200K/month, 400K/month]
              database:
                reads: {start: 10M/month, add: 5M/month}
                writes: 1M/month
                stored: {initial: 5 GB, add: 2 GB/month}
              static_assets: {per_upload: 2 MB, keep: 24 hours}
              egress: 50 GB/month
            architectures:
              - name: serverless
                template: api-lambda-dynamodb
                overrides:
                  functions: {memory: 256 MB, duration: 200 ms}
            """;

    @TempDir
    Path tmp;

    JsonNode json(String yaml) throws IOException {
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, yaml);
        Cli.Result r = run("estimate", spec.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    static JsonNode driver(JsonNode root, String name) {
        for (JsonNode d : root.path("scenario").path("workload")) {
            if (d.path("driver").asText().equals(name)) {
                return d.path("months");
            }
        }
        throw new AssertionError("no driver " + name);
    }

    @Test
    void everyGrowthForm_monthByMonth() throws IOException {
        JsonNode root = json(SPEC);
        assertThat(driver(root, "requests").get(5).path("value").asDouble())
                .isCloseTo(10_000_000 * Math.pow(1.2, 5), Offset.offset(1e-6));
        assertThat(driver(root, "users.active").get(2).path("value").asDouble()).isEqualTo(1_000 + 9_000 * 2 / 5.0);
        assertThat(driver(root, "database.reads").get(3).path("value").asDouble()).isEqualTo(10_000_000 + 5_000_000 * 3.0);
        assertThat(driver(root, "uploads").get(5).path("value").asDouble()).isEqualTo(400_000.0);
        // Month 6 holds 5 GB, months 1-5 (5 x 2 GB) and half of month 6's 2 GB.
        assertThat(driver(root, "database.stored").get(5).path("value").asDouble()).isEqualTo(5 + 5 * 2 + 1.0);
        // Uploads kept 24 hours: month 4 on (400K uploads a month, as in month 3) holds one day's uploads.
        double dayOfUploadsGb = 400_000 * 2 / 1024.0 * 24 / 730;
        assertThat(driver(root, "static_assets").get(4).path("value").asDouble()).isCloseTo(dayOfUploadsGb, Offset.offset(1e-9));
        assertThat(driver(root, "static_assets").get(4).path("derivation").asText()).contains("older than 24 hours");
        JsonNode months = root.path("architectures").get(0).path("months");
        // The table is priced on each month's stored data.
        JsonNode storage = null;
        for (JsonNode l : months.get(5).path("lines")) {
            if (l.path("charge_code").asText().equals("storage") && l.path("component").asText().equals("table")) {
                storage = l;
            }
        }
        assertThat(storage).isNotNull();
        assertThat(storage.path("quantity").asDouble()).isEqualTo(16.0);
    }

    @Test
    void budgetAndCredits_monthByMonth() throws IOException {
        JsonNode a = json(SPEC).path("architectures").get(0);
        double creditsLeft = 200;
        double cumulative = 0;
        Integer firstOver = null;
        for (JsonNode m : a.path("months")) {
            double used = m.path("credits_used").asDouble();
            creditsLeft -= used;
            cumulative += m.path("total").asDouble();
            assertThat(m.path("credits_left").asDouble()).isCloseTo(creditsLeft, Offset.offset(0.005));
            assertThat(m.path("cumulative").asDouble()).isCloseTo(cumulative, Offset.offset(0.005));
            JsonNode b = a.path("budget").path("months").get(m.path("month").asInt() - 1);
            assertThat(b.path("spent").asDouble()).isCloseTo(cumulative, Offset.offset(0.005));
            assertThat(b.path("left").asDouble()).isCloseTo(200 - cumulative, Offset.offset(0.005));
            assertThat(b.path("over").asBoolean()).isEqualTo(cumulative > 200);
            if (cumulative > 200 && firstOver == null) {
                firstOver = m.path("month").asInt();
            }
        }
        assertThat(a.path("budget").path("first_month_over").isNull() ? null : a.path("budget").path("first_month_over").asInt())
                .isEqualTo(firstOver);
    }

    @Test
    void table_showsWorkloadBudgetAndCredits_andExplainShowsTheDerivation() throws IOException {
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = run("estimate", spec.toString(), "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Workload month by month", "Credits used (USD)", "Credits left (USD)",
                "Budget left (USD)", "database.stored, month 6: 5 initial + 10 written in months before 6 + half of month"
                        + " 6's 2 (written through the month) = 16 GB-months", "Free-plan credits: ");
    }

    @Test
    void csv_carriesCumulativeCreditsAndBudgetLeftOnEveryRow() throws IOException {
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = run("estimate", spec.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows[0]).endsWith(",month_cumulative,credits_left,budget_left");
        JsonNode months = json(SPEC).path("architectures").get(0).path("months");
        String lastRow = rows[rows.length - 1];
        double cumulative = months.get(5).path("cumulative").asDouble();
        assertThat(lastRow).endsWith("," + String.format(java.util.Locale.ROOT, "%.2f", cumulative) + ","
                + String.format(java.util.Locale.ROOT, "%.2f", months.get(5).path("credits_left").asDouble()) + ","
                + String.format(java.util.Locale.ROOT, "%.2f", 200 - cumulative));
    }

    static Stream<Arguments> badGrowth() {
        return Stream.of(
                Arguments.of("start without a way to grow", "requests: {start: 1M/month}", ":8:13:", "growth: 20%/month"),
                Arguments.of("two ways to grow", "requests: {start: 1M/month, growth: 20%/month, add: 1M/month}", ":8:",
                        "keep one"),
                Arguments.of("growth without a period", "requests: {start: 1M/month, growth: 20%}", ":8:",
                        "20%/month"),
                Arguments.of("end without over", "requests: {start: 1M/month, end: 5M/month}", ":8:", "over: 6 months"),
                Arguments.of("over without end", "requests: {start: 1M/month, over: 6 months}", ":8:", "add end:"),
                Arguments.of("over too short", "requests: {start: 1M/month, end: 2M/month, over: 1 month}", ":8:",
                        "2 months or more"),
                Arguments.of("unknown growth key", "requests: {start: 1M/month, grow: 20%/month}", ":8:",
                        "did you mean 'growth'"),
                Arguments.of("list item without a rate", "requests: [1M/month, 2M]", ":8:24:", "100M/month"),
                Arguments.of("empty list", "requests: []", ":8:13:", "one value per month"),
                Arguments.of("decline of 100%", "requests: {start: 1M/month, growth: -100%/month}", ":8:",
                        "smaller than 100%/month"),
                Arguments.of("inflow without a period", "static_assets: {add: 2 GB}", ":8:",
                        "500 GB/month"),
                Arguments.of("storage with no inflow", "static_assets: {initial: 5 GB}", ":8:18:", "per_upload"),
                Arguments.of("start mixed with keep", "static_assets: {start: 5 GB, growth: 10%/month, keep: 1 day}",
                        ":8:", "use start with"),
                Arguments.of("per_upload without uploads", "static_assets: {per_upload: 2 MB}", ":8:", "add uploads:"),
                Arguments.of("keep without a period", "static_assets: {add: 2 GB/month, keep: 30}", ":8:",
                        "24 hours, 30 days"),
                Arguments.of("archive not priced", "static_assets: {add: 2 GB/month, keep: 1 year, then: archive}",
                        ":8:", "then: delete"),
                Arguments.of("then without keep", "static_assets: {add: 2 GB/month, then: delete}", ":8:",
                        "add keep:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGrowth")
    void badGrowthForms_exitTwo_withFileLineColumnAndFix(String name, String line, String place, String fix)
            throws IOException {
        String yaml = """
                name: t
                region: us-east-1
                workload:
                  requests: 100M/month
                  egress: 50 GB/month
                  database: {reads: 1M/month, writes: 1M/month}
                  static_requests: 1M/month
                  %s
                architectures:
                  - name: a
                    template: api-lambda-dynamodb
                    overrides: {functions: {memory: 256 MB, duration: 200 ms}}
                """.formatted(line);
        if (line.startsWith("requests")) {
            yaml = yaml.replace("  requests: 100M/month\n", "  dns_queries: 1M/month\n");
        }
        Path spec = tmp.resolve("bad.yaml");
        Files.writeString(spec, yaml);
        Cli.Result r = run("compare", spec.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + spec + place).contains("fix:").contains(fix).doesNotContain("Exception");
    }
}

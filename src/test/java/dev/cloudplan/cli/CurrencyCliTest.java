package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A budget and fixed costs in another currency, reports beside USD, and bad currency lines, through the real entry point. */
class CurrencyCliTest {
    @TempDir
    Path dir;

    private Path spec(String currency, String budget, String fixed) throws Exception {
        Path spec = Cli.writeSpec(dir, """
                name: currency
                region: us-east-1
                horizon: 12 months
                start: 2027-01
                currency: %s
                budget: %s
                fixed_costs:
                  - {name: domain, amount: %s}
                workload:
                  requests: 10M/month
                architectures:
                  - name: a
                    components:
                      - {name: fn, type: lambda, memory: 128 MB, duration: 100 ms}
                """.formatted(currency, budget, fixed));
        return spec;
    }

    @Test
    void budgetAndFixedCostsInInr_areConvertedAtTheStatedRate_andTotalsShownBesideUsd() throws Exception {
        Cli.Result r = run("compare", spec("INR at 88.5 per USD (2026-11-30)", "97,350 INR/year", "885 INR/year")
                .toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isIn(Main.OK);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("local_currency").get("code").asText()).isEqualTo("INR");
        JsonNode a = root.get("architectures").get(0);
        // 97,350 INR / 88.5 = 1,100 USD
        assertThat(a.get("budget").get("limit").decimalValue()).isEqualByComparingTo("1100");
        assertThat(a.get("budget").get("stated").decimalValue()).isEqualByComparingTo("97350");
        // the fixed cost, 885 INR a year = 10 USD, is billed in month 1 as 10 USD
        JsonNode month1 = a.get("months").get(0);
        boolean fixed = false;
        for (JsonNode l : month1.get("lines")) {
            if (l.get("charge").asText().equals("domain")) {
                assertThat(l.get("cost").decimalValue()).isEqualByComparingTo("10");
                fixed = true;
            }
        }
        assertThat(fixed).as("the fixed cost's line").isTrue();
        // each local figure is the USD one x 88.5, to the cent
        BigDecimal total = a.get("total").decimalValue();
        assertThat(a.get("total_local").decimalValue())
                .isEqualByComparingTo(total.multiply(new BigDecimal("88.5")).setScale(2, RoundingMode.HALF_UP));
        BigDecimal m1 = month1.get("total").decimalValue();
        assertThat(month1.get("total_local").decimalValue())
                .isEqualByComparingTo(m1.multiply(new BigDecimal("88.5")).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void theTextReport_namesTheRate_andShowsLocalColumns() throws Exception {
        Cli.Result r = run("compare", spec("INR at 88.5 per USD (2026-11-30)", "97,350 INR/year", "10 USD/year").toString());
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("totals also in INR at 88.5 per USD, stated 2026-11-30", "Annual (INR)",
                "Total (INR)", "Budget 97,350.00 INR (= 1,100.00 USD at 88.5 INR per USD, stated 2026-11-30)");
    }

    @Test
    void csv_getsALocalCostColumn() throws Exception {
        Cli.Result r = run("compare", spec("EUR at 0.95 per USD (2026-11-30)", "1,000 EUR/year", "10 USD/year").toString(),
                "--format", "csv");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.out().lines().findFirst().orElseThrow()).endsWith(",cost_eur");
    }

    @Test
    void csvLocalCosts_sumToEachMonthsLocalTotal() throws Exception {
        // each line converted on its own would drift from total x rate by a few hundredths; the remainder goes on
        // the month's largest line
        Path s = spec("INR at 88.5 per USD (2026-11-30)", "97,350 INR/year", "\"50,000 INR once\"");
        Cli.Result csv = run("compare", s.toString(), "--format", "csv");
        JsonNode a = new ObjectMapper().readTree(run("compare", s.toString(), "--format", "json").out())
                .get("architectures").get(0);
        java.util.Map<String, BigDecimal> sums = new java.util.HashMap<>();
        List<String> lines = csv.out().lines().toList();
        List<String> head = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            // the local cost is the last column; quoted fields never hold the month or the last column
            String[] cells = line.split(",");
            String last = cells[cells.length - 1];
            if (!last.isEmpty()) {
                sums.merge(cells[head.indexOf("month")], new BigDecimal(last), BigDecimal::add);
            }
        }
        for (JsonNode m : a.get("months")) {
            assertThat(sums.get(m.get("month").asText())).as("month " + m.get("month"))
                    .isEqualByComparingTo(m.get("total_local").decimalValue());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XYZ at 1 per USD (2026-11-30)|1,000 USD/year|'XYZ' is not an ISO 4217 currency code",
        "USD at 1 per USD (2026-11-30)|1,000 USD/year|USD is the currency AWS bills in",
        "INR at 0 per USD (2026-11-30)|1,000 USD/year|a rate of 0 INR per USD",
        "INR at 88.5 per USD (2027-06-01)|1,000 USD/year|after today",
        "INR at 88.5 per USD|1,000 USD/year|is not a code, a rate and a date",
        "INR at 88.5 per USD (2026-11-30)|1,000 EUR/year|is in EUR, not USD or the spec's INR"})
    void badCurrencyInput_exits2_withThePlace(String currency, String budget, String message) throws Exception {
        Cli.Result r = run("compare", spec(currency, budget, "10 USD/year").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("spec.yaml:", message, "fix:");
    }
}

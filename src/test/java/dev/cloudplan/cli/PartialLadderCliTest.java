package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REST API past the bundled catalog's last REST tier (333M requests a month), through the real entry point:
 * the first 333M are billed, the rest is reported as not priced with its quantity, and the run is incomplete.
 */
class PartialLadderCliTest {
    static final String SPEC = """
            name: busy geo dns
            region: us-east-1
            horizon: 1 month
            start: 2027-01
            workload:
              requests: 1M/month
              dns_queries: 1500M/month
            architectures:
              - name: geo
                components:
                  - {name: dns, type: route53, query_type: geo}
            """;
    // Bundled us-east-1 Route 53 prices: geo queries 0 to 1,000,000,000 (the only tier found), the first hosted zone.
    static final double GEO_T1 = 0.0000007;
    static final double ZONE = 0.5;

    @TempDir
    Path tmp;

    Path spec() throws IOException {
        return Cli.writeSpec(tmp, SPEC);
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "%,.2f", usd);
    }

    @Test
    void table_billsThePricedTier_andNamesTheUnpricedQuantityAndTheBound() throws IOException {
        Cli.Result r = run("estimate", spec().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("DNS queries \\(geo\\) \\(first 1B Queries\\)\\s+1,000,000,000\\s+Queries\\s+"
                        + "0.0000007\\s+0\\s+" + money(1_000_000_000 * GEO_T1))
                .containsPattern("DNS queries \\(geo\\) \\(over 1B Queries\\)\\s+500,000,000\\s+Queries\\s+NOT PRICED")
                .contains("Not priced (excluded from every total above):",
                        "only up to 1,000,000,000 Queries a month", "500,000,000 Queries of this charge are above it and not priced",
                        "Total over 1 months: >= " + money(ZONE + 1_000_000_000 * GEO_T1) + " USD");
    }

    @Test
    void explain_showsThePricedFormula_andWhatIsUnpriced() throws IOException {
        Cli.Result r = run("estimate", spec().toString(), "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dns, DNS queries (geo) (first 1B Queries): (1,000,000,000 - 0 free) x 0.0000007"
                        + " USD/Queries = " + new java.math.BigDecimal("1000000000").multiply(new java.math.BigDecimal("0.0000007"))
                        .stripTrailingZeros().toPlainString(),
                "dns, DNS queries (geo) (over 1B Queries): NOT PRICED (500,000,000 Queries).");
    }

    @Test
    void growingWorkload_namesEachMonthAboveTheBound_withItsQuantity() throws IOException {
        String growing = SPEC.replace("horizon: 1 month", "horizon: 3 months")
                .replace("dns_queries: 1500M/month", "dns_queries: [900M/month, 1200M/month, 1500M/month]");
        Cli.Result r = run("estimate", Cli.writeSpec(tmp, growing).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Architecture 'geo' is INCOMPLETE: 1 charge(s) are priced only up to the catalog's"
                        + " last tier; what is not priced is not in its totals (see 'Not priced').",
                "dns: DNS queries (geo) (over 1B Queries), month 2 (2027-02).",
                String.format(Locale.ROOT, "so %,d Queries of this charge", 1_200_000_000 - 1_000_000_000),
                "dns: DNS queries (geo) (over 1B Queries), month 3 (2027-03).",
                String.format(Locale.ROOT, "so %,d Queries of this charge", 1_500_000_000 - 1_000_000_000))
                .doesNotContain("month 1 (2027-01).");
    }

    @Test
    void requireComplete_exitsFour() throws IOException {
        assertThat(run("estimate", spec().toString(), "--require-complete").code()).isEqualTo(Main.INCOMPLETE);
    }

    @Test
    void json_carriesTheUnpricedQuantityAndBound_andTotalsThePricedPart() throws IOException {
        Cli.Result r = run("estimate", spec().toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out()).path("architectures").get(0);
        assertThat(a.path("complete").asBoolean()).isFalse();
        assertThat(a.path("total").decimalValue()).isEqualByComparingTo(money(ZONE + 1_000_000_000 * GEO_T1).replace(",", ""));
        JsonNode u = a.path("months").get(0).path("unpriced").get(0);
        assertThat(u.path("quantity").longValue()).isEqualTo(1_500_000_000L - 1_000_000_000L);
        assertThat(u.path("unit").asText()).isEqualTo("Queries");
        assertThat(u.path("priced_up_to").longValue()).isEqualTo(1_000_000_000L);
    }
}

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
            name: busy rest api
            region: us-east-1
            horizon: 1 month
            start: 2027-01
            workload:
              requests: 500M/month
            architectures:
              - name: rest
                components:
                  - {name: api, type: api-gateway, api: rest}
            """;
    static final double REST_T1 = 0.0000035; // bundled us-east-1 REST requests, 0 to 333,000,000, per request

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
        assertThat(r.out()).containsPattern("REST API requests \\(first 333M Requests\\)\\s+333,000,000\\s+Requests\\s+"
                        + "0.0000035\\s+0\\s+" + money(333_000_000 * REST_T1))
                .containsPattern("REST API requests \\(over 333M Requests\\)\\s+167,000,000\\s+Requests\\s+NOT PRICED")
                .contains("Not priced (excluded from every total above):",
                        "only up to 333,000,000 Requests a month", "167,000,000 Requests of this charge are above it and not priced",
                        "Total over 1 months: >= " + money(333_000_000 * REST_T1) + " USD");
    }

    @Test
    void explain_showsThePricedFormula_andWhatIsUnpriced() throws IOException {
        Cli.Result r = run("estimate", spec().toString(), "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("api, REST API requests (first 333M Requests): (333,000,000 - 0 free) x 0.0000035"
                        + " USD/Requests = " + new java.math.BigDecimal("333000000").multiply(new java.math.BigDecimal("0.0000035"))
                        .stripTrailingZeros().toPlainString(),
                "api, REST API requests (over 333M Requests): NOT PRICED (167,000,000 Requests).");
    }

    @Test
    void growingWorkload_namesEachMonthAboveTheBound_withItsQuantity() throws IOException {
        String growing = SPEC.replace("horizon: 1 month", "horizon: 3 months")
                .replace("requests: 500M/month", "requests: [300M/month, 400M/month, 500M/month]");
        Cli.Result r = run("estimate", Cli.writeSpec(tmp, growing).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Architecture 'rest' is INCOMPLETE: 1 charge(s) are priced only up to the catalog's"
                        + " last tier; what is not priced is not in its totals (see 'Not priced').",
                "api: REST API requests (over 333M Requests), month 2 (2027-02).",
                String.format(Locale.ROOT, "so %,d Requests of this charge", 400_000_000 - 333_000_000),
                "api: REST API requests (over 333M Requests), month 3 (2027-03).",
                String.format(Locale.ROOT, "so %,d Requests of this charge", 500_000_000 - 333_000_000))
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
        assertThat(a.path("total").decimalValue()).isEqualByComparingTo(money(333_000_000 * REST_T1).replace(",", ""));
        JsonNode u = a.path("months").get(0).path("unpriced").get(0);
        assertThat(u.path("quantity").longValue()).isEqualTo(500_000_000L - 333_000_000L);
        assertThat(u.path("unit").asText()).isEqualTo("Requests");
        assertThat(u.path("priced_up_to").longValue()).isEqualTo(333_000_000L);
    }
}

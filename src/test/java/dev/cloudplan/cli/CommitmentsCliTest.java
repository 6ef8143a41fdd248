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

/**
 * {@code cloudplan commitments} through the real entry point, its break-even and payback checked against the
 * architectures' own totals as {@code compare} prices them (an on-demand and a reserved copy of one instance).
 */
class CommitmentsCliTest {
    private static final MathContext MC = MathContext.DECIMAL64;
    // Stated in the test's spec, as in examples/commitments.yaml: m5.large us-east-1, reserved 1yr partial upfront
    // standard; the on-demand rate 0.096 is the bundled catalog's.
    private static final BigDecimal OD = new BigDecimal("0.096");
    private static final BigDecimal REC = new BigDecimal("0.029");
    private static final BigDecimal FEE = new BigDecimal("252");
    private static final String ATTRS = "{instanceType: m5.large, offeringClass: standard, operatingSystem: Linux,"
            + " payment: PartialUpfront, purchaseOption: Reserved, tenancy: Shared, term: 1yr}";
    private static final String PRICES = "prices:\n"
            + "  - {service: AmazonEC2, charge: instance-hours, unit: Hrs, usd: 0.029, attributes: " + ATTRS
            + ", source: test, as_of: 2021-02-05}\n"
            + "  - {service: AmazonEC2, charge: upfront, unit: Quantity, usd: 252, attributes: " + ATTRS
            + ", source: test, as_of: 2021-02-05}\n";
    private static final String APP = "{name: app, type: ec2, instance_type: m5.large, public_ipv4: 0}";

    /** The root volume's usage left out, so that an architecture's total is its instance-hours and upfront alone. */
    private static final String NO_VOLUME = "    usage:\n      app: {volume_gb_months: 0}\n";

    @TempDir
    Path tmp;

    private Path spec(String architectures) throws IOException {
        return Cli.writeSpec(tmp, "name: commit\nregion: us-east-1\nhorizon: 12 months\nstart: 2027-01\n"
                + "workload:\n  requests: 1M/month\n  database: {reads: 1M/month, writes: 100K/month}\narchitectures:\n" + architectures + PRICES);
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode option(JsonNode root, String component, String option) {
        for (JsonNode c : root.get("components")) {
            if (c.get("component").asText().equals(component)) {
                for (JsonNode p : c.get("priced")) {
                    if (p.get("option").asText().equals(option)) {
                        return p;
                    }
                }
            }
        }
        throw new AssertionError("no " + option + " for " + component);
    }

    @Test
    void paybackMonth_isWhereTheReservedCopysCumulativeCashMeetsOnDemands() throws IOException {
        Path spec = spec("  - name: od\n    components:\n      - " + APP + "\n" + NO_VOLUME
                + "  - name: ri\n    components:\n      - {name: app, type: ec2, instance_type: m5.large, public_ipv4: 0,"
                + " purchase: reserved 1yr partial-upfront}\n" + NO_VOLUME);
        JsonNode c = json(run("commitments", spec.toString(), "-a", "od", "--format", "json"));
        JsonNode p = option(c, "app", "reserved 1yr partial-upfront standard");
        // 252 / (730 x (0.096 - 0.029)) = 5.15...: month 6.
        int payback = FEE.divide(new BigDecimal("730").multiply(OD.subtract(REC)), 0, RoundingMode.CEILING).intValue();
        assertThat(payback).isEqualTo(6);
        assertThat(p.get("payback_month_full_use").asInt()).isEqualTo(payback);
        JsonNode compare = json(run("compare", spec.toString(), "--format", "json"));
        JsonNode od = architecture(compare, "od").get("months");
        JsonNode ri = architecture(compare, "ri").get("months");
        assertThat(ri.get(payback - 2).get("cumulative").decimalValue())
                .isGreaterThan(od.get(payback - 2).get("cumulative").decimalValue());
        assertThat(ri.get(payback - 1).get("cumulative").decimalValue())
                .isLessThanOrEqualTo(od.get(payback - 1).get("cumulative").decimalValue());
        // The horizon: one committed instance against one on demand, both as compare totals them.
        assertThat(p.get("by_count").get(1).get("cash").decimalValue().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(architecture(compare, "ri").get("total").decimalValue());
        assertThat(p.get("by_count").get(0).get("cash").decimalValue().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(architecture(compare, "od").get("total").decimalValue());
    }

    @Test
    void breakEvenUtilisation_onDemandForThoseHoursCostsTheCommitmentsAmortisedMonth() throws IOException {
        BigDecimal breakEven = REC.add(FEE.divide(new BigDecimal("8760"), MC)).divide(OD, MC);
        BigDecimal hours = breakEven.multiply(new BigDecimal("730")).setScale(3, RoundingMode.HALF_UP);
        Path spec = spec("  - name: part-time\n    components:\n      - " + APP + "\n"
                + "    usage:\n      app: {instance_hours: " + hours.toPlainString() + ", volume_gb_months: 0}\n"
                + "  - name: ri\n    components:\n      - {name: app, type: ec2, instance_type: m5.large, public_ipv4: 0,"
                + " purchase: reserved 1yr partial-upfront}\n" + NO_VOLUME);
        JsonNode p = option(json(run("commitments", spec.toString(), "-a", "ri", "--format", "json")), "app",
                "reserved 1yr partial-upfront standard");
        assertThat(p.get("break_even_utilisation").decimalValue()).isEqualByComparingTo(breakEven);
        JsonNode compare = json(run("compare", spec.toString(), "--format", "json"));
        BigDecimal partTime = architecture(compare, "part-time").get("months").get(1).get("amortised_total").decimalValue();
        BigDecimal committed = architecture(compare, "ri").get("months").get(1).get("amortised_total").decimalValue();
        // 730 x 0.029 + 252 / 12 = 42.17 a month, amortised, against 439.27 on-demand hours x 0.096 = 42.17.
        assertThat(committed).isEqualByComparingTo(new BigDecimal("730").multiply(REC).add(new BigDecimal("21"))
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(partTime.subtract(committed).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void unpricedCommitmentsAndOtherTypesSaySo_tableAndCsv() throws IOException {
        Path spec = spec("  - name: od\n    components:\n      - " + APP + "\n"
                + "      - {name: table, type: dynamodb}\n");
        Cli.Result table = run("commitments", spec.toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("1 commitment priced, 23 NOT PRICED", "compute-savings-plan 3yr no-upfront",
                "state its rate under prices:", "DynamoDB reserved capacity");
        Cli.Result csv = run("commitments", spec.toString(), "--format", "csv");
        assertThat(csv.code()).isZero();
        String[] lines = csv.out().split("\n");
        assertThat(lines[0]).startsWith("architecture,component,type,instance_type,option,status");
        assertThat(csv.out()).contains("od,app,ec2,m5.large,\"reserved 1yr partial-upfront standard\",priced,",
                "od,app,ec2,m5.large,\"compute-savings-plan 1yr no-upfront\",not_priced,", "od,table,dynamodb,,,none");
        assertThat(lines).hasSize(1 + 24 + 1);
    }

    @Test
    void badInput_exitsTwoWithPlaceAndFix() throws IOException {
        Path spec = spec("  - name: od\n    components:\n      - " + APP + "\n");
        Cli.Result r = run("commitments", spec.toString(), "-a", "odd");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no architecture 'odd'", "did you mean 'od'", "spec.yaml:");
    }

    @Test
    void html_isOnePageWithItsTables() throws IOException {
        Path spec = spec("  - name: od\n    components:\n      - " + APP + "\n");
        Cli.Result html = run("commitments", spec.toString(), "--format", "html");
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<table", "od").endsWith("</html>\n");
    }

    @Test
    void example_answersWithTheStatedReservedRates() {
        Cli.Result r = run("commitments", "examples/commitments.yaml", "--format", "markdown");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# Commitments: API on m5.large", "## fleet-auto", "| reserved 3yr all-upfront standard");
    }

    @Test
    void help_listsTheNewCommandsWithExamples() {
        assertThat(run("--help").out()).contains("commitments", "decide");
        Cli.Result c = run("commitments", "--help");
        assertThat(c.code()).isZero();
        assertThat(c.out()).startsWith("Usage: cloudplan commitments").contains("Examples:", "examples/commitments.yaml",
                "--format", "--architecture");
        Cli.Result d = run("decide", "--help");
        assertThat(d.code()).isZero();
        assertThat(d.out()).startsWith("Usage: cloudplan decide").contains("Examples:", "horizon_cost 3",
                "not computed without ranges");
    }

    static JsonNode architecture(JsonNode compare, String name) {
        for (JsonNode a : compare.get("architectures")) {
            if (a.get("name").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no architecture " + name);
    }
}

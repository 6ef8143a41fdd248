package dev.cloudplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cloudplan audit} through the real entry point: its formats, exit codes and bad claims files. */
class AuditCliTest {
    @TempDir
    Path dir;

    /** A claims file on examples/learning-app.yaml (bundled catalog) with the given claims of serverless. */
    private Path claims(String claimsYaml) throws IOException {
        Path file = dir.resolve("claims.yaml");
        Files.writeString(file, "title: test audit\nspec: examples/learning-app.yaml\nmonth: 2\nsections:\n"
                + "  - architecture: serverless\n    claims:\n" + claimsYaml);
        return file;
    }

    private static final String API_CLAIM = """
                  - item: API Gateway
                    component: api
                    total: 99.00 USD
                    quantity: 99M
                    unit_price: 1.00 USD per 1M
            """;

    @Test
    void jsonGivesEachFindingWithItsCausesAndTheirMoney() throws IOException {
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", claims(API_CLAIM
                + "      - {item: AWS subtotal, scope: aws, total: 212.75 USD}\n").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("sections").get(0).path("findings");
        JsonNode api = null;
        for (JsonNode f : findings) {
            api = f.path("item").asText().equals("API Gateway") ? f : api;
        }
        // 100,000,000 HTTP API requests x $0.000001 (bundled catalog); the claim 99,000,000 x 0.000001 = 99.00
        assertEquals(0, new BigDecimal("100.00").compareTo(api.path("cloudplan_usd").decimalValue()));
        assertEquals(0, new BigDecimal("-1.00").compareTo(api.path("difference_usd").decimalValue()));
        assertEquals("free-tier-not-applicable", api.path("cause").asText());
        // with a subtotal claimed, the other costed lines of month 2 are costs left out; all ranked by their money
        assertTrue(findings.size() > 2);
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i).path("unclaimed").asBoolean() || findings.get(i).equals(api)
                    || findings.get(i).path("scope").asText().equals("aws"));
            assertTrue(findings.get(i - 1).path("money_usd").decimalValue()
                    .compareTo(findings.get(i).path("money_usd").decimalValue()) >= 0, "ranked by money");
        }
    }

    @Test
    void tableAndCsvCarryTheSameFinding() throws IOException {
        Path file = claims(API_CLAIM);
        Cli.Result table = Cli.run(Fixtures.environment(), "audit", file.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("a free tier that does not apply"), table.out());
        Cli.Result csv = Cli.run(Fixtures.environment(), "audit", file.toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("section,architecture,rank,item,"), csv.out());
        assertTrue(csv.out().contains(",\"API Gateway\",lines,\"month 2\",99.00,100.00,-1.00,"
                + "free-tier-not-applicable,"), csv.out());
    }

    @Test
    void failOnDifferenceExitsWithSixAndAgreementWithZero() throws IOException {
        Path differs = claims(API_CLAIM);
        assertEquals(Main.DIFFERENCES, Cli.run(Fixtures.environment(), "audit", differs.toString(),
                "--fail-on-difference").code());
        assertEquals(Main.OK, Cli.run(Fixtures.environment(), "audit", differs.toString()).code());
        // serverless month 2 in full: every line claimed at cloudplan's own cost -> nothing differs
        Path agrees = claims("""
                  - {item: bill, scope: aws, total: 252.58 USD}
            """);
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", agrees.toString(), "--fail-on-difference");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
    }

    @Test
    void anUnbilledClaimIsItsWholeFigureAgainstNoLine() throws IOException {
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", claims("""
                  - {item: backup tool, scope: unbilled, total: 50 USD}
            """).toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"backup tool\",unbilled,\"month 2\",50.00,0.00,50.00,quantity,"), r.out());
    }

    @Test
    void htmlIsTheMarkdownWriteUpAsOnePage_tablesInScrollBoxes_quotesEscaped() throws IOException {
        Path file = claims(API_CLAIM.replace("component: api\n", "component: api\n"
                + "        quote: \"<script>alert(1)</script> 99M billable\"\n"));
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", file.toString(), "--format", "html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
        assertTrue(r.out().contains("<title>test audit</title>"), r.out());
        // The finding of the markdown write-up is a cell of an HTML table in a keyboard-reachable scroll box.
        assertTrue(r.out().contains("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\">"
                + "<table>"), r.out());
        assertTrue(r.out().contains("<td>API Gateway</td>"), r.out());
        assertTrue(r.out().contains("a free tier that does not apply"), r.out());
        assertFalse(r.out().contains("<script>"), "a claim's quote is shown, never run");
        assertTrue(r.out().contains("&lt;script&gt;"), r.out());
    }

    static Stream<Arguments> badClaims() {
        return Stream.of(
                Arguments.of("      - item: x\n        component: api\n        totl: 1 USD\n", 9, "unknown key 'totl'",
                        "did you mean 'total'?"),
                Arguments.of("      - item: x\n        component: api\n        total: 1 EUR\n", 9, "EUR",
                        "write it in USD"),
                Arguments.of("      - item: x\n        component: api\n        total: 12 USD/year\n", 9, "period",
                        "year: 1"),
                Arguments.of("      - item: x\n        total: 1 USD\n", 7, "names no component", "component: NAME"),
                Arguments.of("      - item: x\n        component: nosuch\n        total: 1 USD\n", 7,
                        "matches no line item", "api (AmazonApiGateway)"),
                Arguments.of("      - item: x\n        component: api\n        month: 13\n        total: 1 USD\n", 7,
                        "outside the horizon", "from 1 to 12"),
                Arguments.of("      - item: x\n        component: api\n", 7, "gives no figure", "total:"),
                Arguments.of("      - item: x\n        scope: budget\n        verdict: maybe\n", 9, "neither within",
                        "verdict: within"),
                Arguments.of("      - item: x\n        component: api\n        total: -3 USD\n", 9, "negative",
                        "0 or more"),
                Arguments.of("      - item: x\n        component: api\n        total: [1\n", 10, "YAML syntax error",
                        "indentation"),
                Arguments.of("      - item: x\n        component: api\n        charge: REST*\n        total: 1 USD\n", 7,
                        "has a label matching charge:", "\"HTTP API requests (first 300M Requests)\""),
                Arguments.of("      - item: x\n        scope: everything\n        total: 1 USD\n", 8, "unknown scope",
                        "unbilled"));
    }

    @ParameterizedTest
    @MethodSource("badClaims")
    void aBadClaimIsReportedAtItsPlaceWithAFix(String yaml, int line, String problem, String fix) throws IOException {
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", claims(yaml).toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("claims.yaml:" + line + ":"), r.err());
        assertTrue(r.err().contains(problem), r.err());
        assertTrue(r.err().contains("fix: ") && r.err().contains(fix), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownArchitectureNamesTheOnesThereAre() throws IOException {
        Path file = dir.resolve("claims.yaml");
        Files.writeString(file, "title: t\nspec: examples/learning-app.yaml\nsections:\n  - architecture: lambda\n"
                + "    claims:\n      - {item: x, component: api, total: 1 USD}\n");
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", file.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("claims.yaml:4:") && r.err().contains("ec2-rds-mysql, serverless, ec2-dynamodb"),
                r.err());
    }

    @Test
    void aRunSectionThatFailsIsReportedWhereItIsWritten() throws IOException {
        Path file = dir.resolve("claims.yaml");
        Files.writeString(file, "title: t\nspec: examples/learning-app.yaml\nsections:\n  - run: capacity nosuch.yaml\n");
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", file.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("claims.yaml:4:") && r.err().contains("exit code 2"), r.err());
    }

    @Test
    void anUnfencedRunIsEmbeddedWithItsHeadingsUnderTheWriteUpsSections() throws IOException {
        Path file = dir.resolve("claims.yaml");
        Files.writeString(file, "title: t\nspec: examples/learning-app.yaml\nsections:\n"
                + "  - run: commitments examples/learning-app.yaml -a serverless --format markdown\n");
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", file.toString(), "--format", "markdown");
        assertEquals(Main.OK, r.code(), r.err());
        // commitments --format markdown starts "# Commitments: ..." and has "## serverless": two levels down here.
        assertTrue(r.out().contains("\n### Commitments: ") && r.out().contains("\n#### serverless\n"), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("# ")).count(), r.out());
    }

    @Test
    void helpShowsExamples() {
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("cloudplan audit docs/seeds/claims/000.yaml --format markdown"), r.out());
    }
}

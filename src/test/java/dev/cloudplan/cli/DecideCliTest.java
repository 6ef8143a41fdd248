package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cloudplan decide} through the real entry point: the matrix against compare's figures, and bad input. */
class DecideCliTest {
    private static final MathContext MC = MathContext.DECIMAL64;

    @TempDir
    Path tmp;

    private Path spec(String decision) throws IOException {
        return Cli.writeSpec(tmp, "name: decide\nregion: us-east-1\nhorizon: 3 months\nstart: 2027-01\n"
                + "budget: 100 USD/month\n"
                + "workload:\n  requests: 10M/month\n  database: {reads: 10M/month, writes: 1M/month}\n"
                + "architectures:\n"
                + "  - {name: serverless, template: api-lambda-dynamodb, remove: [assets, egress, dns]}\n"
                + "  - name: server\n    components:\n      - {name: app, type: ec2, instance_type: m7g.large}\n"
                + decision);
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void json_totalIsTheWeightedMeanOfItsScores_andHorizonCostIsTenTimesCheapestOverOwn() throws IOException {
        Path spec = spec("");
        JsonNode d = json(run("decide", spec.toString(), "--format", "json"));
        JsonNode compare = json(run("compare", spec.toString(), "--format", "json"));
        BigDecimal serverless = CommitmentsCliTest.architecture(compare, "serverless").get("total").decimalValue();
        BigDecimal server = CommitmentsCliTest.architecture(compare, "server").get("total").decimalValue();
        BigDecimal cheapest = serverless.min(server);
        for (JsonNode row : d.get("ranking")) {
            BigDecimal own = row.get("architecture").asText().equals("server") ? server : serverless;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (JsonNode s : row.get("scores")) {
                sum = sum.add(s.get("weight").decimalValue().multiply(s.get("score").decimalValue()));
                weights = weights.add(s.get("weight").decimalValue());
                if (s.get("criterion").asText().equals("horizon_cost")) {
                    assertThat(s.get("score").decimalValue()).isEqualByComparingTo(BigDecimal.TEN.multiply(cheapest)
                            .divide(own, MC));
                }
            }
            assertThat(row.get("total").decimalValue()).isEqualByComparingTo(sum.divide(weights, MC));
        }
        assertThat(d.get("ranking").get(0).get("total").decimalValue())
                .isGreaterThanOrEqualTo(d.get("ranking").get(1).get("total").decimalValue());
        assertThat(d.get("weights").get("budget_risk").get("counted").asBoolean()).isFalse();
        assertThat(d.get("weights").get("horizon_cost").get("default").asBoolean()).isTrue();
    }

    @Test
    void budgetRisk_fromAMonteCarloOverTheSpecsRanges_agreesWithMontecarlo() throws IOException {
        for (String budget : List.of("1 USD/month", "1,000,000 USD/month", "40 USD/month")) {
            Path spec = Cli.writeSpec(tmp, Files.readString(spec("decision:\n  weights: {budget_risk: 1}\n"))
                    .replace("requests: 10M/month", "requests: 1M..40M/month").replace("100 USD/month", budget));
            JsonNode d = json(run("decide", spec.toString(), "--format", "json", "--simulations", "200", "--seed", "3"));
            JsonNode mc = json(run("montecarlo", spec.toString(), "--format", "json", "--simulations", "200", "--seed",
                    "3"));
            assertThat(d.get("weights").get("budget_risk").get("counted").asBoolean()).isTrue();
            for (JsonNode row : d.get("ranking")) {
                String name = row.get("architecture").asText();
                BigDecimal p = null;
                for (JsonNode a : mc.get("architectures")) {
                    if (a.get("name").asText().equals(name)) {
                        p = a.get("over_budget").get("probability").decimalValue();
                    }
                }
                assertThat(p).as(name).isNotNull();
                for (JsonNode s : row.get("scores")) {
                    if (s.get("criterion").asText().equals("budget_risk")) {
                        // 10 x (1 - p): every run over a 1 USD budget scores 0, none over a million scores 10.
                        assertThat(s.get("score").decimalValue()).as(budget + " " + name)
                                .isEqualByComparingTo(BigDecimal.TEN.multiply(BigDecimal.ONE.subtract(p)));
                        assertThat(s.get("reason").asText()).contains("200 runs of the spec's ranges, seed 3");
                    }
                }
            }
        }
    }

    @Test
    void statedWeightsAndScores_markdownAndCsv() throws IOException {
        Path spec = spec("decision:\n  weights: {horizon_cost: 1, cost_at_10x: 0, spike: 0, budget_fit: 0, break_even: 0,"
                + " operations: 1, lock_in: 0, budget_risk: 1}\n  scores:\n    server: {operations: {score: 10, reason:"
                + " an SRE team}}\n");
        Cli.Result md = run("decide", spec.toString(), "--format", "markdown");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).contains("# Decision matrix: decide", "| # | architecture | total | horizon\\_cost | operations |",
                "stated in the spec: an SRE team", "left out: not computed without ranges");
        Cli.Result csv = run("decide", spec.toString(), "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(csv.out().split("\n")).hasSize(1 + 2 * 2);
        assertThat(csv.out()).startsWith("rank,architecture,complete,total,criterion,weight,score,reason");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown criterion|  weights: {horizon_costs: 2}|unknown key 'horizon_costs'|did you mean 'horizon_cost'",
        "negative weight|  weights: {spike: -1}|a weight is 0 to 1,000|give a weight from 0",
        "not a number|  weights: {spike: high}|should be a number|give a weight such as 2",
        "all zero|  weights: {horizon_cost: 0, cost_at_10x: 0, spike: 0, budget_fit: 0, break_even: 0, operations: 0, lock_in: 0}|every criterion's weight is 0|at least one criterion",
        "unknown architecture|  scores: {servr: {operations: 5}}|unknown key 'servr'|did you mean 'server'",
        "computed criterion stated|  scores: {server: {horizon_cost: 5}}|horizon_cost is computed|state only operations or lock_in",
        "score above 10|  scores: {server: {lock_in: 11}}|a score is 0 to 10|give 0 (worst) to 10",
        "unknown driver|  driver: request|unknown workload driver 'request'|did you mean 'requests'"})
    void badDecisionSection_exitsTwoAtItsPlaceWithAFix(String what, String yaml, String problem, String fix)
            throws IOException {
        Cli.Result r = run("decide", spec("decision:\n  " + yaml.trim() + "\n").toString());
        assertThat(r.code()).as(what).isEqualTo(2);
        assertThat(r.err()).contains("spec.yaml:", problem, fix).doesNotContain("Exception");
    }

    @Test
    void bundledExample_markdownForAClient() {
        Cli.Result r = run("decide", "examples/learning-app.yaml", "--format", "markdown");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# Decision matrix: Learning app", "## Ranking", "| 1 | ", "## Weights",
                "## Why each score", "### ec2-dynamodb", "(default)");
    }

    @Test
    void html_isOnePageWithTheRankingTable_inTheReportsStyle() throws IOException {
        Path spec = spec("");
        Cli.Result r = run("decide", spec.toString(), "--format", "html");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<table", "role=\"region\"").endsWith("</html>\n");
        JsonNode d = json(run("decide", spec.toString(), "--format", "json"));
        for (JsonNode row : d.get("ranking")) {
            assertThat(r.out()).contains(row.get("architecture").asText());
        }
    }
}

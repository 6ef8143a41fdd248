package dev.cloudplan.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Normalisation, weights, aggregation of stated scores and ranking, on facts written here. */
class DecisionMatrixTest {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final TypeScores TYPES = new TypeScores(Map.of(
            "ec2", Map.of(Criterion.OPERATIONS, new StatedScore(new BigDecimal("4"), "servers"),
                    Criterion.LOCK_IN, new StatedScore(new BigDecimal("9"), "linux")),
            "dynamodb", Map.of(Criterion.OPERATIONS, new StatedScore(new BigDecimal("9"), "managed"),
                    Criterion.LOCK_IN, new StatedScore(new BigDecimal("2"), "aws only")),
            "s3", Map.of(Criterion.OPERATIONS, new StatedScore(new BigDecimal("8"), "storage"))));
    private static final Facts.Context CONTEXT = new Facts.Context("at 10x", "10x", "grid", BigDecimal::toPlainString,
            20, Map.of());

    private static Facts facts(String name, String cost, boolean complete, Map<String, String> components) {
        return new Facts(name, complete, components, Money.of(cost), null, false, null, null, null);
    }

    private static DecisionSpec weights(Object... criterionWeight) {
        Map<Criterion, BigDecimal> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, BigDecimal.ZERO);
        }
        for (int i = 0; i < criterionWeight.length; i += 2) {
            w.put((Criterion) criterionWeight[i], new BigDecimal(criterionWeight[i + 1].toString()));
        }
        return new DecisionSpec(w, Map.of(), null);
    }

    @ParameterizedTest(name = "{0} against the cheapest {1}: {2}")
    @CsvSource({"100, 100, 10", "200, 100, 5", "400, 100, 2.5", "300, 100, 3.333333333333333", "0, 0, 10", "50, 0, 0"})
    void costScore_isTenTimesCheapestOverOwn(String own, String best, String score) {
        assertThat(DecisionMatrix.ratio(new BigDecimal(own), new BigDecimal(best))).isEqualByComparingTo(score);
    }

    @Test
    void weightedMean_ofCostAndStatedScores_ranksBestFirst() {
        List<Facts> f = List.of(facts("servers", "200", true, Map.of("app", "ec2", "assets", "s3")),
                facts("managed", "100", true, Map.of("table", "dynamodb")));
        DecisionMatrix.Result r = DecisionMatrix.decide(f, CONTEXT, weights(Criterion.HORIZON_COST, 3,
                Criterion.OPERATIONS, 1, Criterion.LOCK_IN, 2), TYPES, BudgetRisk.NONE);
        assertThat(r.weights().keySet()).containsExactly(Criterion.HORIZON_COST, Criterion.OPERATIONS, Criterion.LOCK_IN);
        // servers: cost 10 x 100/200 = 5; operations mean (4 + 8) / 2 = 6; lock-in the lowest of ec2's 9 (s3 has none) = 9.
        BigDecimal servers = new BigDecimal("3").multiply(new BigDecimal("5")).add(new BigDecimal("6"))
                .add(new BigDecimal("2").multiply(new BigDecimal("9"))).divide(new BigDecimal("6"), MC);
        // managed: cost 10, operations 9, lock-in 2.
        BigDecimal managed = new BigDecimal("30").add(new BigDecimal("9")).add(new BigDecimal("4"))
                .divide(new BigDecimal("6"), MC);
        assertThat(r.rows()).extracting(DecisionMatrix.Row::architecture).containsExactly("managed", "servers");
        assertThat(r.rows().get(0).total()).isEqualByComparingTo(managed);
        assertThat(r.rows().get(1).total()).isEqualByComparingTo(servers);
        assertThat(r.rows().get(1).score(Criterion.OPERATIONS).reason()).contains("the mean of", "app (ec2) 4: servers");
        assertThat(r.rows()).extracting(DecisionMatrix.Row::rank).containsExactly(1, 2);
    }

    @Test
    void statedScore_replacesTheTypeDefaults() {
        List<Facts> f = List.of(facts("a", "100", true, Map.of("app", "ec2")), facts("b", "100", true, Map.of("app", "ec2")));
        DecisionSpec base = weights(Criterion.OPERATIONS, 1);
        DecisionSpec spec = new DecisionSpec(base.weights(), Map.of("b", Map.of(Criterion.OPERATIONS,
                new StatedScore(new BigDecimal("7.5"), "a runbook exists"))), null);
        DecisionMatrix.Result r = DecisionMatrix.decide(f, CONTEXT, spec, TYPES, BudgetRisk.NONE);
        assertThat(r.rows().get(0).architecture()).isEqualTo("b");
        assertThat(r.rows().get(0).total()).isEqualByComparingTo("7.5");
        assertThat(r.rows().get(0).score(Criterion.OPERATIONS).reason()).isEqualTo("stated in the spec: a runbook exists");
        assertThat(r.rows().get(1).total()).isEqualByComparingTo("4");
    }

    @Test
    void incomplete_isUnrankedAfterTheComplete_evenWhenItScoresHigher() {
        List<Facts> f = List.of(facts("lower-bound", "50", false, Map.of()), facts("priced", "100", true, Map.of()));
        DecisionMatrix.Result r = DecisionMatrix.decide(f, CONTEXT, weights(Criterion.HORIZON_COST, 1), TYPES,
                BudgetRisk.NONE);
        assertThat(r.rows()).extracting(DecisionMatrix.Row::architecture).containsExactly("priced", "lower-bound");
        assertThat(r.rows()).extracting(DecisionMatrix.Row::rank).containsExactly(1, null);
        assertThat(r.rows().get(1).score(Criterion.HORIZON_COST).reason()).startsWith(">= 50.00 USD").contains("lower bound");
    }

    @Test
    void criteriaThatCannotBeComputed_areLeftOutWithWhy_andTheirWeightNotCounted() {
        List<Facts> f = List.of(facts("a", "100", true, Map.of("plan", "stated-price")), facts("b", "200", true, Map.of()));
        Facts.Context noBudget = new Facts.Context("x", "x", "x", BigDecimal::toPlainString, 20,
                Map.of(Criterion.BUDGET_FIT, "the spec states no budget"));
        DecisionMatrix.Result r = DecisionMatrix.decide(f, noBudget, weights(Criterion.HORIZON_COST, 1,
                Criterion.BUDGET_FIT, 5, Criterion.BUDGET_RISK, 2, Criterion.LOCK_IN, 1), TYPES, BudgetRisk.NONE);
        assertThat(r.weights().keySet()).containsExactly(Criterion.HORIZON_COST);
        assertThat(r.leftOut()).containsEntry(Criterion.BUDGET_FIT, "the spec states no budget")
                .containsEntry(Criterion.BUDGET_RISK, "not computed without ranges");
        assertThat(r.leftOut().get(Criterion.LOCK_IN)).contains("state one under decision.scores.a.lock_in");
        assertThat(r.rows().get(1).total()).isEqualByComparingTo("5");
    }

    @Test
    void costAt10x_overCapacityScoresZero_andTheCheapestIsAmongThoseThatCarryTheLoad() {
        java.util.function.BiFunction<String, String, dev.cloudplan.core.decision.Cost> cost = (a, usd) ->
                new dev.cloudplan.core.decision.Cost(a, Money.of(usd), Money.of(usd), true);
        List<Facts> f = List.of(
                new Facts("fixed", true, Map.of(), Money.of("100"), cost.apply("fixed", "300"), true, null, null, null),
                new Facts("scales", true, Map.of(), Money.of("100"), cost.apply("scales", "600"), false, null, null, null),
                new Facts("dearer", true, Map.of(), Money.of("100"), cost.apply("dearer", "1200"), false, null, null, null));
        DecisionMatrix.Result r = DecisionMatrix.decide(f, CONTEXT, weights(Criterion.COST_AT_10X, 1), TYPES,
                BudgetRisk.NONE);
        assertThat(r.rows()).extracting(DecisionMatrix.Row::architecture).containsExactly("scales", "dearer", "fixed");
        assertThat(r.rows().get(0).total()).isEqualByComparingTo("10");
        assertThat(r.rows().get(1).total()).isEqualByComparingTo("5");   // 10 x 600 / 1,200
        assertThat(r.rows().get(2).total()).isZero();
        assertThat(r.rows().get(2).score(Criterion.COST_AT_10X).reason()).startsWith("over capacity at 10x");
    }

    @Test
    void budgetRisk_whenAProbabilityIsGiven_scoresTenTimesItsComplement() {
        List<Facts> f = List.of(facts("a", "100", true, Map.of()));
        DecisionMatrix.Result r = DecisionMatrix.decide(f, CONTEXT, weights(Criterion.BUDGET_RISK, 1), TYPES,
                architecture -> java.util.Optional.of(new BigDecimal("0.25")));
        assertThat(r.rows().get(0).total()).isEqualByComparingTo("7.5");
        assertThat(r.rows().get(0).score(Criterion.BUDGET_RISK).reason()).isEqualTo("25% of the runs over budget");
    }
}

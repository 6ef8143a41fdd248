package dev.cloudplan.core.decide;

import dev.cloudplan.core.decision.SpikeRisk;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.BudgetMonth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores every architecture from 0 to 10 on each criterion with a weight, and ranks them by the weighted mean
 * (docs/decisions.md#decision-matrix). Costs score 10 x cheapest / own (the cheapest 10, one twice as dear 5); a spike
 * not carried scores 0; the budget 10 when it fits, else 10 x limit / the worst period's spend; the break-even
 * position 10 x the share of the grid where it is cheapest; the stated criteria are the spec's score, else the
 * component types' defaults (operations their mean, lock-in the lowest: the most locked-in part decides).
 */
public final class DecisionMatrix {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private DecisionMatrix() {}

    /** One criterion's score for one architecture, and why. */
    public record Score(Criterion criterion, BigDecimal score, String reason) {}

    /** One architecture's scores in criterion order, its weighted total, and its rank (null when incomplete). */
    public record Row(String architecture, boolean complete, List<Score> scores, BigDecimal total, Integer rank) {
        public Row {
            scores = List.copyOf(scores);
        }

        public Score score(Criterion c) {
            return scores.stream().filter(s -> s.criterion() == c).findFirst().orElseThrow();
        }
    }

    /**
     * The matrix: the criteria counted and their weights, the rows in rank order, and why any criterion with a weight
     * was left out.
     */
    public record Result(Map<Criterion, BigDecimal> weights, List<Row> rows, Map<Criterion, String> leftOut) {
        public Result {
            weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            rows = List.copyOf(rows);
            leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
        }
    }

    public static Result decide(List<Facts> facts, Facts.Context context, DecisionSpec spec, TypeScores defaults,
            BudgetRisk risk) {
        Map<Criterion, BigDecimal> weights = new LinkedHashMap<>();
        Map<Criterion, String> leftOut = new LinkedHashMap<>();
        Map<Criterion, Map<String, Score>> scored = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            BigDecimal w = spec.weight(c);
            if (w.signum() == 0) {
                continue;
            }
            String why = context.notComputed().get(c);
            Map<String, Score> scores = why != null ? null : score(c, facts, context, spec, defaults, risk);
            if (scores == null || scores.values().stream().anyMatch(s -> s.score() == null)) {
                leftOut.put(c, why != null ? why : scores == null ? "not computed" : scores.values().stream()
                        .filter(s -> s.score() == null).map(s -> s.reason()).findFirst().orElseThrow());
                continue;
            }
            weights.put(c, w);
            scored.put(c, scores);
        }
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Row> rows = new ArrayList<>();
        for (Facts f : facts) {
            List<Score> scores = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<Criterion, BigDecimal> e : weights.entrySet()) {
                Score s = scored.get(e.getKey()).get(f.architecture());
                scores.add(s);
                sum = sum.add(e.getValue().multiply(s.score()));
            }
            BigDecimal total = weightSum.signum() == 0 ? BigDecimal.ZERO : sum.divide(weightSum, MC);
            rows.add(new Row(f.architecture(), f.complete(), scores, total, null));
        }
        // Complete ones first, best first; an incomplete one's costs are lower bounds, so it is shown unranked after.
        rows.sort(Comparator.comparing(Row::complete).reversed().thenComparing(Row::total, Comparator.reverseOrder()));
        List<Row> ranked = new ArrayList<>();
        int rank = 0;
        for (Row r : rows) {
            ranked.add(r.complete() ? new Row(r.architecture(), true, r.scores(), r.total(), ++rank) : r);
        }
        return new Result(weights, ranked, leftOut);
    }

    /** Every architecture's score on {@code c}; a null score (with its reason) leaves the criterion out. */
    private static Map<String, Score> score(Criterion c, List<Facts> facts, Facts.Context context, DecisionSpec spec,
            TypeScores defaults, BudgetRisk risk) {
        Map<String, Score> out = new LinkedHashMap<>();
        switch (c) {
            case HORIZON_COST -> costs(c, facts, f -> f.horizonCost(), f -> f.complete(), "over the horizon", out);
            case COST_AT_10X -> {
                costs(c, facts, f -> f.at10x().amount(), f -> f.at10x().complete(), context.tenX(), out);
                // A cost of what cannot carry the load is no cost of the load: scored as a spike that is not carried.
                facts.stream().filter(Facts::overCapacityAt10x).forEach(f -> out.put(f.architecture(), new Score(c,
                        BigDecimal.ZERO, "over capacity at 10x (a component is past a limit as sized): the load is not"
                                + " served as planned; " + out.get(f.architecture()).reason())));
            }
            case SPIKE -> spike(facts, context, out);
            case BUDGET_FIT -> facts.forEach(f -> out.put(f.architecture(), budget(f)));
            case BUDGET_RISK -> facts.forEach(f -> out.put(f.architecture(), risk.probabilityOverBudget(f.architecture())
                    .map(p -> new Score(c, TEN.multiply(BigDecimal.ONE.subtract(p)), Decimals.percent(p.round(new
                            MathContext(3))) + " of the runs over budget"))
                    .orElse(new Score(c, null, "not computed without ranges"))));
            case BREAK_EVEN -> facts.forEach(f -> out.put(f.architecture(), breakEven(f, context)));
            case OPERATIONS, LOCK_IN -> facts.forEach(f -> out.put(f.architecture(), stated(c, f, spec, defaults)));
            default -> throw new IllegalStateException(c.name());
        }
        return out;
    }

    private static void costs(Criterion c, List<Facts> facts, Function<Facts, Money> cost,
            Function<Facts, Boolean> complete, String where, Map<String, Score> out) {
        // The cheapest among those that carry the load, when one does (over capacity at 10x scores 0, see above).
        List<Facts> carrying = c == Criterion.COST_AT_10X && facts.stream().anyMatch(f -> !f.overCapacityAt10x())
                ? facts.stream().filter(f -> !f.overCapacityAt10x()).toList() : facts;
        BigDecimal best = carrying.stream().map(f -> cost.apply(f).amount()).min(Comparator.naturalOrder()).orElseThrow();
        for (Facts f : facts) {
            BigDecimal own = cost.apply(f).amount();
            boolean whole = complete.apply(f);
            int vs = own.compareTo(best);
            String reason = (whole ? "" : ">= ") + usd(own) + " " + where + (vs == 0 ? ", the cheapest" : vs < 0
                    ? ", below the " + usd(best) + " of the cheapest that carries the load"
                    : ", " + times(own, best) + " the cheapest (" + usd(best) + ")")
                    + (whole ? "" : "; a lower bound (a price is missing), so this score is at most what it shows");
            out.put(f.architecture(), new Score(c, ratio(own, best), reason));
        }
    }

    private static void spike(List<Facts> facts, Facts.Context context, Map<String, Score> out) {
        BigDecimal best = facts.stream().filter(f -> carries(f.spike())).map(f -> f.spike().with().amount())
                .min(Comparator.naturalOrder()).orElse(null);
        for (Facts f : facts) {
            SpikeRisk s = f.spike();
            String bill = (s.complete() ? "" : ">= ") + usd(s.with().amount()) + " in the spike month ("
                    + (s.difference().amount().signum() >= 0 ? "+" : "") + usd(s.difference().amount()) + ")";
            if (!carries(s)) {
                out.put(f.architecture(), new Score(Criterion.SPIKE, BigDecimal.ZERO, s.verdict() + ": the spike is not"
                        + " served as planned, whatever it bills; " + bill));
            } else {
                out.put(f.architecture(), new Score(Criterion.SPIKE, ratio(s.with().amount(), best), s.verdict() + "; "
                        + bill + (s.with().amount().compareTo(best) == 0 ? ", the cheapest that carries it"
                                : ", " + times(s.with().amount(), best) + " the cheapest that carries it")));
            }
        }
    }

    private static boolean carries(SpikeRisk s) {
        return s.limits().stream().allMatch(SpikeRisk.Limit::carries);
    }

    private static Score budget(Facts f) {
        BudgetMonth worst = f.budget().months().stream().max(Comparator.comparing(m -> m.spent().amount()
                .divide(m.limit().amount(), MC))).orElseThrow();
        BigDecimal share = worst.spent().amount().divide(worst.limit().amount(), MC);
        String used = Decimals.percent(share.round(new MathContext(3))) + " of the budget at worst (month "
                + worst.month() + ")" + (f.complete() ? "" : ", a lower bound (a price is missing)");
        if (share.compareTo(BigDecimal.ONE) <= 0) {
            return new Score(Criterion.BUDGET_FIT, TEN, "fits: " + used);
        }
        return new Score(Criterion.BUDGET_FIT, TEN.divide(share, MC), "over budget from month "
                + f.budget().firstMonthOver() + ": " + used);
    }

    private static Score breakEven(Facts f, Facts.Context context) {
        Facts.Wins w = f.wins();
        String grid = " of " + w.decided() + " points " + context.breakEven();
        String missing = w.decided() < context.gridPoints() ? "; the other " + (context.gridPoints() - w.decided())
                + " points have a price missing somewhere" : "";
        if (w.wonAt().isEmpty()) {
            return new Score(Criterion.BREAK_EVEN, BigDecimal.ZERO, "never the cheapest" + grid + missing);
        }
        Function<BigDecimal, String> v = context.driverValue();
        String where = w.wonAt().size() == 1 ? "at " + v.apply(w.wonAt().get(0))
                : "from " + v.apply(w.wonAt().get(0)) + " to " + v.apply(w.wonAt().get(w.wonAt().size() - 1));
        return new Score(Criterion.BREAK_EVEN, TEN.multiply(BigDecimal.valueOf(w.wonAt().size()))
                .divide(BigDecimal.valueOf(w.decided()), MC), "the cheapest at " + w.wonAt().size() + grid + " ("
                + where + ")" + missing);
    }

    private static Score stated(Criterion c, Facts f, DecisionSpec spec, TypeScores defaults) {
        StatedScore own = spec.stated().getOrDefault(f.architecture(), Map.of()).get(c);
        if (own != null) {
            return new Score(c, own.score(), "stated in the spec: " + own.reason());
        }
        List<String> parts = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        f.components().forEach((name, type) -> defaults.of(type, c).ifPresent(s -> {
            values.add(s.score());
            parts.add(name + " (" + type + ") " + plain(s.score()) + ": " + s.reason());
        }));
        if (values.isEmpty()) {
            return new Score(c, null, f.architecture() + " has no component with a default " + c.specName()
                    + " score: state one under decision.scores." + f.architecture() + "." + c.specName());
        }
        BigDecimal v = c == Criterion.LOCK_IN ? values.stream().min(Comparator.naturalOrder()).orElseThrow()
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
        return new Score(c, v, (c == Criterion.LOCK_IN ? "the lowest of " : "the mean of ") + String.join("; ", parts));
    }

    /** 10 x best / own: the cheapest scores 10, one twice as dear 5; a cost of 0 is the best there is. */
    static BigDecimal ratio(BigDecimal own, BigDecimal best) {
        if (own.signum() == 0) {
            return TEN;
        }
        return TEN.multiply(best.max(BigDecimal.ZERO)).divide(own, MC);
    }

    private static String times(BigDecimal own, BigDecimal best) {
        return best.signum() == 0 ? "above" : own.divide(best, 3, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "x";
    }

    private static String usd(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount) + " USD";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.util.List;

/**
 * One architecture compiled for a Monte Carlo or a sweep: month by month, each charge's price resolved
 * ({@link CompiledPrices}) and its quantity and included quantity as an affine function of the month's moving
 * figures ({@link Variable}), fitted on the exact rules and checked at other points. A month whose charges that
 * model does not capture (an auto-sized count that steps, a tier of the rule itself) keeps its charges from the
 * rules at every scenario, priced on the same arrays: slower, never approximated.
 */
final class PricedPlan {
    /** One month: its resolved prices and quantity model, or null where the rules are asked at each scenario. */
    record MonthModel(CompiledPrices.Ref[] refs, CompiledPrices.Signature[] signatures, double[] quantity0,
            double[][] quantitySlope, double[] included0, double[][] includedSlope, double[] x0) {
        /** Whether {@code charges}, the rules' at {@code w}, are this model's charges at the model's quantities. */
        boolean fits(List<dev.cloudplan.core.pricing.Charge> charges, List<Variable> variables, WorkloadMonth w) {
            if (!java.util.Arrays.equals(signatures, PlanCompiler.signatures(charges))) {
                return false;
            }
            for (int j = 0; j < refs.length; j++) {
                double q = quantity0[j];
                double inc = included0[j];
                for (int i = 0; i < x0.length; i++) {
                    double dx = variables.get(i).of(w) - x0[i];
                    q += quantitySlope[j][i] * dx;
                    inc += includedSlope[j][i] * dx;
                }
                if (!PlanCompiler.close(q, charges.get(j).quantity().doubleValue())
                        || !PlanCompiler.close(inc, charges.get(j).includedQuantity().doubleValue())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The charges whose cost is the same in every scenario, priced once: those with a constant quantity on a
         * ladder and pools that no charge before them moves. Gives that state and the charges left to price.
         */
        Prepared prepare(CompiledPrices prices) {
            CompiledPrices.Month fixed = new CompiledPrices.Month();
            fixed.reset(prices.ladderCount(), prices.poolCount());
            boolean[] movedLadder = new boolean[prices.ladderCount()];
            boolean[] movedPool = new boolean[prices.poolCount()];
            List<Integer> moving = new java.util.ArrayList<>();
            for (int j = 0; j < refs.length; j++) {
                CompiledPrices.Ref ref = refs[j];
                boolean constant = java.util.Arrays.stream(quantitySlope[j]).allMatch(v -> v == 0)
                        && java.util.Arrays.stream(includedSlope[j]).allMatch(v -> v == 0);
                boolean moved = ref.ladder() >= 0 && movedLadder[ref.ladder()];
                for (int p : ref.allowancePool() == null ? new int[0] : ref.allowancePool()) {
                    moved |= movedPool[p];
                }
                if (constant && !moved) {
                    fixed.price(ref, Math.max(0, quantity0[j]), Math.max(0, included0[j]));
                } else {
                    moving.add(j);
                    if (ref.ladder() >= 0) {
                        movedLadder[ref.ladder()] = true;
                    }
                    for (int p : ref.allowancePool() == null ? new int[0] : ref.allowancePool()) {
                        movedPool[p] = true;
                    }
                }
            }
            return new Prepared(fixed, moving.stream().mapToInt(Integer::intValue).toArray());
        }

        MonthModel withRefs(CompiledPrices.Ref[] other) {
            return new MonthModel(other, signatures, quantity0, quantitySlope, included0, includedSlope, x0);
        }
    }

    /** A month's charges that do not move, priced, and the indices of those that do. */
    record Prepared(CompiledPrices.Month fixed, int[] moving) {}

    private final String architecture;
    private final MonthModel[] months;
    private final Prepared[] prepared;
    private final double[] fixedUsd;
    private final boolean[] creditsUsable;
    private final double credits;
    private final List<Variable> variables;
    private final CompiledPrices prices;
    private final java.util.function.Function<Integer, java.util.Set<dev.cloudplan.core.catalog.FreeTierRegime>> regimes;
    private final Estimator estimator;
    private final Scenario scenario;
    private final Architecture arch;
    private final CompiledPrices.Month state = new CompiledPrices.Month();
    private long componentMonths;

    PricedPlan(Architecture arch, MonthModel[] months, double[] fixedUsd, boolean[] creditsUsable, double credits,
            List<Variable> variables, CompiledPrices prices,
            java.util.function.Function<Integer, java.util.Set<dev.cloudplan.core.catalog.FreeTierRegime>> regimes,
            Estimator estimator, Scenario scenario) {
        this.architecture = arch.name();
        this.arch = arch;
        this.months = months;
        this.prepared = new Prepared[months.length];
        for (int m = 0; m < months.length; m++) {
            prepared[m] = months[m] == null ? null : months[m].prepare(prices);
        }
        this.fixedUsd = fixedUsd;
        this.creditsUsable = creditsUsable;
        this.credits = credits;
        this.variables = List.copyOf(variables);
        this.prices = prices;
        this.regimes = regimes;
        this.estimator = estimator;
        this.scenario = scenario;
    }

    String architecture() {
        return architecture;
    }

    /** Months whose charges come from the quantity model; the others ask the rules at each scenario. */
    int modelledMonths() {
        int n = 0;
        for (MonthModel m : months) {
            n += m == null ? 0 : 1;
        }
        return n;
    }

    int horizon() {
        return months.length;
    }

    /** Component-months priced so far (components x months x scenarios), for the benchmark. */
    long componentMonths() {
        return componentMonths;
    }

    /**
     * The cash cost of each month of the scenario whose moving figures are {@code figures} ([month][variable]) into
     * {@code monthUsd}, its workload read from {@code workload} only for a month the model does not capture; false when a price is missing in some month (the figures are then lower bounds).
     */
    boolean evaluate(double[][] figures, java.util.function.Supplier<List<WorkloadMonth>> workload,
            double[] monthUsd) {
        boolean complete = true;
        double creditsLeft = credits;
        int components = arch.components().size();
        double[] x = new double[variables.size()];
        for (int m = 0; m < months.length; m++) {
            MonthModel model = months[m];
            if (model != null) {
                Prepared ready = prepared[m];
                state.start(ready.fixed());
                for (int i = 0; i < x.length; i++) {
                    x[i] = figures[m][i] - model.x0[i];
                }
                for (int j : ready.moving()) {
                    double q = model.quantity0[j];
                    double inc = model.included0[j];
                    double[] qs = model.quantitySlope[j];
                    double[] is = model.includedSlope[j];
                    for (int i = 0; i < x.length; i++) {
                        q += qs[i] * x[i];
                        inc += is[i] * x[i];
                    }
                    state.price(model.refs[j], Math.max(0, q), Math.max(0, inc));
                }
            } else {
                state.reset(prices.ladderCount(), prices.poolCount());
                WorkloadMonth w = workload.get().get(m);
                for (Estimator.ComponentCharge c : estimator.monthCharges(scenario, arch, w)) {
                    state.price(prices.resolve(c.charge(), regimes.apply(m + 1)), c.charge().quantity().doubleValue(),
                            c.charge().includedQuantity().doubleValue());
                }
            }
            complete &= !state.incomplete;
            double used = 0;
            if (creditsUsable[m] && creditsLeft > 0 && state.aws > 0) {
                used = Math.min(creditsLeft, state.aws);
                creditsLeft -= used;
            } else if (!creditsUsable[m]) {
                creditsLeft = 0;
            }
            monthUsd[m] = CompiledPrices.cents(state.aws + state.stated + fixedUsd[m] - used);
            componentMonths += components;
        }
        return complete;
    }
}

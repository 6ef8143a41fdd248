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
    /** Every charge's quantity and included quantity as affine functions of the moving figures around {@code x0}. */
    record Piece(double[] x0, double[] quantity0, double[][] quantitySlope, double[] included0,
            double[][] includedSlope) {
        double quantity(int j, double[] dx) {
            return affine(quantity0[j], quantitySlope[j], dx);
        }

        double included(int j, double[] dx) {
            return affine(included0[j], includedSlope[j], dx);
        }

        private static double affine(double v0, double[] slope, double[] dx) {
            double v = v0;
            for (int i = 0; i < dx.length; i++) {
                v += slope[i] * dx[i];
            }
            return v;
        }

        boolean constant(int j) {
            return java.util.Arrays.stream(quantitySlope[j]).allMatch(v -> v == 0)
                    && java.util.Arrays.stream(includedSlope[j]).allMatch(v -> v == 0);
        }

        void offsets(double[] x, double[] dx) {
            for (int i = 0; i < dx.length; i++) {
                dx[i] = x[i] - x0[i];
            }
        }
    }

    /**
     * One month: its resolved prices, and each quantity as the largest of its pieces' (one piece where it is affine);
     * a month without a model (null) asks the rules at each scenario.
     */
    record MonthModel(CompiledPrices.Ref[] refs, CompiledPrices.Signature[] signatures, Piece[] pieces) {
        /** Whether {@code charges}, the rules' at {@code w}, are this model's charges at the model's quantities. */
        boolean fits(List<dev.cloudplan.core.pricing.Charge> charges, List<Variable> variables, WorkloadMonth w) {
            if (!java.util.Arrays.equals(signatures, PlanCompiler.signatures(charges))) {
                return false;
            }
            double[] x = new double[variables.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = variables.get(i).of(w);
            }
            double[][] dx = new double[pieces.length][x.length];
            for (int p = 0; p < pieces.length; p++) {
                pieces[p].offsets(x, dx[p]);
            }
            for (int j = 0; j < refs.length; j++) {
                if (!PlanCompiler.close(quantity(j, dx), charges.get(j).quantity().doubleValue())
                        || !PlanCompiler.close(included(j, dx), charges.get(j).includedQuantity().doubleValue())) {
                    return false;
                }
            }
            return true;
        }

        double quantity(int j, double[][] dx) {
            double q = pieces[0].quantity(j, dx[0]);
            for (int p = 1; p < pieces.length; p++) {
                q = Math.max(q, pieces[p].quantity(j, dx[p]));
            }
            return q;
        }

        double included(int j, double[][] dx) {
            double q = pieces[0].included(j, dx[0]);
            for (int p = 1; p < pieces.length; p++) {
                q = Math.max(q, pieces[p].included(j, dx[p]));
            }
            return q;
        }

        /** Whether charge {@code j} is the same whatever the scenario. */
        boolean constant(int j) {
            for (Piece p : pieces) {
                if (!p.constant(j) || p.quantity0[j] != pieces[0].quantity0[j]
                        || p.included0[j] != pieces[0].included0[j]) {
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
                boolean constant = constant(j);
                boolean moved = ref.ladder() >= 0 && movedLadder[ref.ladder()];
                for (int p : ref.allowancePool() == null ? new int[0] : ref.allowancePool()) {
                    moved |= movedPool[p];
                }
                if (constant && !moved) {
                    fixed.price(ref, Math.max(0, pieces[0].quantity0[j]), Math.max(0, pieces[0].included0[j]));
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
            return new MonthModel(other, signatures, pieces);
        }
    }

    /** A month's charges that do not move, priced, and the indices of those that do. */
    record Prepared(CompiledPrices.Month fixed, int[] moving) {}

    private final String architecture;
    private final MonthModel[] months;
    private final Prepared[] prepared;
    /** Per month and piece, the figures' offsets from the piece's point: reused from scenario to scenario. */
    private final double[][][] offsets;
    private final double[] fixedUsd;
    private final double[] fixedExactUsd;
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

    PricedPlan(Architecture arch, MonthModel[] months, double[] fixedUsd, double[] fixedExactUsd,
            boolean[] creditsUsable, double credits,
            List<Variable> variables, CompiledPrices prices,
            java.util.function.Function<Integer, java.util.Set<dev.cloudplan.core.catalog.FreeTierRegime>> regimes,
            Estimator estimator, Scenario scenario) {
        this.architecture = arch.name();
        this.arch = arch;
        this.months = months;
        this.prepared = new Prepared[months.length];
        this.offsets = new double[months.length][][];
        for (int m = 0; m < months.length; m++) {
            offsets[m] = months[m] == null ? null : new double[months[m].pieces.length][variables.size()];
        }
        for (int m = 0; m < months.length; m++) {
            prepared[m] = months[m] == null ? null : months[m].prepare(prices);
        }
        this.fixedUsd = fixedUsd;
        this.fixedExactUsd = fixedExactUsd;
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

    /** Months among the first {@code upTo} whose charges come from the quantity model. */
    int modelledMonths(int upTo) {
        int n = 0;
        for (int m = 0; m < upTo; m++) {
            n += months[m] == null ? 0 : 1;
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
     * {@code monthUsd}, its workload read from {@code workload} only for a month the model does not capture; false
     * when a price is missing in some month (the figures are then lower bounds).
     */
    boolean evaluate(double[][] figures, java.util.function.Supplier<List<WorkloadMonth>> workload,
            double[] monthUsd) {
        return evaluate(figures, workload, monthUsd, null, null, months.length);
    }

    /**
     * As {@link #evaluate(double[][], java.util.function.Supplier, double[])} for the first {@code upTo} months only,
     * and, when {@code exactUsd} is given, each month's cost before the lines' rounding to the cent as a sweep compares
     * it (core.decision.Measure: credits that cover all AWS charges leave none of them), and whether each month is
     * complete into {@code monthComplete}.
     */
    boolean evaluate(double[][] figures, java.util.function.Supplier<List<WorkloadMonth>> workload,
            double[] monthUsd, double[] exactUsd, boolean[] monthComplete, int upTo) {
        boolean complete = true;
        double creditsLeft = credits;
        int components = arch.components().size();
        for (int m = 0; m < upTo; m++) {
            MonthModel model = months[m];
            if (model != null) {
                Prepared ready = prepared[m];
                state.start(ready.fixed());
                double[][] dx = offsets[m];
                for (int p = 0; p < dx.length; p++) {
                    model.pieces[p].offsets(figures[m], dx[p]);
                }
                for (int j : ready.moving()) {
                    double q = model.quantity(j, dx);
                    double inc = model.included(j, dx);
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
            if (exactUsd != null) {
                boolean covered = used > 0 && used >= state.aws;
                exactUsd[m] = state.statedExact + fixedExactUsd[m] + (covered ? 0 : state.awsExact - used);
                monthComplete[m] = !state.incomplete;
            }
            componentMonths += components;
        }
        return complete;
    }
}

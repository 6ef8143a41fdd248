package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.FixedCost;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compiles an architecture into a {@link PricedPlan}: for each month, the rules' charges at the median scenario,
 * then at one probe per moving figure (the slopes of an affine model of every quantity), then at the check points
 * (scenarios actually drawn, the ends of every range among them). A month is modelled only when every check point
 * has the same charges at the model's quantities (to 1e-9 of each); otherwise its charges are asked of the rules at
 * every scenario.
 */
final class PlanCompiler {
    private static final double TOLERANCE = 1e-9;
    /** Straight pieces a quantity may be the largest of before its month is left to the rules. */
    private static final int MAX_PIECES = 4;

    private PlanCompiler() {}

    static PricedPlan compile(Estimator estimator, PriceCatalog catalog, Scenario scenario, Architecture arch,
            List<Variable> variables, List<WorkloadMonth> median, List<List<WorkloadMonth>> checks,
            List<List<WorkloadMonth>> moreChecks) {
        return compile(estimator, catalog, scenario, arch, variables, median, checks, moreChecks,
                scenario.horizonMonths());
    }

    /** As above for the first {@code upTo} months only (a sweep of month 2 never prices the rest). */
    static PricedPlan compile(Estimator estimator, PriceCatalog catalog, Scenario scenario, Architecture arch,
            List<Variable> variables, List<WorkloadMonth> median, List<List<WorkloadMonth>> checks,
            List<List<WorkloadMonth>> moreChecks, int upTo) {
        CompiledPrices prices = new CompiledPrices(catalog, scenario.region());
        int horizon = scenario.horizonMonths();
        PricedPlan.MonthModel[] models = new PricedPlan.MonthModel[horizon];
        double[] fixed = new double[horizon];
        double[] fixedExact = new double[horizon];
        boolean[] usable = new boolean[horizon];
        for (int m = 1; m <= upTo; m++) {
            Set<FreeTierRegime> regimes = regimes(scenario, m);
            List<WorkloadMonth> checkMonths = new ArrayList<>();
            for (List<WorkloadMonth> c : checks) {
                checkMonths.add(c.get(m - 1));
            }
            int month = m;
            List<WorkloadMonth> moreMonths = new java.util.AbstractList<>() {
                @Override
                public WorkloadMonth get(int i) {
                    return moreChecks.get(i).get(month - 1);
                }

                @Override
                public int size() {
                    return moreChecks.size();
                }
            };
            PricedPlan.MonthModel before = m > 1 && repeats(median, checks, m) ? models[m - 2] : null;
            PricedPlan.MonthModel again = before == null ? null : again(estimator, prices, regimes, scenario, arch,
                    variables, before, median.get(m - 1), checkMonths);
            models[m - 1] = again != null ? again
                    : month(estimator, prices, regimes, scenario, arch, variables, median.get(m - 1), checkMonths,
                    moreMonths);
            for (FixedCost f : scenario.fixedCosts()) {
                if (f.dueIn(m)) {
                    fixed[m - 1] += f.amount().toCents().amount().doubleValue();
                    fixedExact[m - 1] += f.amount().amount().doubleValue();
                }
            }
            usable[m - 1] = scenario.account().creditsUsableIn(scenario.start().plusMonths(m - 1));
        }
        return new PricedPlan(arch, models, fixed, fixedExact, usable, scenario.account().credits().amount().doubleValue(),
                variables, prices, m -> regimes(scenario, m), estimator, scenario);
    }

    /** Whether month {@code m}'s figures are month m-1's at the median and at every check point. */
    private static boolean repeats(List<WorkloadMonth> median, List<List<WorkloadMonth>> checks, int m) {
        if (!sameFigures(median.get(m - 1), median.get(m - 2))) {
            return false;
        }
        for (List<WorkloadMonth> c : checks) {
            if (!sameFigures(c.get(m - 1), c.get(m - 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFigures(WorkloadMonth a, WorkloadMonth b) {
        return a.values().equals(b.values()) && a.peaks().equals(b.peaks()) && a.profile().equals(b.profile());
    }

    /**
     * A month with the figures of the month before reuses its quantity model when the rules give it the same charges
     * at the median and at the last check point as that model does (only the month's number could still change
     * them): two calls of the rules instead of one per probe and check. Null when it may not.
     */
    private static PricedPlan.MonthModel again(Estimator estimator, CompiledPrices prices, Set<FreeTierRegime> regimes,
            Scenario scenario, Architecture arch, List<Variable> variables, PricedPlan.MonthModel before,
            WorkloadMonth base, List<WorkloadMonth> checks) {
        List<Charge> c0 = charges(estimator, scenario, arch, base);
        if (!before.fits(c0, variables, base)) {
            return null;
        }
        if (!checks.isEmpty() && !before.fits(charges(estimator, scenario, arch, checks.get(checks.size() - 1)),
                variables, checks.get(checks.size() - 1))) {
            return null;
        }
        CompiledPrices.Ref[] refs = new CompiledPrices.Ref[c0.size()];
        for (int j = 0; j < refs.length; j++) {
            refs[j] = prices.resolve(c0.get(j), regimes);
        }
        return before.withRefs(refs);
    }

    private static Set<FreeTierRegime> regimes(Scenario scenario, int month) {
        return scenario.account().regimesIn(scenario.start().plusMonths(month - 1));
    }

    private static PricedPlan.MonthModel month(Estimator estimator, CompiledPrices prices, Set<FreeTierRegime> regimes,
            Scenario scenario, Architecture arch, List<Variable> variables, WorkloadMonth base,
            List<WorkloadMonth> checkPoints, List<WorkloadMonth> more) {
        List<WorkloadMonth> checks = new ArrayList<>(checkPoints);
        List<Charge> c0 = charges(estimator, scenario, arch, base);
        CompiledPrices.Signature[] signature = signatures(c0);
        List<List<Charge>> checkCharges = new ArrayList<>();
        for (WorkloadMonth check : checks) {
            List<Charge> cc = charges(estimator, scenario, arch, check);
            if (!java.util.Arrays.equals(signature, signatures(cc))) {
                return null;
            }
            checkCharges.add(cc);
        }
        PricedPlan.Piece first = piece(estimator, scenario, arch, variables, base, c0);
        if (first == null) {
            return null;
        }
        CompiledPrices.Ref[] refs = new CompiledPrices.Ref[c0.size()];
        for (int j = 0; j < refs.length; j++) {
            refs[j] = prices.resolve(c0.get(j), regimes);
        }
        List<PricedPlan.Piece> pieces = new ArrayList<>(List.of(first));
        while (true) {
            PricedPlan.MonthModel model = new PricedPlan.MonthModel(refs, signature,
                    pieces.toArray(PricedPlan.Piece[]::new));
            if (pieces.size() > 1 && checkCharges.size() == checks.size()) {
                // The largest of several pieces is held to more points than one straight piece: a kink between
                // the check points would otherwise pass unseen.
                for (WorkloadMonth extra : more) {
                    List<Charge> cc = charges(estimator, scenario, arch, extra);
                    if (!java.util.Arrays.equals(signature, signatures(cc))) {
                        return null;
                    }
                    checks.add(extra);
                    checkCharges.add(cc);
                }
            }
            int failing = -1;
            for (int c = 0; c < checks.size() && failing < 0; c++) {
                failing = model.fits(checkCharges.get(c), variables, checks.get(c)) ? -1 : c;
            }
            if (failing < 0) {
                return model;
            }
            // A quantity that is the larger of straight lines (a load balancer's capacity units: the busiest of its
            // dimensions; surplus CPU credits: 0 or the load above the baseline) takes a piece fitted where the
            // others fail; anything else is left to the rules.
            PricedPlan.Piece next = pieces.size() == MAX_PIECES ? null
                    : piece(estimator, scenario, arch, variables, checks.get(failing), checkCharges.get(failing));
            if (next == null) {
                return null;
            }
            pieces.add(next);
        }
    }

    /** The affine model of every charge's quantities around {@code at}, from one probe per moving figure. */
    private static PricedPlan.Piece piece(Estimator estimator, Scenario scenario, Architecture arch,
            List<Variable> variables, WorkloadMonth at, List<Charge> c0) {
        int n = c0.size();
        int k = variables.size();
        double[] x0 = new double[k];
        double[] q0 = new double[n];
        double[] i0 = new double[n];
        for (int j = 0; j < n; j++) {
            q0[j] = c0.get(j).quantity().doubleValue();
            i0[j] = c0.get(j).includedQuantity().doubleValue();
        }
        double[][] qs = new double[n][k];
        double[][] is = new double[n][k];
        for (int i = 0; i < k; i++) {
            Variable v = variables.get(i);
            x0[i] = v.of(at);
            // A probe away from the point in proportion to it (1 where it is 0): where the model holds any step
            // would do, and the check points say where it does not.
            BigDecimal step = x0[i] == 0 ? BigDecimal.ONE : BigDecimal.valueOf(Math.abs(x0[i]) / 4);
            BigDecimal probe = BigDecimal.valueOf(x0[i]).add(step);
            List<Charge> ci = charges(estimator, scenario, arch, v.with(at, probe));
            if (!sameCharges(c0, ci)) {
                return null;
            }
            double h = probe.doubleValue() - x0[i];
            for (int j = 0; j < n; j++) {
                qs[j][i] = (ci.get(j).quantity().doubleValue() - q0[j]) / h;
                is[j][i] = (ci.get(j).includedQuantity().doubleValue() - i0[j]) / h;
            }
        }
        return new PricedPlan.Piece(x0, q0, qs, i0, is);
    }

    private static List<Charge> charges(Estimator estimator, Scenario scenario, Architecture arch, WorkloadMonth w) {
        return estimator.monthCharges(scenario, arch, w).stream().map(Estimator.ComponentCharge::charge).toList();
    }

    static CompiledPrices.Signature[] signatures(List<Charge> charges) {
        return charges.stream().map(c -> CompiledPrices.Signature.of(c, Set.of())).toArray(CompiledPrices.Signature[]::new);
    }

    static boolean close(double model, double actual) {
        return Math.abs(model - actual) <= TOLERANCE * Math.max(1, Math.abs(actual));
    }

    /** The same charges in the same order, priced the same way (only the quantities may differ). */
    private static boolean sameCharges(List<Charge> a, List<Charge> b) {
        return java.util.Arrays.equals(signatures(a), signatures(b));
    }
}

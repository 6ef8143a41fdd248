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
import java.util.Objects;
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

    private PlanCompiler() {}

    static PricedPlan compile(Estimator estimator, PriceCatalog catalog, Scenario scenario, Architecture arch,
            List<Variable> variables, List<WorkloadMonth> median, List<List<WorkloadMonth>> checks) {
        CompiledPrices prices = new CompiledPrices(catalog, scenario.region());
        int horizon = scenario.horizonMonths();
        PricedPlan.MonthModel[] models = new PricedPlan.MonthModel[horizon];
        double[] fixed = new double[horizon];
        boolean[] usable = new boolean[horizon];
        for (int m = 1; m <= horizon; m++) {
            Set<FreeTierRegime> regimes = regimes(scenario, m);
            List<WorkloadMonth> checkMonths = new ArrayList<>();
            for (List<WorkloadMonth> c : checks) {
                checkMonths.add(c.get(m - 1));
            }
            models[m - 1] = month(estimator, prices, regimes, scenario, arch, variables, median.get(m - 1), checkMonths);
            for (FixedCost f : scenario.fixedCosts()) {
                if (f.dueIn(m)) {
                    fixed[m - 1] += f.amount().toCents().amount().doubleValue();
                }
            }
            usable[m - 1] = scenario.account().creditsUsableIn(scenario.start().plusMonths(m - 1));
        }
        return new PricedPlan(arch, models, fixed, usable, scenario.account().credits().amount().doubleValue(),
                variables, prices, m -> regimes(scenario, m), estimator, scenario);
    }

    private static Set<FreeTierRegime> regimes(Scenario scenario, int month) {
        return scenario.account().regimesIn(scenario.start().plusMonths(month - 1));
    }

    private static PricedPlan.MonthModel month(Estimator estimator, CompiledPrices prices, Set<FreeTierRegime> regimes,
            Scenario scenario, Architecture arch, List<Variable> variables, WorkloadMonth base,
            List<WorkloadMonth> checks) {
        List<Charge> c0 = charges(estimator, scenario, arch, base);
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
            x0[i] = v.of(base);
            // A probe away from the median in proportion to it (1 where it is 0): the model is affine, so any step
            // would do where it holds, and the check points say where it does not.
            BigDecimal step = x0[i] == 0 ? BigDecimal.ONE : BigDecimal.valueOf(Math.abs(x0[i]) / 4);
            BigDecimal probe = BigDecimal.valueOf(x0[i]).add(step);
            List<Charge> ci = charges(estimator, scenario, arch, v.with(base, probe));
            if (!sameCharges(c0, ci)) {
                return null;
            }
            double h = probe.doubleValue() - x0[i];
            for (int j = 0; j < n; j++) {
                qs[j][i] = (ci.get(j).quantity().doubleValue() - q0[j]) / h;
                is[j][i] = (ci.get(j).includedQuantity().doubleValue() - i0[j]) / h;
            }
        }
        for (WorkloadMonth check : checks) {
            List<Charge> cc = charges(estimator, scenario, arch, check);
            if (!sameCharges(c0, cc)) {
                return null;
            }
            for (int j = 0; j < n; j++) {
                double q = q0[j];
                double inc = i0[j];
                for (int i = 0; i < k; i++) {
                    double dx = variables.get(i).of(check) - x0[i];
                    q += qs[j][i] * dx;
                    inc += is[j][i] * dx;
                }
                if (!close(q, cc.get(j).quantity().doubleValue()) || !close(inc, cc.get(j).includedQuantity().doubleValue())) {
                    return null;
                }
            }
        }
        CompiledPrices.Ref[] refs = new CompiledPrices.Ref[n];
        for (int j = 0; j < n; j++) {
            refs[j] = prices.resolve(c0.get(j), regimes);
        }
        return new PricedPlan.MonthModel(refs, q0, qs, i0, is, x0);
    }

    private static List<Charge> charges(Estimator estimator, Scenario scenario, Architecture arch, WorkloadMonth w) {
        return estimator.monthCharges(scenario, arch, w).stream().map(Estimator.ComponentCharge::charge).toList();
    }

    private static boolean close(double model, double actual) {
        return Math.abs(model - actual) <= TOLERANCE * Math.max(1, Math.abs(actual));
    }

    /** The same charges in the same order, priced the same way (only the quantities may differ). */
    private static boolean sameCharges(List<Charge> a, List<Charge> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int j = 0; j < a.size(); j++) {
            CompiledPrices.Signature sa = CompiledPrices.Signature.of(a.get(j), Set.of());
            CompiledPrices.Signature sb = CompiledPrices.Signature.of(b.get(j), Set.of());
            if (!Objects.equals(sa, sb)) {
                return false;
            }
        }
        return true;
    }
}

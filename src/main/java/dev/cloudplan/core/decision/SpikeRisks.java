package dev.cloudplan.core.decision;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.util.ArrayList;
import java.util.List;

/** Prices a spike for every architecture already projected: the spike month again, and its components rechecked. */
public final class SpikeRisks {
    private SpikeRisks() {}

    /**
     * @param projections the scenario's architectures as projected without the spike, in {@code architectures}' order
     */
    public static List<SpikeRisk> assess(Estimator estimator, Scenario scenario, List<Architecture> architectures,
            List<Projection> projections, Spike spike) {
        int m = spike.month();
        // Priced to the spike month only: the months before it are the same, the months after it do not change it.
        Scenario spiked = new Scenario(scenario.name(), scenario.region(), m, scenario.start(), scenario.account(),
                spike.spiked(scenario.workload()), scenario.budget(), scenario.fixedCosts(), scenario.architectures(),
                scenario.assumptions(), scenario.currency());
        WorkloadMonth during = spike.duringSpike(scenario.workload().month(m));
        List<SpikeRisk> out = new ArrayList<>();
        for (int i = 0; i < architectures.size(); i++) {
            Architecture a = architectures.get(i);
            Projection base = projections.get(i);
            MonthCost without = base.months().get(m - 1);
            MonthCost with = estimator.estimate(spiked, a).months().get(m - 1);
            List<PlannedComponent> planned = base.capacity().isEmpty() ? List.of()
                    : base.capacity().get(m - 1).components();
            List<PlannedComponent> rechecked = planned.isEmpty() ? List.of()
                    : estimator.recheck(scenario, base.capacity().get(m - 1), during);
            out.add(SpikeRisk.of(a.name(), spike, without, with, planned, rechecked));
        }
        return out;
    }
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.limits.LambdaConcurrency;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and checks an architecture in one month: components with {@code auto} get the cheapest type and count that
 * carry the peak within their target utilisation (application servers first, since their number sets the database's
 * clients), then every component is checked against its limits at the busiest hour.
 */
public final class CapacityPlanner {
    private static final List<String> CLIENTS = List.of("ec2", "fargate", "lambda");
    private static final String BASELINE = "CPU baseline";

    private final CapacityData data;
    private final Sizer sizer;

    public CapacityPlanner(CapacityData data, CandidateCost cost) {
        this.data = data;
        this.sizer = new Sizer(data, cost);
    }

    public MonthPlan plan(Architecture architecture, WorkloadMonth w, Assumptions assumptions) {
        Map<String, PlannedComponent> planned = new LinkedHashMap<>();
        PeakLoad load = new PeakLoad(w, Phase.PEAK);
        BigDecimal clients = BigDecimal.ZERO;
        for (Component c : architecture.components()) {
            if (CLIENTS.contains(c.type())) {
                PlannedComponent p = plan(c, load, w, assumptions);
                planned.put(c.name(), p);
                clients = clients.add(clients(p, load));
            }
        }
        PeakLoad withClients = load.withClients(clients);
        for (Component c : architecture.components()) {
            if (!CLIENTS.contains(c.type())) {
                planned.put(c.name(), plan(c, withClients, w, assumptions));
            }
        }
        List<PlannedComponent> ordered = new ArrayList<>();
        architecture.components().forEach(c -> ordered.add(planned.get(c.name())));
        return new MonthPlan(w.month(), ordered, clients);
    }

    /**
     * The month's components as planned (auto ones keep the type and count chosen for the month: a short spike is
     * met by what runs, not by a resizing) checked again at another load, such as a spike day's.
     */
    public List<PlannedComponent> recheck(MonthPlan plan, WorkloadMonth w, Assumptions assumptions) {
        PeakLoad load = new PeakLoad(w, Phase.PEAK);
        BigDecimal clients = BigDecimal.ZERO;
        for (PlannedComponent p : plan.components()) {
            if (CLIENTS.contains(p.type())) {
                clients = clients.add(clients(p, load));
            }
        }
        List<PlannedComponent> out = new ArrayList<>();
        for (PlannedComponent p : plan.components()) {
            PeakLoad at = CLIENTS.contains(p.type()) ? load : load.withClients(clients);
            List<CapacityCheck> checks = data.empty() ? List.of() : checks(p.component(), p.type(), p.config(), at,
                    assumptions);
            out.add(new PlannedComponent(p.component(), p.type(), p.config(), checks, p.decision(),
                    p.surplusCreditVcpuHours()));
        }
        return out;
    }

    CapacityData data() {
        return data;
    }

    /** The cheapest configuration of {@code s} that carries {@code load} under {@code sizing} (a next step's). */
    Sizer.Choice choose(Component c, Sizable s, Sizing sizing, PeakLoad load, WorkloadMonth w) {
        return sizer.choose(c, s, sizing, load, w);
    }

    private BigDecimal clients(PlannedComponent p, PeakLoad load) {
        if (p.config() instanceof Sizable s) {
            return BigDecimal.valueOf(s.units());
        }
        BigDecimal c = LambdaConcurrency.concurrency(CapacityUnit.of(p.component(), p.type(), p.config(), load, data));
        return c == null ? BigDecimal.ZERO : c.setScale(0, RoundingMode.CEILING);
    }

    private PlannedComponent plan(Component c, PeakLoad load, WorkloadMonth w, Assumptions assumptions) {
        ComponentConfig config = c.config();
        String decision = null;
        if (config instanceof Sizable s && s.sizing().auto() && !data.empty()) {
            Sizer.Choice choice = sizer.choose(c, s, load, w);
            decision = choice.reason();
            if (choice.config() == null) {
                return new PlannedComponent(c.name(), c.type(), c.config(), List.of(), decision, BigDecimal.ZERO);
            }
            config = choice.config();
        }
        List<CapacityCheck> checks = data.empty() ? List.of() : checks(c.name(), c.type(), config, load, assumptions);
        return new PlannedComponent(c.name(), c.type(), config, checks, decision, surplusCredits(config, checks));
    }

    /** Every limit of the component's type, for a given configuration. */
    public List<CapacityCheck> checks(String name, String type, ComponentConfig config, PeakLoad load,
            Assumptions assumptions) {
        return CapacityUnit.of(name, type, config, load, data).checks(assumptions);
    }

    /**
     * vCPU-hours a month a burstable instance that bills surplus credits runs above its baseline: (the day's
     * average CPU - the baseline of the instances running) x 730 h.
     */
    private static BigDecimal surplusCredits(ComponentConfig config, List<CapacityCheck> checks) {
        if (!(config instanceof ServesRequests app) || !app.billsSurplusCredits()) {
            return BigDecimal.ZERO;
        }
        CapacityCheck k = baseline(checks);
        if (k == null) {
            return BigDecimal.ZERO;
        }
        // The check's capacity is already the baseline of the instances as they run (fewer off-peak).
        BigDecimal over = k.demand().subtract(k.capacity());
        return over.signum() <= 0 ? BigDecimal.ZERO
                : over.multiply(BillingConventions.HOURS_PER_MONTH).setScale(4, RoundingMode.HALF_UP);
    }

    private static CapacityCheck baseline(List<CapacityCheck> checks) {
        return checks.stream().filter(k -> k.resource().startsWith(BASELINE)).findFirst().orElse(null);
    }

    /** The formula of a surplus-credit quantity, for the line's explanation. */
    public static String surplusFormula(PlannedComponent p) {
        CapacityCheck k = baseline(p.checks());
        if (k == null) {
            return Decimals.plain(p.surplusCreditVcpuHours()) + " vCPU-hours";
        }
        return "(" + k.demandBasis() + " = " + Demand.n(k.demand()) + " vCPU - baseline " + Demand.n(k.capacity())
                + " vCPU) x 730 h (unlimited mode bills CPU above the baseline as surplus credits)";
    }
}

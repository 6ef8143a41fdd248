package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.limits.CapacityLimits;
import dev.cloudplan.core.capacity.limits.LambdaConcurrency;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.MathContext;
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

    private final CapacityData data;
    private final Sizer sizer;

    public CapacityPlanner(CapacityData data, CandidateCost cost) {
        this.data = data;
        this.sizer = new Sizer(data, cost);
    }

    public CapacityData data() {
        return data;
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

    private BigDecimal clients(PlannedComponent p, PeakLoad load) {
        if (p.config() instanceof Sizable s) {
            return BigDecimal.valueOf(s.units());
        }
        CapacityUnit u = new CapacityUnit(p.component(), p.type(), p.config(), null, 1, load, data, Sizing.DEFAULT_TARGET);
        BigDecimal c = LambdaConcurrency.concurrency(u);
        return c == null ? BigDecimal.ZERO : c.setScale(0, RoundingMode.CEILING);
    }

    private PlannedComponent plan(Component c, PeakLoad load, WorkloadMonth w, Assumptions assumptions) {
        ComponentConfig config = c.config();
        String decision = null;
        if (config instanceof Sizable s && s.sizing().auto() && !data.empty()) {
            Sizer.Choice choice = sizer.choose(c, s, load, w);
            config = choice.config();
            decision = choice.reason();
            if (choice.config() == null) {
                return new PlannedComponent(c.name(), c.type(), c.config(), List.of(), decision, BigDecimal.ZERO);
            }
        }
        List<CapacityCheck> checks = data.empty() ? List.of() : checks(c.name(), c.type(), config, load, assumptions);
        return new PlannedComponent(c.name(), c.type(), config, checks, decision, surplusCredits(config, checks));
    }

    /** Every limit of the component's type, for a given configuration. */
    public List<CapacityCheck> checks(String name, String type, ComponentConfig config, PeakLoad load,
            Assumptions assumptions) {
        CapacityUnit unit = unit(name, type, config, load);
        List<CapacityCheck> out = new ArrayList<>();
        CapacityLimits.forType(type).forEach(l -> out.addAll(l.check(unit, assumptions)));
        return out;
    }

    CapacityUnit unit(String name, String type, ComponentConfig config, PeakLoad load) {
        InstanceType spec = null;
        int units = 1;
        BigDecimal target = Sizing.DEFAULT_TARGET;
        if (config instanceof Sizable s) {
            units = s.units();
            target = s.sizing().targetUtilisation();
            if (s.service() != null && s.unitType() != null) {
                spec = data.specs().find(s.service(), s.unitType()).orElse(null);
            }
        }
        return new CapacityUnit(name, type, config, spec, units, load, data, target);
    }

    /**
     * vCPU-hours a month an unlimited-mode burstable instance runs above its baseline: (the day's average CPU - the
     * baseline of the instances running) x 730 h (EC2 bills them as surplus credits).
     */
    private static BigDecimal surplusCredits(ComponentConfig config, List<CapacityCheck> checks) {
        if (!(config instanceof dev.cloudplan.core.pricing.rules.Ec2Rule.Config ec2) || !ec2.unlimitedCredits()) {
            return BigDecimal.ZERO;
        }
        for (CapacityCheck k : checks) {
            if (k.resource().startsWith("CPU baseline")) {
                BigDecimal running = ec2.hoursEach().divide(BillingConventions.HOURS_PER_MONTH, MathContext.DECIMAL64);
                BigDecimal over = k.demand().subtract(k.capacity().multiply(running));
                return over.signum() <= 0 ? BigDecimal.ZERO
                        : over.multiply(BillingConventions.HOURS_PER_MONTH).setScale(4, RoundingMode.HALF_UP);
            }
        }
        return BigDecimal.ZERO;
    }

    /** The formula of a surplus-credit quantity, for the line's explanation. */
    public static String surplusFormula(PlannedComponent p) {
        for (CapacityCheck k : p.checks()) {
            if (k.resource().startsWith("CPU baseline")) {
                return "(" + k.demandBasis() + " = " + Demand.n(k.demand()) + " vCPU - baseline " + Demand.n(k.capacity())
                        + " vCPU) x 730 h (unlimited mode bills CPU above the baseline as surplus credits)";
            }
        }
        return Decimals.plain(p.surplusCreditVcpuHours()) + " vCPU-hours";
    }
}

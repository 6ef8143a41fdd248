package dev.cloudplan.core.projection;

import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.CandidateCost;
import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.RunsInstanceType;
import dev.cloudplan.core.catalog.MissingPriceException;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.pricing.MonthPricer;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.UnitMismatchException;
import dev.cloudplan.core.pricing.rules.MissingWorkloadException;
import dev.cloudplan.core.pricing.rules.Rules;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a candidate configuration costs a month in a scenario's region at list prices, without free tiers: what sizing compares. */
final class ListPrices implements CandidateCost {
    /** Rule types whose usage keys hold instance_vcpus: a rule builds its key map anew on each call. */
    private static final Map<String, Boolean> PER_VCPU = new java.util.concurrent.ConcurrentHashMap<>();

    private final PriceCatalog catalog;
    private final CapacityData capacity;
    private final Scenario scenario;

    ListPrices(PriceCatalog catalog, CapacityData capacity, Scenario scenario) {
        this.catalog = catalog;
        this.capacity = capacity;
        this.scenario = scenario;
    }

    @Override
    public BigDecimal monthly(Component component, ComponentConfig candidate, WorkloadMonth month) {
        return listPrice(component, candidate, month, false);
    }

    @Override
    public BigDecimal complete(Component component, ComponentConfig candidate, WorkloadMonth month) {
        return listPrice(component, candidate, month, true);
    }

    /** A candidate's month at list prices, without free tiers: null when its instance-hours are not priced. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private BigDecimal listPrice(Component component, ComponentConfig inAnyMonth, WorkloadMonth month,
            boolean complete) {
        PricingRule rule = Rules.forType(component.type()).orElseThrow();
        MonthPricer pricer = new MonthPricer(catalog, scenario.region(), Set.of());
        BigDecimal total = BigDecimal.ZERO;
        try {
            ComponentConfig candidate = (ComponentConfig) rule.inMonth(inAnyMonth, scenario.start().plusMonths(
                    month.month() - 1L), new Assumptions());
            Usage usage = rule.derive(candidate, month, new Assumptions());
            putVcpus(capacity, rule, candidate, usage);
            List<Charge> charges = rule.charges(candidate, usage, month.month());
            for (Charge charge : charges) {
                try {
                    for (LineItem line : pricer.price(component.name(), charge).lines()) {
                        total = total.add(line.cost().amount());
                    }
                } catch (MissingPriceException e) {
                    // The units themselves unpriced: no price to compare. Another charge unpriced is the same for all.
                    if (complete || charge == charges.get(0)) {
                        return null;
                    }
                }
            }
        } catch (MissingWorkloadException | IllegalArgumentException | UnitMismatchException e) {
            // A candidate the rule cannot price is no candidate; the estimate itself reports why.
            return null;
        }
        return total;
    }

    private static boolean billsPerVcpu(PricingRule<?> rule) {
        return PER_VCPU.computeIfAbsent(rule.type(), t -> rule.usageKeys().containsKey(PlannedComponent.INSTANCE_VCPUS));
    }

    /** For a rule billing per vCPU, the vCPUs of one instance of the configuration's type, when the specs know it. */
    static void putVcpus(CapacityData capacity, PricingRule<?> rule, ComponentConfig config, Usage usage) {
        if (billsPerVcpu(rule) && config instanceof RunsInstanceType s && s.unitType() != null) {
            capacity.specs().find(s.service(), s.unitType()).ifPresent(spec -> usage.put(PlannedComponent.INSTANCE_VCPUS,
                    BigDecimal.valueOf(spec.vcpu()), spec.vcpu() + " vCPU (" + s.unitType() + ", " + spec.source() + ")"));
        }
    }
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.limits.CapacityLimits;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One component as a capacity check sees it: its configuration (a chosen type and count when it was auto), the
 * specification of its type, the load, and the data the limits come from.
 *
 * @param spec  the instance type's specification; null when the component has no type or the type is not described
 * @param units instances, tasks or nodes at the busiest hour
 */
public record CapacityUnit(String component, String type, ComponentConfig config, InstanceType spec, int units,
        PeakLoad load, CapacityData data, BigDecimal target) {
    /** The unit for a configuration: its type's specification, its count and its target, when it has them. */
    public static CapacityUnit of(String component, String type, ComponentConfig config, PeakLoad load,
            CapacityData data) {
        if (!(config instanceof Sizable s)) {
            return new CapacityUnit(component, type, config, null, 1, load, data, Sizing.DEFAULT_TARGET);
        }
        InstanceType spec = s.service() == null || s.unitType() == null ? null
                : data.specs().find(s.service(), s.unitType()).orElse(null);
        return new CapacityUnit(component, type, config, spec, s.units(), load, data, s.sizing().targetUtilisation());
    }

    /** Every limit of the unit's component type, checked. */
    public List<CapacityCheck> checks(Assumptions assumptions) {
        List<CapacityCheck> out = new ArrayList<>();
        CapacityLimits.forType(type).forEach(l -> out.addAll(l.check(this, assumptions)));
        return out;
    }

    public CapacityCheck check(String resource, BigDecimal demand, BigDecimal fixed, BigDecimal capacity, String unit,
            String demandBasis, String capacityBasis, String source) {
        return new CapacityCheck(component, resource, demand, fixed, capacity, unit, target, demandBasis, capacityBasis,
                source);
    }
}

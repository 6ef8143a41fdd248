package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import java.math.BigDecimal;

/**
 * One component as a capacity check sees it: its configuration (a chosen type and count when it was auto), the
 * specification of its type, the load, and the data the limits come from.
 *
 * @param spec  the instance type's specification; null when the component has no type or the type is not described
 * @param units instances, tasks or nodes at the busiest hour
 */
public record CapacityUnit(String component, String type, ComponentConfig config, InstanceType spec, int units,
        PeakLoad load, CapacityData data, BigDecimal target) {
    public CapacityCheck check(String resource, BigDecimal demand, BigDecimal fixed, BigDecimal capacity, String unit,
            String demandBasis, String capacityBasis, String source) {
        return new CapacityCheck(component, resource, demand, fixed, capacity, unit, target, demandBasis, capacityBasis,
                source);
    }
}

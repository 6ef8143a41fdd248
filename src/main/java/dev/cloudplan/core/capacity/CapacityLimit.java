package dev.cloudplan.core.capacity;

import dev.cloudplan.core.usage.Assumptions;
import java.util.List;

/** One documented limit of one kind of component: what the load demands of it and what the component carries. */
public interface CapacityLimit {
    /** The component types this limit applies to. */
    boolean appliesTo(String componentType);

    /**
     * The checks for {@code unit}; empty when the workload lacks what the check needs (said in {@code assumptions},
     * never passed as a zero demand).
     */
    List<CapacityCheck> check(CapacityUnit unit, Assumptions assumptions);
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;

/** What one configuration of a component costs in a month at list prices; null when its units are not priced. */
@FunctionalInterface
public interface CandidateCost {
    BigDecimal monthly(Component component, ComponentConfig candidate, WorkloadMonth month);
}

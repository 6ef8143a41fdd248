package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;

/** What one configuration of a component costs in a month at list prices; null when its units are not priced. */
@FunctionalInterface
public interface CandidateCost {
    /** The month, or null when its units are unpriced; another unpriced charge is left out (the same for all sizes). */
    BigDecimal monthly(Component component, ComponentConfig candidate, WorkloadMonth month);

    /** The month only when every charge is priced: for comparing configurations whose other charges differ. */
    default BigDecimal complete(Component component, ComponentConfig candidate, WorkloadMonth month) {
        return monthly(component, candidate, month);
    }
}

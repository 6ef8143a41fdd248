package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;
import java.math.BigDecimal;
import java.util.List;

/**
 * One component in one month after capacity planning: the configuration priced (a chosen type and count when it was
 * auto), its capacity checks, why auto chose what it did, and the surplus CPU credits its load bills.
 *
 * @param decision null when nothing was auto
 */
public record PlannedComponent(String component, String type, ComponentConfig config, List<CapacityCheck> checks,
        String decision, BigDecimal surplusCreditVcpuHours) {
    public PlannedComponent {
        checks = List.copyOf(checks);
    }

    /** The check closest to its limit, or null when nothing was checked. */
    public CapacityCheck bottleneck() {
        CapacityCheck worst = null;
        for (CapacityCheck c : checks) {
            if (c.utilisation() != null && (worst == null || c.utilisation().compareTo(worst.utilisation()) > 0)) {
                worst = c;
            }
        }
        return worst;
    }
}

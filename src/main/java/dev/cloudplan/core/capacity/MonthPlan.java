package dev.cloudplan.core.capacity;

import java.util.List;
import java.util.Optional;

/**
 * An architecture's capacity in one month: every component planned and checked.
 *
 * @param clients database clients at the busiest hour (instances, tasks, Lambda executions)
 */
public record MonthPlan(int month, List<PlannedComponent> components, java.math.BigDecimal clients) {
    public MonthPlan {
        components = List.copyOf(components);
    }

    public List<CapacityCheck> checks() {
        return components.stream().flatMap(c -> c.checks().stream()).toList();
    }

    public Optional<PlannedComponent> component(String name) {
        return components.stream().filter(c -> c.component().equals(name)).findFirst();
    }

    public boolean anyOver() {
        return firstOver() != null;
    }

    /**
     * The first check over its limit, in the order of {@link #checks()}; null when none is. Loops, not checks()'s
     * stream: a ranking and a report ask this of every month of every architecture, many times.
     */
    public CapacityCheck firstOver() {
        for (PlannedComponent p : components) {
            for (CapacityCheck c : p.checks()) {
                if (c.over()) {
                    return c;
                }
            }
        }
        return null;
    }
}

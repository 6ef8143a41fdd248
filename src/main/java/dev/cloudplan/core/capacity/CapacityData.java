package dev.cloudplan.core.capacity;

import dev.cloudplan.core.catalog.InstanceTypes;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** What capacity checks read: instance specifications and the documented limits, both from data files. */
public record CapacityData(InstanceTypes specs, Map<String, Limit> limits) {
    public static final CapacityData NONE = new CapacityData(InstanceTypes.NONE, Map.of());

    public CapacityData {
        limits = Map.copyOf(limits);
    }

    public Limit limit(String key) {
        return Limit.in(limits, key);
    }

    public BigDecimal value(String key) {
        return limit(key).value();
    }

    public Optional<Limit> find(String key) {
        return Optional.ofNullable(limits.get(key));
    }

    public boolean empty() {
        return limits.isEmpty();
    }
}

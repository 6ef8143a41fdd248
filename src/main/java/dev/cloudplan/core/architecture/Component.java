package dev.cloudplan.core.architecture;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One priced thing of an architecture: a name, its type (the pricing rule's id), its configuration,
 * and usage values given explicitly in the spec, which replace derived ones.
 */
public record Component(String name, String type, ComponentConfig config, Map<String, BigDecimal> usageOverrides) {
    public Component {
        usageOverrides = Map.copyOf(usageOverrides);
    }
}

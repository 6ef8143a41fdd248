package dev.cloudplan.core.architecture;

import java.util.List;

/**
 * A named set of components: one candidate deployment, with the defaults that were applied to its
 * components when it was read (so a report can list them).
 */
public record Architecture(String name, String description, List<Component> components, List<String> defaultsApplied) {
    public Architecture {
        components = List.copyOf(components);
        defaultsApplied = List.copyOf(defaultsApplied);
    }

    public Architecture(String name, String description, List<Component> components) {
        this(name, description, components, List.of());
    }
}

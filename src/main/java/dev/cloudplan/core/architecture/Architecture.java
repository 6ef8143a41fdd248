package dev.cloudplan.core.architecture;

import java.util.List;

/** A named set of components: one candidate deployment. */
public record Architecture(String name, String description, List<Component> components) {
    public Architecture {
        components = List.copyOf(components);
    }
}

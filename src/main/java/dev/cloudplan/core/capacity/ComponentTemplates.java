package dev.cloudplan.core.capacity;

import java.util.Optional;

/** A component of a type with every setting at its default and its size on auto: what a next step would add. */
@FunctionalInterface
public interface ComponentTemplates {
    ComponentTemplates NONE = type -> Optional.empty();

    Optional<Sizable> autoSized(String componentType);
}

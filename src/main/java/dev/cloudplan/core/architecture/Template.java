package dev.cloudplan.core.architecture;

import java.util.List;
import java.util.Map;

/** A built-in architecture: named components with settings (in spec syntax) that a spec can override. */
public record Template(String name, String description, List<Part> components) {
    /** One component of a template. */
    public record Part(String name, String type, Map<String, String> settings) {
        public Part {
            settings = Map.copyOf(settings);
        }
    }

    public Template {
        components = List.copyOf(components);
    }
}

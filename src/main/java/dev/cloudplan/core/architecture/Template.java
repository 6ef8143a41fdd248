package dev.cloudplan.core.architecture;

import java.util.List;
import java.util.Map;

/**
 * A built-in architecture: named components with settings (in spec syntax) that a spec can override.
 *
 * @param glue which of the costs around the main services (CloudWatch logs, public IPv4, inter-AZ traffic, a NAT
 *             gateway) it includes, and why it leaves out the others, so templates compare fairly
 */
public record Template(String name, String description, List<Part> components, String glue) {
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

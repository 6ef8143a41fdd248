package dev.cloudplan.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What one run sees of the world: the clock, environment variables, the user's home and whether the
 * output is a terminal. Tests pass their own, so no test reads the developer's real catalogs.
 */
public record Environment(Clock clock, Map<String, String> variables, Path userHome, boolean terminal) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(Clock.systemDefaultZone(), System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null);
    }
}

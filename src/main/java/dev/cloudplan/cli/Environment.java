package dev.cloudplan.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What one run sees of the world: the clock, environment variables, the user's home, whether the output is a
 * terminal and the folder relative paths are read against. Tests pass their own, so no test reads the
 * developer's real catalogs; the background JVM passes its caller's, since its own folder is not the caller's.
 */
public record Environment(Clock clock, Map<String, String> variables, Path userHome, boolean terminal,
        Path workingDirectory) {
    public Environment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** A run in this JVM's own working folder. */
    public Environment(Clock clock, Map<String, String> variables, Path userHome, boolean terminal) {
        this(clock, variables, userHome, terminal, jvmDirectory());
    }

    public static Environment system() {
        return new Environment(Clock.systemDefaultZone(), System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null);
    }

    /**
     * {@code path} as this run must open it. A relative path is left as given when the run's folder is the JVM's
     * own (the JVM resolves it the same way, and messages then show it as the user typed it); otherwise it is
     * resolved against the run's folder, because the JVM's is someone else's.
     */
    public Path resolve(Path path) {
        if (path == null || path.isAbsolute() || workingDirectory.equals(jvmDirectory())) {
            return path;
        }
        return workingDirectory.resolve(path);
    }

    private static Path jvmDirectory() {
        return Path.of("").toAbsolutePath().normalize();
    }
}

package dev.cloudplan.cli.daemon;

import dev.cloudplan.cli.Environment;
import dev.cloudplan.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Entry point of the background JVM the launcher starts: {@code java -cp JAR dev.cloudplan.cli.daemon.DaemonMain
 * STATE_DIR JAR JAVA [WARM_UP_SPEC]}. Its output goes to a log file; the user never sees it.
 */
public final class DaemonMain {
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
    /** Enough runs of the example for the JIT to compile what every run uses (measured: docs/benchmarks.md). */
    private static final int WARM_UP_RUNS = 6;

    private DaemonMain() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DaemonMain STATE_DIR JAR JAVA [WARM_UP_SPEC]");
            System.exit(2);
        }
        Path state = Path.of(args[0]).toAbsolutePath();
        // When this process began, not when main() did: a --stop-daemon run while the JVM was still booting (right
        // after the launcher started it) must count as newer than this JVM.
        long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        try (FileChannel lockFile = FileChannel.open(state.resolve("daemon.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lock(lockFile)) {
            if (lock == null) {
                System.err.println("cloudplan daemon: another one serves " + state + "; exiting");
                return;
            }
            if (args.length > 3) {
                warmUp(Path.of(args[3]), state);
            }
            if (stopAskedSince(state, started)) {
                System.err.println("cloudplan daemon: asked to stop while starting; exiting");
                return;
            }
            Server.Config config = new Server.Config(state, Path.of(args[1]), args[2],
                    idle(System.getenv("CLOUDPLAN_DAEMON_IDLE")));
            try (Server server = Server.start(config)) {
                System.err.println("cloudplan daemon: pid " + ProcessHandle.current().pid() + " on 127.0.0.1:"
                        + server.port());
                System.err.println("cloudplan daemon: exiting, " + server.serve());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("cloudplan daemon: " + e);
        }
        // Request threads are daemon threads, and none is running when serve() returns.
        System.exit(0);
    }

    /**
     * One background JVM per state folder. One that was just stopped (asked, or its jar changed) may hold the
     * lock for a moment, so a successor waits a little; not long, since every run made while a background JVM
     * warms up starts one (the launcher cannot tell), and each must cost little.
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        for (int i = 0; i < 20; i++) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return null;
    }

    /** Whether {@code ./cloudplan --stop-daemon} ran after this JVM started (its marker is newer than the start). */
    static boolean stopAskedSince(Path state, long startedMillis) {
        try {
            Path marker = state.resolve("daemon.stop");
            return Files.exists(marker) && Files.getLastModifiedTime(marker).toMillis() >= startedMillis;
        } catch (IOException e) {
            return false;
        }
    }

    static Duration idle(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_IDLE;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(seconds.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    /**
     * Runs the bundled example before the port is published, so that the first run sent here is already fast.
     * It reads only the jar's catalog and writes nothing.
     */
    private static void warmUp(Path spec, Path state) {
        if (!Files.isRegularFile(spec)) {
            return;
        }
        Environment env = new Environment(Clock.systemDefaultZone(), Map.of(), state.resolve("no-home"), false);
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            Main.run(new String[] {"compare", spec.toString(), "--catalog", "bundled"}, none, none, env);
        }
    }
}

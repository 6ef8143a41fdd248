package dev.cloudplan.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ./cloudplan launcher, twice: the first run is made in-process and starts a background JVM, the next
 * goes to it with the same output, and the background JVM exits when idle. In a copy of the checkout whose
 * jar holds only a manifest pointing at the test class path, because tests run before the real jar is packaged.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    Path checkout;

    /** What one launcher run printed and returned. */
    record Run(int code, String out, String err) {}

    @AfterEach
    void stopTheBackgroundJvm() throws Exception {
        if (checkout != null && Files.exists(checkout.resolve("target").resolve(PortFile.NAME))) {
            launch(checkout, Map.of(), "--stop-daemon");
        }
    }

    @Test
    void firstRunInProcess_startsABackgroundJvm_thatAnswersTheNextRunAlike_andExitsWhenIdle() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isDirectory(Path.of("/proc/self/fd")));
        checkout = checkout();
        Path examples = checkout.resolve("examples");
        Path portFile = checkout.resolve("target").resolve(PortFile.NAME);

        Run first = launch(examples, Map.of(), "compare", "learning-app.yaml");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Comparison: Learning app");
        long pid = awaitPortFile(portFile);
        // The first run's pipes reached their end while the background JVM it started was alive: it holds none.
        assertThat(ProcessHandle.of(pid)).isPresent();

        // JVM options a JVM would refuse: only a run that went to the background JVM can succeed.
        Map<String, String> noJvmHere = Map.of("CLOUDPLAN_JAVA_OPTS", "-XX:+NoSuchOptionAnywhere");
        assertThat(launch(examples, noJvmHere, "compare", "learning-app.yaml")).isEqualTo(first);
        Run bad = launch(examples, noJvmHere, "compare", "nope.yaml");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad).isEqualTo(launch(examples, Map.of("CLOUDPLAN_DAEMON", "0"), "compare", "nope.yaml"));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("exited when idle").isFalse();
        assertThat(portFile).doesNotExist();
    }

    /** The launcher and the example, and a jar whose manifest names the test JVM's class path. */
    private Path checkout() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("checkout"));
        Files.createDirectories(dir.resolve("examples"));
        Files.createDirectories(dir.resolve("target"));
        Files.copy(Path.of("examples", "learning-app.yaml"), dir.resolve("examples").resolve("learning-app.yaml"));
        Path launcher = Files.copy(Path.of("cloudplan"), dir.resolve("cloudplan"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.cloudplan.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(dir.resolve("target").resolve("cloudplan.jar"));
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return dir;
    }

    private Run launch(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("cloudplan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDPLAN_"));
        pb.environment().putAll(Map.of("CLOUDPLAN_HOME", tmp.resolve("home").toString(), "CLOUDPLAN_DAEMON_IDLE", "3",
                "CLOUDPLAN_CDS", "0", "TMPDIR", Files.createDirectories(tmp.resolve("t")).toString()));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        // To the end of both pipes: no process the launcher started still holds them.
        return new Run(p.exitValue(), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS));
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        });
    }

    private static long awaitPortFile(Path portFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 4) {
                    return Long.parseLong(lines.get(3));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no background JVM published " + portFile + " within 90 s; its log: "
                + readIfThere(portFile.resolveSibling("daemon.log")));
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "(none)";
    }
}

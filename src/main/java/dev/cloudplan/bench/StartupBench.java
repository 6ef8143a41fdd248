package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan bench startup}: the whole {@code ./cloudplan compare} process against a trivial Java program. */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = {"Measure start-up: './cloudplan compare SPEC' as a whole process, against 'java",
                "-cp DIR Hello' (the cost of any JVM start on this machine). Compiles Hello,",
                "enlarges the bundled catalog to the size it is growing to (EC2 and RDS across",
                "24 regions, imported into a temporary --catalog-dir), then runs every command",
                "--runs times, interleaved (one of each in turn, so load from other processes",
                "hits all alike), and prints medians and the ratio to Hello. Goal: at most 3x",
                "Hello. Rows: the launcher answered by its warm background JVM; in-process",
                "(CLOUDPLAN_DAEMON=0, the path without one); and the first run, when no",
                "background JVM runs (stopped before, and waited for after, untimed).",
                "--levers adds the in-process launcher with its start-up levers turned off one",
                "by one (CLOUDPLAN_CDS=0, CLOUDPLAN_JAVA_OPTS)."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench startup", "  cloudplan bench startup --runs 40 --levers"})
public final class StartupBench implements Callable<Integer> {
    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--runs", defaultValue = "20", description = "runs of each command (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--spec", description = "the spec to compare (default: examples/learning-app.yaml of this project)")
    Path spec;

    @Option(names = "--levers", description = "also time the launcher with each start-up lever turned off")
    boolean levers;

    /** When a row wants the background JVM: running (warm), not running (the first run), or off. */
    private enum Daemon { WARM, COLD, OFF }

    /** One command to time: a label, the command line, the environment it adds and the background JVM it wants. */
    private record Run(String label, List<String> argv, Map<String, String> env, Daemon daemon) {
        Run(String label, List<String> argv, Map<String, String> env) {
            this(label, argv, env, Daemon.OFF);
        }

        /** The launcher: off means CLOUDPLAN_DAEMON=0, with the row's own variables. */
        static Run launcher(String label, List<String> argv, Daemon daemon, Map<String, String> env) {
            Map<String, String> all = new LinkedHashMap<>(env);
            if (daemon == Daemon.OFF) {
                all.put("CLOUDPLAN_DAEMON", "0");
            }
            return new Run(label, argv, all, daemon);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        Path project = project();
        Path launcher = project.resolve("cloudplan");
        if (!Files.isExecutable(launcher)) {
            out.println("bench startup times the ./cloudplan launcher, which is not at " + launcher
                    + "; run it from the project's folder (./cloudplan bench startup)");
            return 2;
        }
        Path specFile = spec != null ? spec : project.resolve("examples/learning-app.yaml");
        Path work = Files.createTempDirectory("cloudplan-startup-");
        try {
            Path hello = compileHello(work.resolve("hello"));
            Path catalogs = work.resolve("catalogs");
            Files.createDirectories(catalogs.resolve("large"));
            LargeCatalog.Written large = LargeCatalog.write(catalogs.resolve("large"));
            out.printf("Large catalog: %d prices (AmazonEC2 %d, AmazonRDS %d), %d instance types, in %s%n", large.prices(),
                    large.ec2Prices(), large.rdsPrices(), large.instanceTypes(), catalogs);
            List<String> compare = List.of(launcher.toString(), "compare", specFile.toString());
            List<String> compareLarge = new ArrayList<>(compare);
            compareLarge.addAll(List.of("--catalog-dir", catalogs.toString(), "--catalog", "large"));
            List<Run> commands = new ArrayList<>();
            commands.add(new Run("java -cp DIR Hello", List.of("java", "-cp", hello.toString(), "Hello"), Map.of()));
            commands.add(Run.launcher("./cloudplan compare SPEC, background JVM (bundled catalog)", compare, Daemon.WARM,
                    Map.of()));
            commands.add(Run.launcher("./cloudplan compare SPEC, background JVM (large catalog)", compareLarge,
                    Daemon.WARM, Map.of()));
            commands.add(Run.launcher("  in-process, CLOUDPLAN_DAEMON=0 (bundled catalog)", compare, Daemon.OFF, Map.of()));
            commands.add(Run.launcher("  in-process, CLOUDPLAN_DAEMON=0 (large catalog)", compareLarge, Daemon.OFF,
                    Map.of()));
            // In a copy of the checkout, whose background JVM is stopped before each of its runs: this one's stays
            // warm, as it would between a user's runs.
            Path cold = coldCheckout(work.resolve("cold"), project);
            commands.add(Run.launcher("  first run, no background JVM yet (bundled catalog)",
                    List.of(cold.resolve("cloudplan").toString(), "compare", specFile.toString()), Daemon.COLD, Map.of()));
            if (levers) {
                commands.add(Run.launcher("  large, in-process, no CDS archive (CLOUDPLAN_CDS=0)", compareLarge,
                        Daemon.OFF, Map.of("CLOUDPLAN_CDS", "0")));
                commands.add(Run.launcher("  large, in-process, CDS but default JIT and GC (CLOUDPLAN_JAVA_OPTS=)",
                        compareLarge, Daemon.OFF, Map.of("CLOUDPLAN_JAVA_OPTS", "")));
                commands.add(Run.launcher("  large, in-process, neither (plain java -jar)", compareLarge, Daemon.OFF,
                        Map.of("CLOUDPLAN_CDS", "0", "CLOUDPLAN_JAVA_OPTS", "")));
                commands.add(Run.launcher("./cloudplan --help, background JVM", List.of(launcher.toString(), "--help"),
                        Daemon.WARM, Map.of()));
            }
            // Warm-up: the page cache, the launcher's first-run CDS archive, and a background JVM for the warm rows.
            for (Run r : commands) {
                time(r, project);
            }
            Map<Run, double[]> times = new LinkedHashMap<>();
            commands.forEach(r -> times.put(r, new double[runs]));
            for (int i = 0; i < runs; i++) {
                for (Run r : commands) {
                    times.get(r)[i] = time(r, project);
                }
            }
            double hello0 = median(times.get(commands.get(0)));
            out.println();
            out.printf("| command (%d runs each, interleaved) | median ms | min ms | x Hello |%n", runs);
            out.println("|---|---:|---:|---:|");
            times.forEach((r, t) -> out.printf("| %s | %.0f | %.0f | %.2f |%n", r.label(), median(t) * 1000,
                    Arrays.stream(t).min().orElse(0) * 1000, median(t) / hello0));
            double worst = Math.max(median(times.get(commands.get(1))), median(times.get(commands.get(2)))) / hello0;
            out.printf("%nStart-up goal (compare at most 3x Hello): %s with a warm background JVM, %.2fx with the large"
                    + " catalog; in-process %.2fx; a first run %.2fx.%n", worst <= 3 ? "met" : "NOT met",
                    median(times.get(commands.get(2))) / hello0, median(times.get(commands.get(3))) / hello0,
                    median(times.get(commands.get(5))) / hello0);
            out.println("Machine: " + Machine.describe());
            return 0;
        } finally {
            Path cold = work.resolve("cold").resolve("cloudplan");
            if (Files.exists(cold)) {
                run(List.of(cold.toString(), "--stop-daemon"), Map.of(), project);
            }
            CatalogStore.deleteTree(work);
        }
    }

    /** The launcher, the jar and the bundled example, copied: a checkout with a background JVM of its own. */
    private static Path coldCheckout(Path dir, Path project) throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.createDirectories(dir.resolve("examples"));
        Files.copy(project.resolve("cloudplan"), dir.resolve("cloudplan"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(project.resolve("target").resolve("cloudplan.jar"), dir.resolve("target").resolve("cloudplan.jar"));
        Files.copy(project.resolve("examples").resolve("learning-app.yaml"),
                dir.resolve("examples").resolve("learning-app.yaml"));
        return dir;
    }

    /** The project folder: the jar is target/cloudplan.jar in it. */
    private static Path project() {
        try {
            Path jar = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toAbsolutePath().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes and compiles a Hello that prints one line, the trivial program start-up is compared with. */
    private static Path compileHello(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello {\n    public static void main(String[] args) {\n"
                + "        System.out.println(\"Hello\");\n    }\n}\n", StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac != null ? javac.run(null, null, null, "-d", dir.toString(), source.toString())
                : new ProcessBuilder("javac", "-d", dir.toString(), source.toString()).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IOException("could not compile " + source + " (is this a JDK, with javac?)");
        }
        return dir;
    }

    /**
     * Seconds one run takes, start to exit; output is discarded, a failure stops the benchmark. Untimed: the
     * background JVM is made to be as the row wants it before, and after a first run, which starts one, the
     * benchmark waits for it to be ready, so that its warm-up does not load the runs that follow.
     */
    private static double time(Run r, Path project) throws IOException, InterruptedException {
        Path portFile = Path.of(r.argv().get(0)).resolveSibling("target").resolve("daemon.port");
        if (r.daemon() == Daemon.COLD && Files.exists(portFile)) {
            run(List.of(r.argv().get(0), "--stop-daemon"), Map.of(), project);
        }
        if (r.daemon() == Daemon.WARM) {
            awaitBackgroundJvm(portFile, r, project);
        }
        long t0 = System.nanoTime();
        int code = run(r.argv(), r.env(), project);
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0 && code != 3 && code != 4) {
            throw new IOException(String.join(" ", r.argv()) + " exited with " + code);
        }
        if (r.daemon() == Daemon.COLD) {
            awaitBackgroundJvm(portFile, r, project);
        }
        return s;
    }

    /** Starts a background JVM with an untimed run if none is running, and waits until it is ready. */
    private static void awaitBackgroundJvm(Path portFile, Run r, Path project) throws IOException, InterruptedException {
        if (!Files.exists(portFile)) {
            run(r.argv(), Map.of(), project);
        }
        for (int i = 0; i < 1200 && !Files.exists(portFile); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(portFile)) {
            throw new IOException("no background JVM became ready in 60 s; see " + portFile.resolveSibling("daemon.log"));
        }
    }

    private static int run(List<String> argv, Map<String, String> env, Path project) throws IOException,
            InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(project.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

}

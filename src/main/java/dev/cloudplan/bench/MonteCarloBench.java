package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.cli.MonteCarloRuns;
import dev.cloudplan.core.montecarlo.MonteCarlo;
import dev.cloudplan.core.montecarlo.MonteCarloResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan bench montecarlo}: wall time of a 10,000-scenario Monte Carlo of examples/dashboard.yaml. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = {"Time a Monte Carlo of a spec in process, after start-up (the catalog loaded and",
                "the spec parsed once, as a run pays before it starts drawing): draws, compiling the",
                "plans, pricing every scenario on them, and the exact re-pricing of the reported",
                "scenarios, each shown; the median of --runs runs after --warmup runs."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench montecarlo",
                "  cloudplan bench montecarlo --simulations 100000 --runs 3"})
public final class MonteCarloBench implements Callable<Integer> {
    static final List<String> RANGES = List.of("requests=2M..6M", "egress=50GB..200GB", "database.stored=2GB..20GB");

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--spec", defaultValue = "examples/dashboard.yaml", description = "the spec (default: ${DEFAULT-VALUE})")
    Path spec;

    @Option(names = "--range", description = "ranges drawn (default: " + "requests=2M..6M, egress=50GB..200GB,"
            + " database.stored=2GB..20GB)")
    List<String> ranges = RANGES;

    @Option(names = "--simulations", defaultValue = "10000", description = "scenarios (default: ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "runs before timing (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        LoadedCatalog catalog = CatalogLoader.bundled();
        LocalDate today = LocalDate.of(2026, 12, 1);
        double[][] t = new double[runs][];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = -warmup; r < runs; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            MonteCarlo mc = MonteCarloRuns.prepare(catalog, spec, ranges, today);
            MonteCarloResult result = mc.run(simulations, MonteCarlo.DEFAULT_SEED);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            MonteCarloResult.Timing tm = result.timing();
            if (r >= 0) {
                t[r] = new double[] {wall, tm.drawSeconds(), tm.compileSeconds(), tm.evaluateSeconds(),
                    tm.exactSeconds(), tm.componentMonths(), result.outcomes().stream()
                        .mapToInt(MonteCarloResult.Outcome::modelledMonths).sum(), cpu};
            }
        }
        java.util.Arrays.sort(t, java.util.Comparator.comparingDouble(x -> x[0]));
        double[] m = t[runs / 2];
        out.printf("Monte Carlo of %s, %,d scenarios, ranges %s, seed %d%n", spec, simulations, String.join(", ", ranges),
                MonteCarlo.DEFAULT_SEED);
        out.println("| wall s | CPU s (this thread) | draws + check workloads s | compile s | price scenarios s | exact re-pricing s |"
                + " component-months | component-months/s (pricing) | modelled months |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.printf("| %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %,.0f | %,.0f | %.0f |%n", m[0], m[7], m[1], m[2], m[3],
                m[4], m[5], m[5] / m[3], m[6]);
        out.println("The run with the median wall time of " + runs + ", in process after " + warmup + " warm-up runs"
                + " (class loading and the JIT, paid once by a start-up); wall time includes reading the spec at its"
                + " medians and every step above.");
        out.println("Load average at the end: " + String.format(java.util.Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " (the run is one thread: on an idle core its wall time is its CPU time).");
        out.println("Machine: " + Machine.describe() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        return 0;
    }
}

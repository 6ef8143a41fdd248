package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.cli.SweepRuns;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Pricer;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.montecarlo.SweepPlan;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code cloudplan bench sweep}: a sweep with its crossings located on the compiled plan against the same sweep
 * located at the grid points only (the exact engine throughout), side by side in one run, and the scan's pricing rate
 * on the compiled plan against the exact engine's on the same values.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Time 'cloudplan sweep' in process two ways, side by side: crossings located on",
                "the compiled plan (" + BreakEven.SCAN_POINTS + " values) then solved exactly, and located at the",
                "grid points only (the path before the compiled plan). Then the scan alone:",
                "component-months priced per second by the compiled plan and by the exact",
                "engine (every --exact-every'th value of the scan), with their ratio. Wall and",
                "CPU time of this thread (the machine may be shared); median of --runs runs."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench sweep",
                "  cloudplan bench sweep --case examples/dashboard.yaml=requests=100K..100M --runs 5"})
public final class SweepBench implements Callable<Integer> {
    static final List<String> CASES = List.of("examples/learning-app.yaml=requests=1M..1B",
            "examples/dashboard.yaml=requests=100K..100M");

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--case", paramLabel = "SPEC=DRIVER=FROM..TO", description = "a spec and its --vary (default:"
            + " examples/learning-app.yaml=requests=1M..1B and examples/dashboard.yaml=requests=100K..100M)")
    List<String> cases = CASES;

    @Option(names = "--steps", defaultValue = "20", description = "grid points, log-spaced (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "runs before timing (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--exact-every", defaultValue = "16", description = "the exact engine prices every N'th value of"
            + " the scan for its rate (default: ${DEFAULT-VALUE})")
    int exactEvery;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        LoadedCatalog catalog = CatalogLoader.bundled();
        List<String> paths = new ArrayList<>();
        List<String> scans = new ArrayList<>();
        for (String c : cases) {
            int eq = c.indexOf('=');
            Path spec = Path.of(c.substring(0, eq));
            String vary = c.substring(eq + 1);
            double[][] t = new double[runs][];
            for (int r = -warmup; r < runs; r++) {
                SweepRuns.Prepared p = SweepRuns.prepare(catalog, spec, vary, steps, true, LocalDate.of(2026, 12, 1));
                double[] row = time(p);
                if (r >= 0) {
                    t[r] = row;
                }
            }
            java.util.Arrays.sort(t, java.util.Comparator.comparingDouble(x -> x[0]));
            double[] m = t[runs / 2];
            String name = spec + " " + vary;
            paths.add(String.format(Locale.ROOT, "| %s | compiled scan, solved exactly | %.3f | %.3f | %.0f |", name,
                    m[0], m[1], m[2]));
            paths.add(String.format(Locale.ROOT, "| %s | grid points only, solved exactly | %.3f | %.3f | %.0f |", name,
                    m[3], m[4], m[5]));
            paths.add(String.format(Locale.ROOT, "| %s | ratio grid-only / compiled scan | %.2f | %.2f | |", name,
                    m[3] / m[0], m[4] / m[1]));
            scans.add(String.format(Locale.ROOT, "| %s | compiled plan | %,.0f | %.3f | %.3f | %,.0f | %,.0f | %,.0f |"
                    + " %.0f of %.0f |", name, m[6], m[7], m[8], m[9], m[9] / m[8], m[9] / (m[7] + m[8]), m[10], m[11]));
            scans.add(String.format(Locale.ROOT, "| %s | exact engine | %,.0f | | %.3f | %,.0f | %,.0f | | |", name,
                    m[12], m[13], m[14], m[14] / m[13]));
            scans.add(String.format(Locale.ROOT, "| %s | ratio compiled / exact (CPU) | | | | | %.0fx | | |", name,
                    (m[9] / m[8]) / (m[14] / m[13])));
        }
        out.println("Sweeps of " + steps + " log-spaced points (month 2), median of " + runs + " runs after " + warmup
                + " warm-up; in process, the catalog loaded once:");
        out.println("| sweep | crossings located | wall s | CPU s | crossings |");
        out.println("|---|---|---:|---:|---:|");
        paths.forEach(out::println);
        out.println();
        out.println("The scan alone (every architecture at each value; the compiled plan prices the months up to the"
                + " one compared, the exact engine the whole horizon):");
        out.println("| sweep | engine | values | compile s | price s (CPU) | component-months | component-months/s (CPU)"
                + " | incl. compile | modelled months |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        scans.forEach(out::println);
        out.println("Load average at the end: " + String.format(Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " (one thread: on an idle core its wall time is its CPU time).");
        out.println("Machine: " + Machine.describe() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        return 0;
    }

    /**
     * {new wall, new CPU, new crossings, old wall, old CPU, old crossings, scan values, compile CPU s, scan CPU s,
     * scan component-months, modelled months, months compiled, exact values, exact CPU s, exact component-months}.
     */
    private double[] time(SweepRuns.Prepared p) {
        double[] now = path(p.grid(), p.pricer(), p.resolution());
        double[] before = path(p.grid(), p.exactOnly(), p.resolution());
        long c0 = cpu();
        SweepPlan plan = p.plan();
        long c1 = cpu();
        List<BigDecimal> values = Grid.dense(p.grid(), p.resolution(), BreakEven.SCAN_POINTS);
        plan.costs(values);
        long c2 = cpu();
        List<BigDecimal> sample = new ArrayList<>();
        for (int i = 0; i < values.size(); i += exactEvery) {
            sample.add(values.get(i));
        }
        Pricer exact = p.exactOnly();
        long c3 = cpu();
        sample.forEach(exact::at);
        long c4 = cpu();
        return new double[] {now[0], now[1], now[2], before[0], before[1], before[2], values.size(), (c1 - c0) / 1e9,
            (c2 - c1) / 1e9, plan.componentMonths(), plan.modelledMonths(),
            (double) plan.monthsPriced() * p.architectures(), sample.size(), (c4 - c3) / 1e9,
            (double) sample.size() * p.components() * p.horizon()};
    }

    /** {wall s, CPU s, crossings} of the grid and its break-evens. */
    private double[] path(List<BigDecimal> grid, Pricer pricer, BigDecimal resolution) {
        long w0 = System.nanoTime();
        long c0 = cpu();
        Sweep sweep = Sweep.run(grid, pricer);
        List<BreakEven.Pair> pairs = BreakEven.find(sweep, pricer, resolution);
        return new double[] {(System.nanoTime() - w0) / 1e9, (cpu() - c0) / 1e9,
            pairs.stream().mapToInt(x -> x.crossings().size()).sum()};
    }

    private long cpu() {
        return threads.getCurrentThreadCpuTime();
    }
}

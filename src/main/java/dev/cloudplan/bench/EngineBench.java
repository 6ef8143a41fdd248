package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.cli.MonteCarloRuns;
import dev.cloudplan.core.montecarlo.MonteCarlo;
import dev.cloudplan.core.montecarlo.MonteCarloResult;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code cloudplan bench engine}: component-months priced per second by the compiled plans and by the exact engine,
 * side by side in one run, on the same scenarios.
 */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = {"Component-months priced per second: the compiled plans of a Monte Carlo",
                "(every scenario priced on them) and the exact BigDecimal engine (estimate) on",
                "the first --exact scenarios of the same run, with their ratio; wall and CPU",
                "time of this thread (the machine may be shared). After --warmup runs."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench engine",
                "  cloudplan bench engine --simulations 50000 --exact 50"})
public final class EngineBench implements Callable<Integer> {
    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--spec", defaultValue = "examples/dashboard.yaml", description = "the spec (default: ${DEFAULT-VALUE})")
    Path spec;

    @Option(names = "--simulations", defaultValue = "10000", description = "scenarios (default: ${DEFAULT-VALUE})")
    int simulations;

    @Option(names = "--exact", defaultValue = "20", description = "scenarios priced by the exact engine (default:"
            + " ${DEFAULT-VALUE})")
    int exact;

    @Option(names = "--warmup", defaultValue = "2", description = "runs before timing (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        LoadedCatalog catalog = CatalogLoader.bundled();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> ranges = MonteCarloBench.RANGES;
        double[] compiled = null;
        double[] exactRun = null;
        for (int r = 0; r <= warmup; r++) {
            MonteCarlo mc = MonteCarloRuns.prepare(catalog, spec, ranges, LocalDate.of(2026, 12, 1));
            MonteCarlo cpu = MonteCarloRuns.prepare(catalog, spec, ranges, LocalDate.of(2026, 12, 1))
                    .timedBy(threads::getCurrentThreadCpuTime);
            MonteCarloResult result = mc.run(simulations, MonteCarlo.DEFAULT_SEED);
            MonteCarloResult cpuResult = cpu.run(simulations, MonteCarlo.DEFAULT_SEED);
            double[] e = mc.exactRate(exact);
            double[] eCpu = cpu.exactRate(exact);
            compiled = new double[] {result.timing().evaluateSeconds(), result.timing().componentMonths(),
                cpuResult.timing().evaluateSeconds()};
            exactRun = new double[] {e[0], e[1], eCpu[0]};
        }
        double compiledRate = compiled[1] / compiled[0];
        double exactRate = exactRun[1] / exactRun[0];
        double compiledCpuRate = compiled[1] / compiled[2];
        double exactCpuRate = exactRun[1] / exactRun[2];
        out.printf("Engine on %s, ranges %s, %,d scenarios (compiled) and %,d (exact)%n", spec, String.join(", ", ranges),
                simulations, exact);
        out.println("| engine | component-months | wall s | CPU s | component-months/s (wall) | component-months/s (CPU) |");
        out.println("|---|---:|---:|---:|---:|---:|");
        out.printf("| compiled plan | %,.0f | %.3f | %.3f | %,.0f | %,.0f |%n", compiled[1], compiled[0], compiled[2],
                compiledRate, compiledCpuRate);
        out.printf("| exact (BigDecimal) | %,.0f | %.3f | %.3f | %,.0f | %,.0f |%n", exactRun[1], exactRun[0],
                exactRun[2], exactRate, exactCpuRate);
        out.printf("Ratio compiled / exact: %,.0fx (wall), %,.0fx (CPU).%n", compiledRate / exactRate,
                compiledCpuRate / exactCpuRate);
        out.println("A component-month is one component of one architecture priced for one month of one scenario."
                + " Load average at the end: " + String.format(java.util.Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".");
        out.println("Machine: " + Machine.describe() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        return 0;
    }
}

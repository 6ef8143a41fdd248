package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.report.Format;
import dev.cloudplan.report.SweepRenderer;
import dev.cloudplan.report.SweepReport;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** {@code cloudplan sweep}: every architecture's cost as one workload driver sweeps a range, and where they break even. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Price every architecture of the spec at each value of one workload",
                "driver, and solve where each pair costs the same (break-even), with which",
                "one is cheaper on each side. The driver takes the value in every month;",
                "figures derived from it (reads_per_request, per_upload, the peak) follow",
                "it; every other figure is as the spec states it."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan sweep examples/learning-app.yaml --vary requests=1M..1B --log",
                "  cloudplan sweep examples/learning-app.yaml --vary requests=10M..300M \\",
                "      --steps 30 --horizon",
                "  cloudplan sweep examples/llm-chat.yaml --vary users.concurrent=1K..10K \\",
                "      --format markdown",
                "  cloudplan sweep examples/learning-app.yaml --vary egress=100GB..10TB --log \\",
                "      --format json -o sweep.json",
                "  cloudplan sweep examples/learning-app.yaml --vary requests=1M..1B --log \\",
                "      --format html -o sweep.html",
                "",
                "Drivers: requests, request_size, database.reads, database.writes,",
                "  database.item_size, database.read_item_size, database.write_item_size,",
                "  database.stored, static_assets, static_requests, uploads, egress,",
                "  dns_queries, users.concurrent, users.active, users.total.",
                "Values are written as in the spec (1M, 500 GB, 2 KB, 3K); a rate or data",
                "  per month may leave out /month.",
                "Crossings are located on each architecture's compiled plan at 4,096",
                "  values of the range (512 for an architecture whose month it asks the",
                "  rules of), then solved on exact decimals (the line through the bracket,",
                "  bisection where a tier bends it) to 1 request, user or query, or to",
                "  0.001 KB or GB; every cost shown is priced exactly. Incomplete",
                "  architectures (a price missing) are marked",
                "  >= ... INCOMPLETE at every point and no break-even is solved from them.",
                "See docs/decisions.md; JSON: docs/json-output.md#sweep."})
class SweepCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML), e.g. examples/learning-app.yaml")
    Path specFile;

    @Option(names = "--vary", required = true, paramLabel = "DRIVER=FROM..TO",
            description = "the workload driver and its range, e.g. requests=1M..1B or users.concurrent=1K..10K")
    String vary;

    @Option(names = "--steps", paramLabel = "N", description = "points of the grid, 2 to 1,000 (default: 20)")
    Integer steps;

    @Option(names = "--log", description = "space the points evenly in their logarithm (FROM above 0), for ranges"
            + " over several decades")
    boolean log;

    @ArgGroup(exclusive = true)
    Which which = new Which();

    /** One month's cost or the horizon's, not both. */
    static final class Which {
        @Option(names = "--month", paramLabel = "M", description = "compare month M's cost (default: month 2, a steady"
                + " month without month 1's one-time payments; month 1 for a 1-month horizon)")
        Integer month;

        @Option(names = "--horizon", description = "compare the whole horizon's total instead of one month")
        boolean horizon;
    }

    @Mixin
    OutputOptions out;

    @Mixin
    CatalogOptions catalogOptions;

    private final Environment env;

    SweepCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        VaryOption range = VaryOption.parse("--vary", vary, false);
        int n = steps == null ? Grid.DEFAULT_STEPS : steps;
        if (n < Grid.MIN_STEPS || n > Grid.MAX_STEPS) {
            throw new UserError("--steps " + n + " is out of range", Main.BAD_INPUT, "give 2 to 1,000 points (default 20)");
        }
        if (log && range.from().signum() == 0) {
            throw new UserError("--log: a log-spaced range cannot start at 0 (" + vary + ")", Main.BAD_INPUT,
                    "start above 0, such as " + range.driver().specName() + "=1M..1B, or leave out --log");
        }
        LocalDate today = LocalDate.now(env.clock());
        LoadedCatalog[] loaded = new LoadedCatalog[1];
        Function<Map<Driver, BigDecimal>, Spec> reading = new SpecReader(
                region -> loaded[0] = loaded[0] != null ? loaded[0] : catalogOptions.load(env, region), today)
                .varying(specFile.toString(), env.resolve(specFile));
        Spec spec = reading.apply(Map.of());
        int horizon = spec.scenario().horizonMonths();
        Measure measure = measure(horizon);
        SweepReport report = run(spec, reading, loaded[0], range, log, n, measure, today);
        Output.write(SweepRenderer.render(report, out.format), out.output, env.resolve(out.output),
                command.commandLine().getOut(), out.force);
        if (out.output != null || out.format == Format.JSON || out.format == Format.CSV) {
            report.warnings().forEach(w -> command.commandLine().getErr().println("warning: " + w));
        }
        return Main.OK;
    }

    private Measure measure(int horizon) {
        if (which.horizon) {
            return Measure.HORIZON;
        }
        if (which.month == null) {
            return Measure.steadyMonth(horizon);
        }
        if (which.month < 1 || which.month > horizon) {
            throw new UserError("--month " + which.month + " is outside the spec's horizon of " + horizon + " months",
                    Main.BAD_INPUT, "give a month from 1 to " + horizon + ", or --horizon for the whole horizon's total");
        }
        return new Measure(which.month);
    }

    /** Prices the grid and solves every pair's break-even: shared with compare --break-even. */
    static SweepReport run(Spec spec, Function<Map<Driver, BigDecimal>, Spec> reading,
            LoadedCatalog catalog, VaryOption range, boolean log, int steps, Measure measure, LocalDate today) {
        List<BigDecimal> grid = log ? Grid.log(range.from(), range.to(), steps)
                : Grid.linear(range.from(), range.to(), steps);
        DriverPricing pricer = new DriverPricing(reading, catalog, range.driver(), measure);
        Sweep sweep = Sweep.run(grid, pricer);
        List<BreakEven.Pair> pairs = BreakEven.find(sweep, pricer, range.resolution());
        return new SweepReport(spec.scenario(), range.driver(), range.from(), range.to(), log, measure,
                catalog.prices().info(), today, sweep, pairs, range.resolution());
    }
}

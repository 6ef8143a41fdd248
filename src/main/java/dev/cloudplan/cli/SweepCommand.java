package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.report.Format;
import dev.cloudplan.report.GridRenderer;
import dev.cloudplan.report.GridReport;
import dev.cloudplan.report.SweepRenderer;
import dev.cloudplan.report.SweepReport;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * {@code cloudplan sweep}: every architecture's cost as one workload driver or component setting sweeps a range (or
 * two as a grid), and where they break even.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Price every architecture of the spec at each value of one workload",
                "driver or component setting (or of two, as a grid), and solve where each",
                "pair costs the same (break-even), with which one is cheaper on each",
                "side. A driver takes the value in every month;",
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
                "  cloudplan sweep examples/learning-app.yaml --vary app.count=1..10",
                "  cloudplan sweep examples/learning-app.yaml --vary functions.memory=128MB..3GB",
                "  cloudplan sweep examples/learning-app.yaml --vary db.storage=20GB..2TB --log",
                "  cloudplan sweep examples/learning-app.yaml --vary ec2-dynamodb/app.count=1..4",
                "  cloudplan sweep examples/learning-app.yaml --vary requests=1M..100M \\",
                "      --vary egress=100GB..10TB --steps 20x10 --log",
                "",
                "Drivers: requests, request_size, database.reads, database.writes,",
                "  database.item_size, database.read_item_size, database.write_item_size,",
                "  database.stored, static_assets, static_requests, uploads, egress,",
                "  dns_queries, users.concurrent, users.active, users.total.",
                "Values are written as in the spec (1M, 500 GB, 2 KB, 3K); a rate or data",
                "  per month may leave out /month.",
                "Settings: COMPONENT.SETTING changes that component in every architecture",
                "  holding one (the others stay flat, and the report names them);",
                "  ARCHITECTURE/COMPONENT.SETTING in that one only. Any numeric setting:",
                "  counts (whole numbers only: the points are rounded and kept once),",
                "  sizes, durations, percentages. Each point's value is checked by the spec",
                "  reader as if the file gave it. A driver's name wins over a setting's.",
                "Grid: --vary twice (x, then y; a driver or a setting each). --steps N for",
                "  both or NxM, default 20x10, at most 10,000 points; --log spaces both.",
                "  Shows each point's costs, the cheapest at each, and the break-evens",
                "  along x at each y.",
                "Crossings of a driver sweep are located on each architecture's compiled",
                "  plan at 4,096 values of the range (512 for an architecture whose month",
                "  it asks the rules of; a setting sweep on the grid), then solved on exact",
                "  decimals (the line through the bracket,",
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

    @Option(names = "--vary", required = true, paramLabel = "AXIS=FROM..TO",
            description = "what to vary and its range: a workload driver (requests=1M..1B, users.concurrent=1K..10K)"
                    + " or a component setting, COMPONENT.SETTING (app.count=1..10, functions.memory=128MB..3GB) or"
                    + " ARCHITECTURE/COMPONENT.SETTING for one architecture; twice for a grid (x, then y)")
    List<String> vary;

    @Option(names = "--steps", paramLabel = "N|NxM", description = {"points of the grid, 2 to 1,000 (default: 20);",
            "with two --vary: N for both or NxM (x, then y), at most 10,000 points (default: 20x10)"})
    String steps;

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
        if (vary.size() > 2) {
            throw new UserError("--vary is given " + vary.size() + " times", Main.BAD_INPUT,
                    "vary one driver or setting, or two as a grid (x, then y)");
        }
        // A driver is checked before the spec is read; a setting can only be resolved against it.
        List<VaryOption> drivers = vary.stream().filter(v -> !SweepAxes.isSetting(v))
                .map(v -> VaryOption.parse("--vary", v, false)).toList();
        int[] n = SweepAxes.steps(steps, vary.size());
        LocalDate today = LocalDate.now(env.clock());
        LoadedCatalog[] loaded = new LoadedCatalog[1];
        var both = new SpecReader(
                region -> loaded[0] = loaded[0] != null ? loaded[0] : catalogOptions.load(env, region), today)
                .varyingSettings(specFile.toString(), env.resolve(specFile));
        Function<Map<Driver, BigDecimal>, Spec> reading = m -> both.apply(m, List.of());
        Spec spec = reading.apply(Map.of());
        int horizon = spec.scenario().horizonMonths();
        Measure measure = measure(horizon);
        List<Varied> axes = new ArrayList<>();
        int d = 0;
        for (String v : vary) {
            axes.add(SweepAxes.isSetting(v) ? SweepAxes.setting(v, spec.scenario()) : drivers.get(d++));
        }
        for (int i = 0; i < axes.size(); i++) {
            if (log && axes.get(i).from().signum() == 0) {
                throw new UserError("--log: a log-spaced range cannot start at 0 (" + vary.get(i) + ")", Main.BAD_INPUT,
                        "start above 0, such as " + axes.get(i).axis().name() + "=1M..1B, or leave out --log");
            }
        }
        var priced = new SweepAxes.Reading(both, loaded[0], measure, today);
        if (axes.size() == 2) {
            SweepAxes.distinct(axes.get(0), axes.get(1));
            GridReport grid = SweepAxes.grid(spec.scenario(), priced, axes.get(0), axes.get(1), log, n);
            write(GridRenderer.render(grid, out.format), grid.warnings());
        } else {
            SweepReport report = axes.get(0) instanceof VaryOption range
                    ? run(spec, reading, loaded[0], range, log, n[0], measure, today)
                    : SweepAxes.one(spec.scenario(), priced, axes.get(0), log, n[0]);
            write(SweepRenderer.render(report, out.format), report.warnings());
        }
        return Main.OK;
    }

    private void write(String text, List<String> warnings) {
        Output.write(text, out.output, env.resolve(out.output), command.commandLine().getOut(), out.force);
        if (out.output != null || out.format == Format.JSON || out.format == Format.CSV) {
            warnings.forEach(w -> command.commandLine().getErr().println("warning: " + w));
        }
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

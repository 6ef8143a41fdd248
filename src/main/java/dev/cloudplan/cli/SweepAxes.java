package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Pricer;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.decision.SweepGrid;
import dev.cloudplan.core.decision.WholeCrossings;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.report.GridReport;
import dev.cloudplan.report.SweepReport;
import dev.cloudplan.spec.SettingValue;
import dev.cloudplan.spec.Spec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What {@code sweep} does beyond one workload driver: a component setting as the axis, and two axes as a grid
 * (docs/decisions.md#sweep-a-component-setting, #two-drivers-as-a-grid). One driver alone is
 * {@link SweepCommand#run}.
 */
final class SweepAxes {
    /** A grid's points along x and across y when --steps is not given: a table that still reads on a screen. */
    static final int[] GRID_DEFAULT_STEPS = {20, 10};

    private SweepAxes() {}

    /** The spec read with the drivers and settings the axes put at their values. */
    record Reading(BiFunction<Map<Driver, BigDecimal>, List<SettingValue>, Spec> spec, LoadedCatalog catalog,
            Measure measure, LocalDate today) {
        Spec at(List<Varied> axes, List<BigDecimal> values) {
            Map<Driver, BigDecimal> drivers = new HashMap<>();
            List<SettingValue> settings = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                axes.get(i).put(values.get(i), drivers, settings);
            }
            return spec.apply(drivers, settings);
        }
    }

    /** A --vary a driver's name takes first (a setting needs the spec to be resolved; see {@link #setting}). */
    static boolean isSetting(String text) {
        return SettingVary.names(text);
    }

    static Varied setting(String text, Scenario scenario) {
        return SettingVary.parse("--vary", text, scenario);
    }

    /** {@code --steps N} (both axes of a grid) or {@code NxM} (a grid's x and y), each 2 to 1,000; null: the default. */
    static int[] steps(String text, int axes) {
        if (text == null) {
            return axes == 1 ? new int[] {Grid.DEFAULT_STEPS} : GRID_DEFAULT_STEPS.clone();
        }
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        if (parts.length > 2 || (parts.length == 2 && axes == 1)) {
            throw new UserError("--steps " + text + ": " + (axes == 1 ? "NxM is for a grid of two --vary" : "give N or"
                    + " NxM"), Main.BAD_INPUT, axes == 1 ? "give one number, such as --steps 20, or add a second --vary"
                    : "such as --steps 20 (both) or --steps 20x10 (x, then y)");
        }
        int[] out = new int[axes];
        for (int i = 0; i < axes; i++) {
            String p = parts[Math.min(i, parts.length - 1)].trim();
            int n;
            try {
                n = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new UserError("--steps " + text + ": '" + p + "' is not a whole number", Main.BAD_INPUT,
                        axes == 1 ? "give 2 to 1,000 points (default 20)" : "such as --steps 20x10 (default)");
            }
            if (n < Grid.MIN_STEPS || n > Grid.MAX_STEPS) {
                throw new UserError("--steps " + n + " is out of range", Main.BAD_INPUT, "give 2 to 1,000 points"
                        + (axes == 1 ? " (default 20)" : " on each axis (default 20x10)"));
            }
            out[i] = n;
        }
        if (axes == 2 && (long) out[0] * out[1] > SweepGrid.MAX_POINTS) {
            throw new UserError("--steps " + out[0] + "x" + out[1] + " is " + String.format("%,d", (long) out[0] * out[1])
                    + " grid points, over the limit of " + String.format("%,d", SweepGrid.MAX_POINTS) + " (each point"
                    + " prices the whole spec)", Main.BAD_INPUT, "give fewer, such as --steps 100x100 or 20x10");
        }
        return out;
    }

    /** Two axes must differ: not the same driver, nor one setting of one architecture twice. */
    static void distinct(Varied x, Varied y) {
        Set<String> seen = new HashSet<>();
        List<SettingValue> xs = new ArrayList<>();
        List<SettingValue> ys = new ArrayList<>();
        x.put(x.from(), new HashMap<>(), xs);
        y.put(y.from(), new HashMap<>(), ys);
        xs.forEach(v -> seen.add(v.architecture() + "/" + v.component() + "." + v.setting()));
        String both = ys.stream().map(v -> v.architecture() + "/" + v.component() + "." + v.setting())
                .filter(seen::contains).findFirst().orElse(null);
        if (x.axis().name().equals(y.axis().name()) || both != null) {
            String what = both != null ? both : x.axis().name();
            throw new UserError("--vary " + what + " is given twice", Main.BAD_INPUT, "vary it once, or vary two"
                    + " different drivers or settings as a grid, such as --vary requests=1M..100M --vary"
                    + " egress=100GB..10TB");
        }
    }

    /** The points of one axis: log-spaced or even, and whole numbers once each for a count. */
    static List<BigDecimal> points(Varied a, boolean log, int steps) {
        List<BigDecimal> grid = log ? Grid.log(a.from(), a.to(), steps) : Grid.linear(a.from(), a.to(), steps);
        return a.axis().whole() ? Grid.whole(grid) : grid;
    }

    /**
     * Reads the spec at each axis's two ends (the other axis at its start) before any point is priced, so that a
     * value the spec reader refuses is named as it was given (TO, not the grid point before it).
     */
    static void checkEnds(Reading reading, List<Varied> axes) {
        for (int i = 0; i < axes.size(); i++) {
            for (BigDecimal end : List.of(axes.get(i).from(), axes.get(i).to())) {
                List<BigDecimal> values = new ArrayList<>(axes.stream().map(Varied::from).toList());
                values.set(i, end);
                int at = i;
                DriverPricing.read(() -> reading.at(axes, values), () -> axes.get(at).at(end));
            }
        }
    }

    /** One axis that is a component setting: priced and solved as a driver is. */
    static SweepReport one(Scenario scenario, Reading reading, Varied axis, boolean log, int steps) {
        List<Varied> axes = List.of(axis);
        checkEnds(reading, axes);
        DriverPricing pricer = new DriverPricing(v -> reading.at(axes, List.of(v)), axis::at, reading.catalog(),
                reading.measure());
        Sweep sweep = Sweep.run(points(axis, log, steps), pricer);
        List<BreakEven.Pair> pairs = solved(axis, sweep, pricer);
        return report(scenario, reading, axis, log, steps, sweep, pairs);
    }

    /** Two axes: along x at each y, with the break-evens along x. */
    static GridReport grid(Scenario scenario, Reading reading, Varied x, Varied y, boolean log, int[] steps) {
        List<Varied> axes = List.of(x, y);
        checkEnds(reading, axes);
        java.util.function.Function<BigDecimal, Pricer> along = yv -> new DriverPricing(
                xv -> reading.at(axes, List.of(xv, yv)), xv -> x.at(xv) + " and " + y.at(yv), reading.catalog(),
                reading.measure());
        SweepGrid grid = SweepGrid.run(points(x, log, steps[0]), points(y, log, steps[1]), along, x.resolution());
        List<GridReport.Row> rows = grid.rows().stream().map(r -> new GridReport.Row(r.y(), report(scenario, reading,
                x, log, steps[0], r.sweep(), x.axis().whole() ? WholeCrossings.adjust(r.pairs(), along.apply(r.y()))
                        : r.pairs()))).toList();
        return new GridReport(y.axis(), y.from(), y.to(), steps[1], rows);
    }

    private static List<BreakEven.Pair> solved(Varied axis, Sweep sweep, Pricer pricer) {
        List<BreakEven.Pair> pairs = BreakEven.find(sweep, pricer, axis.resolution());
        return axis.axis().whole() ? WholeCrossings.adjust(pairs, pricer) : pairs;
    }

    private static SweepReport report(Scenario scenario, Reading reading, Varied axis, boolean log, int steps,
            Sweep sweep, List<BreakEven.Pair> pairs) {
        return new SweepReport(scenario, axis.axis(), axis.from(), axis.to(), log, steps, reading.measure(),
                reading.catalog().prices().info(), reading.today(), sweep, pairs, axis.resolution());
    }
}

package dev.cloudplan.report;

import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sweep found, for every format: the scenario as the spec states it, the driver and its range, which cost
 * was compared, each point, and the break-even of every pair solved to {@code resolution} of the driver.
 */
public record SweepReport(Scenario scenario, Axis axis, BigDecimal from, BigDecimal to, boolean log,
        int stepsAsked, Measure measure, CatalogInfo catalog, LocalDate today, Sweep sweep,
        List<BreakEven.Pair> pairs, BigDecimal resolution) {
    public SweepReport {
        pairs = List.copyOf(pairs);
    }

    /** A sweep over a workload driver, with as many points as were asked. */
    public SweepReport(Scenario scenario, Driver driver, BigDecimal from, BigDecimal to, boolean log,
            Measure measure, CatalogInfo catalog, LocalDate today, Sweep sweep, List<BreakEven.Pair> pairs,
            BigDecimal resolution) {
        this(scenario, Axis.of(driver), from, to, log, sweep.points().size(), measure, catalog, today, sweep, pairs,
                resolution);
    }

    public long catalogAgeDays() {
        return ChronoUnit.DAYS.between(catalog.date(), today);
    }

    /** What the measured cost is, in a sentence: which month (and its calendar month) or the horizon. */
    public String measureText() {
        String what = measure.describe(scenario.horizonMonths());
        if (measure.month() != null) {
            what += " (" + scenario.start().plusMonths(measure.month() - 1L) + ")";
        }
        return "Cost compared: " + what + ", cash in USD, fixed costs and free-plan credits included.";
    }

    /** The range in a sentence, which architectures a setting changes, and that every other figure is the spec's. */
    public String rangeText() {
        int n = sweep.points().size();
        String points = axis.whole() && n < stepsAsked ? n + " points (whole numbers: " + stepsAsked + " asked, " + n
                + " distinct)" : n + " points";
        return axis.name() + " from " + Scale.number(from, axis) + " to " + Scale.number(to, axis)
                + (axis.setting() ? axis.suffix() : " " + axis.unitWords()) + ", "
                + points + ", " + (log ? "log-spaced" : "evenly spaced") + "; " + (axis.setting() ? "set in place of the"
                + " spec's value," : "the same value every month, figures derived from it following it,")
                + " every other figure as the spec states it." + axis.appliesText(sweep.architectures());
    }

    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (catalogAgeDays() > Report.STALE_AFTER_DAYS) {
            out.add("The price catalog '" + catalog.name() + "' is " + catalogAgeDays() + " days old (prices read "
                    + catalog.date() + "); prices may have changed.");
        }
        for (String a : sweep.architectures()) {
            long missing = sweep.points().stream().filter(p -> !p.cost(a).complete()).count();
            if (missing > 0) {
                out.add("Architecture '" + a + "' is INCOMPLETE at " + missing + " of " + sweep.points().size()
                        + " points (a price is missing, NOT PRICED): its cost there is a lower bound, marked >=, and no"
                        + " break-even is solved from it (see 'cloudplan estimate').");
            }
        }
        for (String a : sweep.architectures()) {
            List<BigDecimal> over = sweep.points().stream().filter(p -> p.cost(a).overCapacity()).map(Sweep.Point::value)
                    .toList();
            if (!over.isEmpty()) {
                out.add("Architecture '" + a + "' is OVER CAPACITY at " + over.size() + " of " + sweep.points().size()
                        + " points (" + axis.name() + " " + overText(over) + "): its cost there is the bill of a system"
                        + " that cannot carry the load, and break-evens with it there compare against that (see"
                        + " 'cloudplan capacity' on the spec at such a value).");
            }
        }
        pairs.stream().map(p -> p.search().why()).filter(java.util.Objects::nonNull).distinct().forEach(why ->
                out.add("The compiled plan was not used to locate crossings: " + why + "; crossings were located at the"
                        + " grid points only (please report this)."));
        return out;
    }

    private String overText(List<BigDecimal> values) {
        List<String> shown = values.stream().limit(5).map(v -> Scale.number(v, axis)).toList();
        return String.join(", ", shown) + (values.size() > 5 ? " ..." : "");
    }

    /**
     * How the crossings were located and what priced each figure, in a sentence: on the compiled plan at thousands
     * of values, or at the grid points (a pricer without a compiled plan, or one that disagreed with the exact engine).
     */
    public String searchText() {
        int grid = sweep.points().size();
        List<BreakEven.Pair> scanned = pairs.stream().filter(p -> p.search().scanned()).toList();
        String exact = "solved and priced on the exact engine (decimals), as every cost shown is.";
        if (pairs.isEmpty()) {
            return "Every cost shown is priced on the exact engine (decimals).";
        }
        String onGrid = "located at the " + grid + " grid points (two crossings closer together than one step can"
                + " cancel out there: more --steps find them), then " + exact;
        if (scanned.isEmpty()) {
            return "Crossings " + onGrid;
        }
        int most = scanned.stream().mapToInt(p -> p.search().points()).max().orElseThrow();
        String text = "Crossings located on the compiled plan at " + count(most) + " values (the " + grid
                + " grid points and values between them";
        if (scanned.stream().anyMatch(p -> p.search().coarse())) {
            List<String> slow = sweep.architectures().stream().filter(a -> scanned.stream()
                    .anyMatch(p -> p.search().askingRules().contains(a))).toList();
            int fewest = scanned.stream().filter(p -> p.search().coarse()).mapToInt(p -> p.search().points()).min()
                    .orElseThrow();
            text += "; " + (fewest < most ? count(fewest) + " for pairs with " : "not " + count(BreakEven.SCAN_POINTS)
                    + ", because of ") + String.join(", ", slow) + ": the plan asks the pricing rules for their"
                    + " compared month at each value";
        }
        text += ")";
        if (scanned.size() == pairs.size()) {
            return text + ", then " + exact;
        }
        return text + ", except for " + pairs.stream().filter(p -> !p.search().scanned())
                .map(p -> p.first() + " and " + p.second()).collect(java.util.stream.Collectors.joining(", "))
                + ": " + onGrid;
    }

    private static String count(int n) {
        return Numbers.quantity(BigDecimal.valueOf(n));
    }

    /** How finely a break-even is solved, in words: "to within 1 of requests/month". */
    public String resolutionText() {
        String step = resolution.stripTrailingZeros().toPlainString();
        if (!axis.setting()) {
            return "solved to within " + step + " of " + axis.unit();
        }
        return "solved to within " + step + (axis.unit().isEmpty() ? " of " + axis.name()
                : axis.unit().equals("%") ? " percentage point" : " " + axis.unit());
    }
}

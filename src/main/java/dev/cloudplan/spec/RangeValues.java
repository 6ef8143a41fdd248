package dev.cloudplan.spec;

import dev.cloudplan.core.montecarlo.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a workload figure that may be a range (docs/ranges.md): {@code 80M..150M/month} (uniform between the ends)
 * or {@code {p10: 80M/month, p90: 150M/month}} (lognormal; normal for a growth rate). Gives the value a scenario drew
 * for it, else its median, and lists every range found with the assumption an ordinary estimate makes about it.
 */
final class RangeValues {
    /** The unit of a growth rate's range: a fraction a month (0.05 for 5%/month). */
    static final String GROWTH = "growth a month";
    /** Compiled once: String.replaceFirst compiles its pattern on every call. */
    private static final Pattern WORKLOAD = Pattern.compile("^workload\\.");
    private final Map<String, BigDecimal> draws;
    private final List<Range> found = new ArrayList<>();
    private final List<String> assumptions;

    RangeValues(Map<String, BigDecimal> draws, List<String> assumptions) {
        this.draws = draws;
        this.assumptions = assumptions;
    }

    List<Range> found() {
        return List.copyOf(found);
    }

    /** Whether {@code node} is written as a range of either form. */
    static boolean isRange(SpecNode node) {
        return node.isMap() ? node.has("p10") || node.has("p90") : !node.isList() && node.scalar().contains("..");
    }

    /** The figure at {@code node}: its value, or for a range the scenario's draw (its median outside a scenario). */
    BigDecimal value(SpecNode node, Function<String, BigDecimal> parse, String unit) {
        if (!isRange(node)) {
            return node.value(parse);
        }
        Range range = read(node, parse, unit);
        found.add(range);
        BigDecimal drawn = draws.get(range.path());
        if (drawn != null) {
            return drawn;
        }
        assumptions.add("Workload " + WORKLOAD.matcher(node.path()).replaceFirst("") + " is a range, " + range.text()
                + " (" + range.kind().words() + "): this estimate uses its median, " + shown(range.median(), range)
                + "; 'cloudplan montecarlo' prices the spread (docs/ranges.md).");
        return range.median();
    }

    /** A value in the range's unit: 10%/month for a growth rate, 115,000,000 requests/month for an amount. */
    static String shown(BigDecimal v, Range range) {
        return range.unit().equals(GROWTH) ? v.movePointRight(2).stripTrailingZeros().toPlainString() + "%/month"
                : dev.cloudplan.core.workload.Series.plain(v) + " " + range.unit();
    }

    private static Range read(SpecNode node, Function<String, BigDecimal> parse, String unit) {
        String where = node.where();
        boolean growth = unit.equals(GROWTH);
        if (node.isMap()) {
            node.allowOnly("p10", "p90");
            BigDecimal p10 = node.require("p10", "80M/month").value(parse);
            BigDecimal p90 = node.require("p90", "150M/month").value(parse);
            if (p10.compareTo(p90) > 0) {
                throw node.error(node.describe() + ": p10 is above p90", "give the smaller value as p10, such as"
                        + " {p10: " + node.get("p90").scalar() + ", p90: " + node.get("p10").scalar() + "}");
            }
            if (!growth && p10.signum() <= 0) {
                throw node.get("p10").error(node.describe() + ": a p10/p90 range of an amount is lognormal, so its p10"
                        + " must be above 0", "give a p10 above 0, or write a uniform range such as 0.." + node.get("p90")
                        .scalar());
            }
            String text = "p10 " + node.get("p10").scalar() + ", p90 " + node.get("p90").scalar();
            return new Range(node.path(), text, growth ? Range.Kind.NORMAL : Range.Kind.LOGNORMAL, p10, p90, unit, where);
        }
        String text = node.scalar();
        int dots = text.indexOf("..");
        String left = text.substring(0, dots).trim();
        String right = text.substring(dots + 2).trim();
        String example = growth ? "5%..15%/month" : "80M..150M/month";
        if (left.isEmpty() || right.isEmpty() || right.contains("..")) {
            throw node.error(node.describe() + ": '" + text + "' is not a range FROM..TO", "write both ends, such as "
                    + example + " (the unit may be written once, after the second end)");
        }
        BigDecimal high = node.value(t -> parse.apply(right));
        BigDecimal low = node.value(t -> parseLeft(left, right, parse));
        if (low.compareTo(high) > 0) {
            throw node.error(node.describe() + ": the range " + text + " falls (FROM is above TO)",
                    "give the smaller value first: " + swapped(left, right));
        }
        return new Range(node.path(), text, Range.Kind.UNIFORM, low, high, unit, where);
    }

    /** {@code 150M..80M/month} the right way round: {@code 80M..150M/month}. */
    private static String swapped(String left, String right) {
        try {
            String rest = unit(right);
            if (!rest.isEmpty() && unit(left).isEmpty()) {
                return right.substring(0, right.length() - rest.length()).trim() + ".." + left + rest;
            }
        } catch (UnitException | NumberFormatException e) {
            // Written some other way: swap the two as they are.
        }
        return right + ".." + left;
    }

    private static String unit(String end) {
        return Units.number(end.startsWith("-") ? end.substring(1) : end).rest();
    }

    /** The first end as written, or with the second end's unit when it has none of its own ({@code 80M..150M/month}). */
    private static BigDecimal parseLeft(String left, String right, Function<String, BigDecimal> parse) {
        try {
            return parse.apply(left);
        } catch (UnitException e) {
            // 80M..150M/month: the second end's unit; 200 GB..800 GB/month: its rate ("/month").
            try {
                String rest = unit(right);
                String leftRest = unit(left);
                String suffix = leftRest.isEmpty() ? rest : rest.contains("/") ? rest.substring(rest.indexOf('/')) : "";
                if (left.endsWith("%") && suffix.startsWith("%")) {
                    suffix = suffix.substring(1);
                }
                if (suffix.isEmpty()) {
                    throw e;
                }
                boolean joined = suffix.startsWith("/") || suffix.startsWith("%");
                return parse.apply(left + (joined ? "" : " ") + suffix);
            } catch (UnitException | NumberFormatException again) {
                throw e;
            }
        }
    }
}

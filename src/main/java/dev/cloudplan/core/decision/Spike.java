package dev.cloudplan.core.decision;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.Series;
import dev.cloudplan.core.workload.Workload;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short burst of load: for {@code days} days of month {@code month}, every rate driver runs at {@code factor} x
 * its month's average (docs/decisions.md#spikes).
 *
 * <p>The month is cloudplan's billing month of 730 hours, 730 / 24 = 30.4167 days, whatever the calendar month: the
 * same month every rate is stored in (docs/spec.md#values-with-units), so a spike's share of the month does not
 * depend on whether month 6 is a February.
 */
public record Spike(BigDecimal factor, BigDecimal days, int month) {
    private static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");
    private static final BigDecimal HOURS_PER_DAY = new BigDecimal("24");
    /** The rates a spike multiplies; stored data, sizes and user totals are not load that bursts. */
    public static final List<Driver> RATES = List.of(Driver.REQUESTS, Driver.DB_READS, Driver.DB_WRITES,
            Driver.STATIC_REQUESTS, Driver.UPLOADS, Driver.EGRESS, Driver.DNS_QUERIES, Driver.CONCURRENT_USERS);
    public static final String FLAG_FORM = "\"10x for 3 days in month 6\"";

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final Pattern FLAG = Pattern.compile(
            // Bounded digits, as the spec's numbers are: a factor of 10^24 is not a spike, it is a typo.
            "\\s*([0-9]{1,7}(?:\\.[0-9]{1,6})?)\\s*x\\s+for\\s+([0-9]{1,3}(?:\\.[0-9]{1,6})?)\\s+days?\\s+in\\s+month"
                    + "\\s+([0-9]{1,5})\\s*");

    /** The field that keeps the spike from being priced within {@code horizon} months, or null when none does. */
    public String wrongField(int horizon) {
        if (factor.compareTo(BigDecimal.ONE) < 0) {
            return "factor";
        }
        // 730 / 24 = 30.41666...: the 30.4167 a message suggests must pass, so the bound allows its rounding.
        if (days.signum() <= 0 || days.multiply(HOURS_PER_DAY).compareTo(HOURS_PER_MONTH.add(new BigDecimal("0.001"))) > 0) {
            return "days";
        }
        return month < 1 || month > horizon ? "month" : null;
    }

    /** What is wrong with the spike within {@code horizon} months, or null when nothing is. */
    public String problem(int horizon) {
        String field = wrongField(horizon);
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "factor" -> "a spike factor of " + plain(factor) + "x is below 1, so it is a dip, not a spike";
            case "days" -> "a spike of " + plain(days) + " days does not fit in a month (more than 0, at most 730 / 24"
                    + " = 30.4167 days)";
            default -> "month " + month + " is not within the horizon of " + horizon + " months";
        };
    }

    /** How to correct {@code field} (from {@link #wrongField}). */
    public static String fix(String field, int horizon) {
        return switch (field) {
            case "factor" -> "give a factor of at least 1, such as 10x (ten times the month's average)";
            case "days" -> "give more than 0 and at most 30.4167 days (cloudplan's month is 730 hours: 730 / 24 days)";
            default -> "give a month from 1 to " + horizon + " (the horizon), or lengthen the horizon";
        };
    }

    /**
     * The spike's month total over the month's average total: 1 + (factor - 1) x days / (730 / 24), since the spike
     * days carry factor x average and the other days the average; computed as x 24 / 730, which is exact to the
     * last digit where 30.4167 days would not be.
     */
    public BigDecimal multiplier() {
        return BigDecimal.ONE.add(factor.subtract(BigDecimal.ONE).multiply(days).multiply(HOURS_PER_DAY)
                .divide(HOURS_PER_MONTH, MC));
    }

    /** The workload with the spike month's rate totals multiplied: what the spike adds to the month's bill. */
    public Workload spiked(Workload workload) {
        Map<Driver, Series> drivers = new EnumMap<>(Driver.class);
        workload.drivers().forEach((d, s) -> drivers.put(d, RATES.contains(d) ? new InMonth(s, multiplier(), month) : s));
        return new Workload(drivers, workload.profile());
    }

    /**
     * The month as it stands during the spike days: every rate, concurrent users and stated peaks at factor x, so
     * the busiest hour of a spike day is factor x the month's usual peak.
     */
    public WorkloadMonth duringSpike(WorkloadMonth w) {
        Map<Driver, BigDecimal> values = new EnumMap<>(Driver.class);
        w.values().forEach((d, v) -> values.put(d, RATES.contains(d) ? v.multiply(factor, MC) : v));
        Map<Driver, Series> peaks = new EnumMap<>(Driver.class);
        LoadProfile p = w.profile();
        p.explicitPeaks().forEach((d, s) -> peaks.put(d, m -> s.valueAt(m).multiply(factor, MC)));
        LoadProfile spiked = new LoadProfile(p.factor(), p.hoursPerDay(), p.factors(), peaks, p.stated());
        return new WorkloadMonth(w.month(), values, w.peaks(), spiked);
    }

    /** "10x for 3 days in month 6". */
    public String describe() {
        return plain(factor) + "x for " + plain(days) + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days")
                + " in month " + month;
    }

    /** The flag's form; null when {@code text} is not in it. */
    public static Spike parse(String text) {
        Matcher m = FLAG.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        try {
            return new Spike(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** A series with one month's value multiplied; its description is the original's, the spike being reported apart. */
    private record InMonth(Series base, BigDecimal multiplier, int month) implements Series {
        @Override
        public BigDecimal valueAt(int m) {
            return m == month ? base.valueAt(m).multiply(multiplier, MC) : base.valueAt(m);
        }

        @Override
        public String describe() {
            return base.describe();
        }
    }
}

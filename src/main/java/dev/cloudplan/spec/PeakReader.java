package dev.cloudplan.spec;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.Series;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads the workload's {@code peak:} section (docs/spec.md#peak): a factor and hours a day at peak for every rate,
 * and for requests, database reads and writes and concurrent users either their own factor ({@code 5x}) or a peak
 * stated month by month like any workload figure ({@code 300/s}, {@code [100/s, 300/s]}).
 */
final class PeakReader {
    private static final String HOURS_FIX = "give hours_per_day from 1 to 24, such as 4 (four busy hours a day)";

    private final WorkloadReader workload;
    private final int horizon;

    PeakReader(WorkloadReader workload, int horizon) {
        this.workload = workload;
        this.horizon = horizon;
    }

    LoadProfile read(SpecNode node, Map<Driver, Series> drivers) {
        if (node == null) {
            return LoadProfile.DEFAULT;
        }
        node.allowOnly("factor", "hours_per_day", "requests", "database", "users");
        BigDecimal factor = node.has("factor") ? factor(node.get("factor")) : LoadProfile.DEFAULT_FACTOR;
        BigDecimal hours = LoadProfile.DEFAULT_HOURS;
        if (node.has("hours_per_day")) {
            SpecNode h = node.get("hours_per_day");
            hours = h.value(Units::count);
            if (hours.signum() <= 0 || hours.compareTo(LoadProfile.HOURS_PER_DAY) > 0) {
                throw h.error("hours_per_day " + h.scalar() + " is not within a day", HOURS_FIX);
            }
        }
        Map<Driver, BigDecimal> factors = new EnumMap<>(Driver.class);
        Map<Driver, Series> explicit = new EnumMap<>(Driver.class);
        driver(node.get("requests"), Driver.REQUESTS, factors, explicit, hours);
        if (node.has("database")) {
            SpecNode db = node.get("database").allowOnly("reads", "writes");
            driver(db.get("reads"), Driver.DB_READS, factors, explicit, hours);
            driver(db.get("writes"), Driver.DB_WRITES, factors, explicit, hours);
        }
        if (node.has("users")) {
            SpecNode users = node.get("users").allowOnly("concurrent");
            driver(users.get("concurrent"), Driver.CONCURRENT_USERS, factors, explicit, hours);
        }
        checkFactor(node.has("factor") ? node.get("factor") : node, factor, hours, "factor");
        LoadProfile profile = new LoadProfile(factor, hours, factors, explicit, true);
        explicit.forEach((d, s) -> checkNotBelowAverage(node, d, s, drivers));
        return profile;
    }

    private BigDecimal factor(SpecNode n) {
        String t = n.scalar().trim();
        BigDecimal f = t.toLowerCase(java.util.Locale.ROOT).endsWith("x") ? n.value(Units::factor) : n.value(Units::count);
        if (f.compareTo(BigDecimal.ONE) < 0) {
            throw n.error("a peak factor of " + t + " puts the peak below the average",
                    "give a factor of 1 or more, such as 3x (the busiest hours carry three times the average rate)");
        }
        return f;
    }

    private void driver(SpecNode n, Driver d, Map<Driver, BigDecimal> factors, Map<Driver, Series> explicit,
            BigDecimal hours) {
        if (n == null) {
            return;
        }
        if (!n.isMap() && !n.isList() && n.scalar().trim().toLowerCase(java.util.Locale.ROOT).endsWith("x")) {
            BigDecimal f = factor(n);
            if (d != Driver.CONCURRENT_USERS) {
                checkFactor(n, f, hours, d.specName());
            }
            factors.put(d, f);
        } else if (d == Driver.CONCURRENT_USERS) {
            explicit.put(d, workload.series(n, Units::count, "5K"));
        } else {
            explicit.put(d, workload.series(n, Units::perSecond, "300/s"));
        }
    }

    /** Peak hours cannot carry more than the whole day's load: factor x hours must not exceed 24. */
    private static void checkFactor(SpecNode at, BigDecimal factor, BigDecimal hours, String what) {
        if (factor.multiply(hours).compareTo(LoadProfile.HOURS_PER_DAY) > 0) {
            throw at.error("peak " + what + " " + factor.stripTrailingZeros().toPlainString() + "x for "
                    + hours.stripTrailingZeros().toPlainString() + " h a day carries more than the day's whole load",
                    "lower the factor or the hours: factor x hours_per_day must be at most 24 (e.g. 3x for 8 h, 6x for 4 h)");
        }
    }

    private void checkNotBelowAverage(SpecNode node, Driver d, Series peak, Map<Driver, Series> drivers) {
        Series average = drivers.get(d);
        SpecNode at = d == Driver.REQUESTS ? node.get("requests") : d == Driver.CONCURRENT_USERS
                ? node.get("users").get("concurrent") : node.get("database").get(d == Driver.DB_READS ? "reads" : "writes");
        if (average == null) {
            throw at.error("a peak for " + d.specName() + " needs its average in the workload",
                    "add workload." + d.specName() + ", or remove its peak");
        }
        for (int m = 1; m <= horizon; m++) {
            BigDecimal avg = d == Driver.CONCURRENT_USERS ? average.valueAt(m)
                    : average.valueAt(m).divide(LoadProfile.SECONDS_PER_MONTH, java.math.MathContext.DECIMAL64);
            if (peak.valueAt(m).compareTo(avg) < 0) {
                throw at.error("the peak of " + d.specName() + " in month " + m + " (" + peak.valueAt(m).stripTrailingZeros()
                        .toPlainString() + (d == Driver.CONCURRENT_USERS ? "" : "/s") + ") is below its average ("
                        + avg.round(java.math.MathContext.DECIMAL32).stripTrailingZeros().toPlainString()
                        + (d == Driver.CONCURRENT_USERS ? "" : "/s") + ")", "give a peak at or above the average in every"
                        + " month, or a factor such as 3x, which follows the average as it grows");
            }
        }
    }

}

package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the load is spread over a day: the rates at the busiest time (peak) and the rest of the day (off-peak), for
 * the drivers that are rates (requests, database reads and writes) and for concurrent users, which are a level.
 *
 * <p>Model: a day has {@code hoursPerDay} hours at the peak rate and the other hours at an off-peak rate that keeps
 * the month's total. A driver's peak is its average rate times a factor, or a rate the spec states month by month.
 * Concurrent users are stated as the number online at the busiest time, so their factor is 1 unless stated.
 *
 * @param factor        peak rate / average rate for every rate driver without its own peak
 * @param hoursPerDay   hours a day at the peak rate
 * @param factors       a peak factor stated for one driver
 * @param explicitPeaks a peak stated for one driver: per second for rates, a number for concurrent users
 * @param stated        false when the whole profile is the documented default
 */
public record LoadProfile(BigDecimal factor, BigDecimal hoursPerDay, Map<Driver, BigDecimal> factors,
        Map<Driver, Series> explicitPeaks, boolean stated) {
    /** Seconds in the 730-hour billing month. */
    public static final BigDecimal SECONDS_PER_MONTH = new BigDecimal("2628000");
    public static final BigDecimal HOURS_PER_DAY = new BigDecimal("24");
    public static final BigDecimal DEFAULT_FACTOR = new BigDecimal("2");
    public static final BigDecimal DEFAULT_HOURS = new BigDecimal("4");
    /** The drivers a peak can be stated for. */
    public static final List<Driver> PEAK_DRIVERS = List.of(Driver.REQUESTS, Driver.DB_READS, Driver.DB_WRITES,
            Driver.CONCURRENT_USERS);
    public static final LoadProfile DEFAULT = new LoadProfile(DEFAULT_FACTOR, DEFAULT_HOURS, Map.of(), Map.of(), false);

    private static final MathContext MC = MathContext.DECIMAL64;

    public LoadProfile {
        factors = factors.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(factors));
        explicitPeaks = explicitPeaks.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(explicitPeaks));
        if (factor.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("a peak factor below 1 would put the peak under the average");
        }
        if (hoursPerDay.signum() <= 0 || hoursPerDay.compareTo(HOURS_PER_DAY) > 0) {
            throw new IllegalArgumentException("hours at peak must be more than 0 and at most 24");
        }
        // Concurrent users are a level, not a rate: their factor is not spread over the day.
        factors.forEach((d, f) -> {
            if (d != Driver.CONCURRENT_USERS) {
                carriesAtMostTheDay(f, hoursPerDay);
            }
        });
        carriesAtMostTheDay(factor, hoursPerDay);
    }

    /** Peak hours at {@code factor} x the average cannot carry more than the day's total: factor x hours <= 24. */
    private static void carriesAtMostTheDay(BigDecimal factor, BigDecimal hours) {
        if (factor.multiply(hours).compareTo(HOURS_PER_DAY) > 0) {
            throw new IllegalArgumentException("a peak of " + factor.toPlainString() + "x for " + hours.toPlainString()
                    + " h a day carries more than the day's whole load");
        }
    }

    /** The driver's average rate in month {@code w}, per second; null when the workload does not give the driver. */
    public BigDecimal averagePerSecond(Driver d, WorkloadMonth w) {
        return w.get(d).map(v -> v.divide(SECONDS_PER_MONTH, MC)).orElse(null);
    }

    /** The driver's rate at peak, per second (for concurrent users: the number online); null when unknown. */
    public BigDecimal peak(Driver d, WorkloadMonth w) {
        Series explicit = explicitPeaks.get(d);
        if (explicit != null) {
            return explicit.valueAt(w.month());
        }
        if (d == Driver.CONCURRENT_USERS) {
            return w.get(d).map(v -> v.multiply(factors.getOrDefault(d, BigDecimal.ONE))).orElse(null);
        }
        BigDecimal average = averagePerSecond(d, w);
        return average == null ? null : average.multiply(factorOf(d), MC);
    }

    /**
     * The rate in the other hours of the day, so that peak hours and off-peak hours together carry the month's
     * total: (24 x average - hours x peak) / (24 - hours); zero when the peak lasts all day or carries the total.
     */
    public BigDecimal offPeak(Driver d, WorkloadMonth w) {
        BigDecimal peak = peak(d, w);
        if (peak == null || d == Driver.CONCURRENT_USERS) {
            return peak;
        }
        if (hoursPerDay.compareTo(HOURS_PER_DAY) == 0) {
            return peak;
        }
        BigDecimal average = averagePerSecond(d, w);
        BigDecimal rest = HOURS_PER_DAY.multiply(average).subtract(hoursPerDay.multiply(peak));
        return rest.signum() <= 0 ? BigDecimal.ZERO
                : rest.divide(HOURS_PER_DAY.subtract(hoursPerDay), MC);
    }

    public BigDecimal factorOf(Driver d) {
        return factors.getOrDefault(d, factor);
    }

    /** The share of the day at peak: hours / 24. */
    public BigDecimal peakShareOfDay() {
        return hoursPerDay.divide(HOURS_PER_DAY, 10, RoundingMode.HALF_UP);
    }

    /** How the driver's peak was found, for the assumptions. */
    public String describe(Driver d) {
        String where = stated ? "workload.peak" : "default; state workload.peak to change it";
        if (explicitPeaks.containsKey(d)) {
            return d.specName() + " at peak as stated (workload.peak." + d.specName() + ")";
        }
        if (d == Driver.CONCURRENT_USERS) {
            return "users.concurrent is the number online at the busiest time"
                    + (factors.containsKey(d) ? " x " + plain(factors.get(d)) + " (workload.peak)" : " (peak factor 1)");
        }
        return d.specName() + " at peak = " + plain(factorOf(d)) + " x the average rate, " + plain(hoursPerDay)
                + " h a day (" + where + ")";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

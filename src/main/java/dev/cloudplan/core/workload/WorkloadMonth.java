package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The workload's driver values in one month of the projection.
 *
 * @param values the month's value of each driver (for stored data, the month's average: GB-months)
 * @param peaks  for each driver, the highest level it has reached at the end of any month so far (for stored
 *               data, the most that has been in place at once), which sizes what cannot shrink, such as
 *               allocated database storage
 * @param profile how the month's load peaks within a day (rates at the busiest hours, docs/spec.md#peak)
 */
public record WorkloadMonth(int month, Map<Driver, BigDecimal> values, Map<Driver, BigDecimal> peaks,
        LoadProfile profile) {
    public WorkloadMonth {
        values = Map.copyOf(values);
        peaks = Map.copyOf(peaks);
    }

    public WorkloadMonth(int month, Map<Driver, BigDecimal> values, Map<Driver, BigDecimal> peaks) {
        this(month, values, peaks, LoadProfile.DEFAULT);
    }

    /**
     * Whether every figure of this month equals {@code other}'s, the month number aside: the drivers, their peaks so
     * far, the load profile and any peak stated month by month.
     */
    public boolean sameFiguresAs(WorkloadMonth other) {
        if (!values.equals(other.values) || !peaks.equals(other.peaks)
                || profile != other.profile && !profile.equals(other.profile)) {
            return false;
        }
        for (Driver d : profile.explicitPeaks().keySet()) {
            if (!java.util.Objects.equals(profile.peak(d, this), profile.peak(d, other))) {
                return false;
            }
        }
        return true;
    }

    /** The driver's rate at the busiest hours, per second (concurrent users: the number online); empty when unknown. */
    public Optional<BigDecimal> peakRate(Driver driver) {
        return Optional.ofNullable(profile.peak(driver, this));
    }

    public Optional<BigDecimal> get(Driver driver) {
        return Optional.ofNullable(values.get(driver));
    }

    /** The driver's peak level so far (see {@code peaks}); its value when no peak is known. */
    /**
     * The size of the items read ({@code op} = database reads) or written (database writes): its own figure when the
     * workload gives one, else database.item_size.
     */
    public Optional<BigDecimal> itemKb(Driver op) {
        Driver own = op == Driver.DB_WRITES ? Driver.WRITE_ITEM_SIZE : Driver.READ_ITEM_SIZE;
        Optional<BigDecimal> v = get(own);
        return v.isPresent() ? v : get(Driver.ITEM_SIZE);
    }

    public Optional<BigDecimal> peak(Driver driver) {
        return Optional.ofNullable(peaks.getOrDefault(driver, values.get(driver)));
    }
}

package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A figure of a month's workload that the ranges move, as a compiled plan's quantities are modelled in: a driver's
 * value, its peak so far, or both together where they are equal at every point looked at.
 */
record Variable(Driver driver, Mode mode) {
    enum Mode { VALUE, PEAK, BOTH }

    double of(WorkloadMonth w) {
        BigDecimal v = mode == Mode.PEAK ? w.peak(driver).orElse(BigDecimal.ZERO) : w.get(driver).orElse(BigDecimal.ZERO);
        return v.doubleValue();
    }

    /** {@code w} with this figure moved to {@code value}, every other as it is: a probe of the rules. */
    WorkloadMonth with(WorkloadMonth w, BigDecimal value) {
        Map<Driver, BigDecimal> values = new EnumMap<>(Driver.class);
        values.putAll(w.values());
        Map<Driver, BigDecimal> peaks = new EnumMap<>(Driver.class);
        peaks.putAll(w.peaks());
        if (mode != Mode.PEAK) {
            values.put(driver, value);
        }
        if (mode != Mode.VALUE) {
            peaks.put(driver, value);
        }
        return new WorkloadMonth(w.month(), values, peaks, w.profile());
    }
}

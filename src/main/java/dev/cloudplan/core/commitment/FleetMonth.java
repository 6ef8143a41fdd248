package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import java.math.BigDecimal;

/**
 * One month of a commitment group as the estimate runs it, in the commitment's unit (instances, nodes, capacity
 * units, or USD an hour of on-demand spend for a Savings Plan): {@code peak} for {@code peakHours} hours,
 * {@code offPeak} the rest of the 730, and the unit-hours the estimate bills (their sum, up to rounding).
 */
public record FleetMonth(int month, BigDecimal peak, BigDecimal offPeak, BigDecimal peakHours, BigDecimal unitHours) {
    public FleetMonth {
        if (offPeak.compareTo(peak) > 0 || offPeak.signum() < 0 || peakHours.signum() < 0
                || peakHours.compareTo(HOURS_PER_MONTH) > 0) {
            throw new IllegalArgumentException("fleet month " + month + ": " + peak + " at peak, " + offPeak
                    + " off-peak, " + peakHours + " peak hours");
        }
    }

    /** A fleet of whole instances. */
    public FleetMonth(int month, int peakCount, int offPeakCount, BigDecimal peakHours, BigDecimal instanceHours) {
        this(month, BigDecimal.valueOf(peakCount), BigDecimal.valueOf(offPeakCount), peakHours, instanceHours);
    }

    /** A fleet of {@code count} instances running all month. */
    public static FleetMonth steady(int month, int count) {
        return steady(month, BigDecimal.valueOf(count));
    }

    /** {@code level} units held all month. */
    public static FleetMonth steady(int month, BigDecimal level) {
        return new FleetMonth(month, level, level, HOURS_PER_MONTH, HOURS_PER_MONTH.multiply(level));
    }

    /** The same month in another unit: every level and the unit-hours x {@code factor} (tasks to USD an hour). */
    public FleetMonth times(BigDecimal factor) {
        return new FleetMonth(month, peak.multiply(factor), offPeak.multiply(factor), peakHours, unitHours.multiply(factor));
    }

    /** The unit-hours {@code committed} units cover: each covers one running unit in every hour it runs. */
    public BigDecimal coveredHours(BigDecimal committed) {
        BigDecimal off = HOURS_PER_MONTH.subtract(peakHours);
        BigDecimal covered = peakHours.multiply(committed.min(peak)).add(off.multiply(committed.min(offPeak)));
        return covered.min(unitHours);
    }

    /** The unit-hours left to on-demand with {@code committed} units committed. */
    public BigDecimal onDemandHours(BigDecimal committed) {
        return unitHours.subtract(coveredHours(committed));
    }

    /** As {@link #onDemandHours(BigDecimal)}, for whole instances. */
    public BigDecimal onDemandHours(int committed) {
        return onDemandHours(BigDecimal.valueOf(committed));
    }
}

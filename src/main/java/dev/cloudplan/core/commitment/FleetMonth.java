package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import java.math.BigDecimal;

/**
 * One month of an instance group as the estimate runs it: {@code peakCount} instances for {@code peakHours} hours,
 * {@code offPeakCount} the rest of the 730, and the instance-hours the estimate bills (their sum, up to rounding).
 */
public record FleetMonth(int month, int peakCount, int offPeakCount, BigDecimal peakHours, BigDecimal instanceHours) {
    public FleetMonth {
        if (offPeakCount > peakCount || offPeakCount < 0 || peakHours.signum() < 0
                || peakHours.compareTo(HOURS_PER_MONTH) > 0) {
            throw new IllegalArgumentException("fleet month " + month + ": " + peakCount + " at peak, " + offPeakCount
                    + " off-peak, " + peakHours + " peak hours");
        }
    }

    /** A fleet of {@code count} instances running all month. */
    public static FleetMonth steady(int month, int count) {
        return new FleetMonth(month, count, count, HOURS_PER_MONTH, HOURS_PER_MONTH.multiply(BigDecimal.valueOf(count)));
    }

    /** The instance-hours {@code committed} instances cover: each covers one running instance in every hour it runs. */
    public BigDecimal coveredHours(int committed) {
        BigDecimal off = HOURS_PER_MONTH.subtract(peakHours);
        BigDecimal covered = peakHours.multiply(BigDecimal.valueOf(Math.min(committed, peakCount)))
                .add(off.multiply(BigDecimal.valueOf(Math.min(committed, offPeakCount))));
        return covered.min(instanceHours);
    }

    /** The instance-hours left to on-demand with {@code committed} instances committed. */
    public BigDecimal onDemandHours(int committed) {
        return instanceHours.subtract(coveredHours(committed));
    }
}

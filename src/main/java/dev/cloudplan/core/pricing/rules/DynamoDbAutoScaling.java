package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * DynamoDB auto scaling (target tracking): provisioned capacity that follows the day, so that the peak hours and the
 * off-peak hours of workload.peak each run at the target utilisation; billed as the hours each level is held.
 */
final class DynamoDbAutoScaling {
    private DynamoDbAutoScaling() {}

    /**
     * @param peakUnits  capacity units held at the busiest hours
     * @param unitHours  capacity-unit hours a month: (hours at peak x peak units + the rest x off-peak units) / 24 x 730
     */
    record Scaled(BigDecimal peakUnits, BigDecimal offPeakUnits, BigDecimal unitHours, String formula) {}

    /** The scaled capacity for one kind of operation; null when the workload gives no rate for it. */
    static Scaled of(Driver op, BigDecimal unitsEach, WorkloadMonth w, BigDecimal target, String unit) {
        LoadProfile p = w.profile();
        BigDecimal peak = p.peak(op, w);
        BigDecimal off = p.offPeak(op, w);
        if (peak == null || off == null) {
            return null;
        }
        BigDecimal peakUnits = units(peak, unitsEach, target);
        BigDecimal offUnits = units(off, unitsEach, target);
        BigDecimal h = p.hoursPerDay();
        BigDecimal rest = LoadProfile.HOURS_PER_DAY.subtract(h);
        BigDecimal unitHours = h.multiply(peakUnits).add(rest.multiply(offUnits)).multiply(HOURS_PER_MONTH)
                .divide(LoadProfile.HOURS_PER_DAY, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
        String formula = "auto scaling at " + Decimals.percent(target) + ": " + Decimals.plain(peakUnits) + " " + unit + " for "
                + Decimals.plain(h) + " h a day (peak " + Decimals.plain(peak.round(MathContext.DECIMAL32)) + "/s x "
                + Decimals.plain(unitsEach) + " units / " + Decimals.percent(target) + "), " + Decimals.plain(offUnits) + " for "
                + Decimals.plain(rest) + " h (off-peak " + Decimals.plain(off.round(MathContext.DECIMAL32)) + "/s); ("
                + Decimals.plain(h) + " x " + Decimals.plain(peakUnits) + " + " + Decimals.plain(rest) + " x "
                + Decimals.plain(offUnits) + ") / 24 x 730 h";
        return new Scaled(peakUnits, offUnits, unitHours, formula);
    }

    private static BigDecimal units(BigDecimal ratePerSecond, BigDecimal unitsEach, BigDecimal target) {
        return ratePerSecond.multiply(unitsEach).divide(target, MathContext.DECIMAL64).setScale(0, RoundingMode.CEILING)
                .max(BigDecimal.ONE);
    }
}

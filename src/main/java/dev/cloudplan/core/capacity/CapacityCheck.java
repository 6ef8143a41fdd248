package dev.cloudplan.core.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/**
 * One resource of one component at peak in one month: what the load demands, what the component carries, and the
 * verdict against the target utilisation.
 *
 * @param fixedDemand   the part of the demand that does not grow with the load (memory the runtime holds), so the
 *                      load at which the resource runs out can be found: (capacity - fixed) / (demand - fixed)
 * @param target        utilisation above which the status is tight (a fraction, e.g. 0.7)
 * @param demandBasis   how the demand was computed, with every assumption in it
 * @param capacityBasis how the capacity was computed
 * @param source        where the limit is documented (a URL, or the specification's source)
 */
public record CapacityCheck(String component, String resource, BigDecimal demand, BigDecimal fixedDemand,
        BigDecimal capacity, String unit, BigDecimal target, String demandBasis, String capacityBasis, String source) {
    private static final MathContext MC = MathContext.DECIMAL64;

    public Status status() {
        if (over()) {
            return Status.OVER;
        }
        return demand.compareTo(capacity.multiply(target)) > 0 ? Status.TIGHT : Status.OK;
    }

    /** Whether the demand is above the capacity (status OVER), without working out the target's threshold. */
    public boolean over() {
        return demand.compareTo(capacity) > 0;
    }

    /** Whether a configuration whose tightest check is {@code tightest} (null: nothing checked) is within target. */
    public static boolean withinTarget(CapacityCheck tightest) {
        return tightest == null || tightest.status() == Status.OK;
    }

    /** The check with the highest utilisation, or null when none has one. */
    public static CapacityCheck tightest(Collection<CapacityCheck> checks) {
        // Each check divided once, not at every comparison: reports ask this of every component of every month.
        CapacityCheck worst = null;
        BigDecimal top = null;
        for (CapacityCheck c : checks) {
            BigDecimal u = c.utilisation();
            if (u != null && (top == null || u.compareTo(top) > 0)) {
                worst = c;
                top = u;
            }
        }
        return worst;
    }

    /** "at 112% of its limit", or "with a limit of 0" when the capacity is zero (no instance, no storage). */
    public String ofLimit() {
        BigDecimal u = utilisation();
        return u == null ? "with a limit of 0 (" + demand.round(MathContext.DECIMAL32).round(new MathContext(3)).stripTrailingZeros().toPlainString() + " needed)"
                : "at " + u.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "% of its limit";
    }

    /** demand / capacity; null when the capacity is zero. */
    public BigDecimal utilisation() {
        return capacity.signum() == 0 ? null : demand.divide(capacity, MC);
    }

    public BigDecimal headroom() {
        return capacity.subtract(demand);
    }

    /** How many times this month's load the resource carries before it runs out; null when the demand is fixed. */
    public BigDecimal loadMultipleAtLimit() {
        BigDecimal variable = demand.subtract(fixedDemand);
        if (variable.signum() <= 0) {
            return null;
        }
        return capacity.subtract(fixedDemand).max(BigDecimal.ZERO).divide(variable, MC);
    }
}

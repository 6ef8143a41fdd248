package dev.cloudplan.core.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What pricing one charge produced: a line per tier it reached and, when the catalog's ladder stops short of the
 * quantity, the part above its last tier. That part is reported, never billed at the last tier's price (the tier
 * above may be cheaper or dearer) and never at zero.
 *
 * @param lines  the priced lines; their costs are the only money this charge adds to the month
 * @param beyond the quantity above the catalog's last priced tier, or null when all of it was priced
 */
public record PricedCharge(List<LineItem> lines, Beyond beyond) {
    public PricedCharge {
        lines = List.copyOf(lines);
    }

    /**
     * The quantity of a charge above the last tier the catalog prices, after free allowances.
     *
     * @param label      the charge's label naming the missing tier, e.g. "REST API requests (over 333M Requests)"
     * @param quantity   how much of this charge is above {@code pricedUpTo} and not priced, in {@code unit}
     * @param pricedUpTo the monthly quantity where the catalog's last tier ends (the account's, not the component's)
     * @param reason     one sentence for reports: what is missing and what was priced instead
     */
    public record Beyond(String label, BigDecimal quantity, String unit, BigDecimal pricedUpTo, String reason) {}
}

package dev.cloudplan.core.projection;

import dev.cloudplan.core.pricing.PricedCharge;
import java.math.BigDecimal;

/**
 * A charge the catalog cannot price, in whole or above the last tier it holds: reported loudly, never counted as
 * zero.
 *
 * @param quantity   for a ladder priced in part, the quantity above {@code pricedUpTo} that is not priced; null when
 *                   the catalog has no price for the charge at all
 * @param unit       the unit of {@code quantity}; null with it
 * @param pricedUpTo where the catalog's last tier ends; null when the charge has no price at all
 */
public record UnpricedCharge(String component, String setting, String label, String reason, BigDecimal quantity,
        String unit, BigDecimal pricedUpTo) {

    /** A charge with no price in the catalog. */
    public UnpricedCharge(String component, String setting, String label, String reason) {
        this(component, setting, label, reason, null, null, null);
    }

    /** The part of a charge above the last tier the catalog prices. */
    static UnpricedCharge beyond(String component, String setting, PricedCharge.Beyond beyond) {
        return new UnpricedCharge(component, setting, beyond.label(), beyond.reason(), beyond.quantity(), beyond.unit(),
                beyond.pricedUpTo());
    }

    /** True when the tiers below {@code pricedUpTo} were billed and only the quantity above them is missing. */
    public boolean partial() {
        return pricedUpTo != null;
    }
}

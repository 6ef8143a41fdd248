package dev.cloudplan.core.pricing;

import dev.cloudplan.core.catalog.Attributes;
import java.math.BigDecimal;

/**
 * What a pricing rule bills, before prices are known: a quantity of one catalog charge.
 *
 * @param label             line-item name, e.g. "Instance usage (Linux, on-demand, t4g.medium)"
 * @param setting           the component setting that selected the price (for error messages), or null
 * @param quantity          billed quantity in {@code unit}, the catalog's own unit for the charge
 * @param formula           how the quantity was derived, for --explain
 * @param includedQuantity  quantity the service itself includes at no charge (not a free-tier offer), e.g.
 *                          RDS backup storage up to the provisioned size; zero when none
 * @param includedReason    why that quantity is free
 * @param amortiseMonths    for an upfront payment, the months it covers (0 for usage charges)
 */
public record Charge(
        String label,
        String service,
        String charge,
        Attributes attributes,
        String setting,
        BigDecimal quantity,
        String unit,
        String formula,
        BigDecimal includedQuantity,
        String includedReason,
        int amortiseMonths) {

    public Charge {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("negative quantity for " + label + ": " + quantity);
        }
    }

    public static Charge of(String label, String service, String charge, Attributes attributes, String setting,
            BigDecimal quantity, String unit, String formula) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, BigDecimal.ZERO, null, 0);
    }

    public Charge withIncluded(BigDecimal included, String reason) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, included, reason, amortiseMonths);
    }

    public Charge amortisedOver(int months) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, includedQuantity,
                includedReason, months);
    }
}

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
 * @param statedUsd         a price per unit the user stated for something outside the catalog (a PaaS plan),
 *                          used as is and never looked up; null for every catalog charge
 * @param statedSource      where the user says the stated price comes from; null for catalog charges
 * @param priceShare        the share of the catalog price billed (EC2 spot at a stated discount: 0.3 of on-demand);
 *                          null for the whole price
 * @param priceShareNote    why only that share, shown beside the catalog price's description; null without a share
 * @param noFreeTier        true when AWS withholds its free tier from this charge although the charge has one (a
 *                          Lambda function with provisioned concurrency: "The Lambda free tier does not apply to
 *                          functions enabling Provisioned Concurrency", AWS Lambda pricing page)
 * @param region            the region whose price applies when it is not the estimate's own (a cross-region read
 *                          replica, a global table's replica); null for the estimate's region
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
        int amortiseMonths,
        BigDecimal statedUsd,
        String statedSource,
        BigDecimal priceShare,
        String priceShareNote,
        boolean noFreeTier,
        String region) {

    /** Service name of charges priced at a user's stated price rather than from the catalog. */
    public static final String STATED_SERVICE = "Stated";

    public Charge {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("negative quantity for " + label + ": " + quantity);
        }
    }

    public static Charge of(String label, String service, String charge, Attributes attributes, String setting,
            BigDecimal quantity, String unit, String formula) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, BigDecimal.ZERO, null, 0,
                null, null, null, null, false, null);
    }

    /** A charge priced at {@code usd} per unit as the user stated it: shown as the user's figure, never a catalog price. */
    public static Charge stated(String label, String setting, BigDecimal quantity, String unit, String formula,
            BigDecimal usd, String source) {
        return new Charge(label, STATED_SERVICE, "stated-price", Attributes.NONE, setting, quantity, unit, formula,
                BigDecimal.ZERO, null, 0, usd, source, null, null, false, null);
    }

    public boolean isStated() {
        return statedUsd != null;
    }

    public Charge withIncluded(BigDecimal included, String reason) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, included, reason, amortiseMonths,
                statedUsd, statedSource, priceShare, priceShareNote, noFreeTier, region);
    }

    public Charge amortisedOver(int months) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, includedQuantity,
                includedReason, months, statedUsd, statedSource, priceShare, priceShareNote, noFreeTier, region);
    }

    /** This charge billed at {@code share} of its catalog price (a stated discount), saying why in {@code note}. */
    public Charge atShareOfPrice(BigDecimal share, String note) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, includedQuantity,
                includedReason, amortiseMonths, statedUsd, statedSource, share, note, noFreeTier, region);
    }

    /** This charge with no free-tier allowance drawn for it, whatever allowances match its key. */
    public Charge withoutFreeTier() {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, includedQuantity,
                includedReason, amortiseMonths, statedUsd, statedSource, priceShare, priceShareNote, true, region);
    }

    /** This charge at {@code other}'s prices rather than the estimate region's (what a replica there is billed). */
    public Charge inRegion(String other) {
        return new Charge(label, service, charge, attributes, setting, quantity, unit, formula, includedQuantity,
                includedReason, amortiseMonths, statedUsd, statedSource, priceShare, priceShareNote, noFreeTier, other);
    }
}

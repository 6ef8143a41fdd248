package dev.cloudplan.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One unit price from an official AWS source: one tier of one charge of one service in one region.
 *
 * @param tierStart first monthly quantity (in {@code unit}) the price applies to
 * @param tierEnd   quantity where the tier ends, exclusive; null for "and above"
 * @param usd       USD per one {@code unit}
 * @param source    what was actually read: a URL, or a repository, path and commit
 * @param sku       the Price List SKU the price was imported from; empty when the source shows none
 * @param grade     how the price was read (see {@link Grade})
 * @param offer     the official AWS offer file (or page) the price derives from; may equal {@code source}
 */
public record Price(
        String service,
        String region,
        String charge,
        Attributes attributes,
        String unit,
        BigDecimal tierStart,
        BigDecimal tierEnd,
        BigDecimal usd,
        LocalDate asOf,
        String source,
        String description,
        String sku,
        Grade grade,
        String offer) {

    public Price {
        sku = sku == null ? "" : sku;
        offer = offer == null || offer.isBlank() ? source : offer;
        java.util.Objects.requireNonNull(grade, "grade");
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("negative price for " + service + " " + charge);
        }
        if (tierEnd != null && tierEnd.compareTo(tierStart) <= 0) {
            throw new IllegalArgumentException("tier ends before it starts for " + service + " " + charge);
        }
    }

    public boolean isTiered() {
        return tierStart.signum() != 0 || tierEnd != null;
    }

    public PriceKey key() {
        return new PriceKey(service, region, charge, attributes);
    }
}

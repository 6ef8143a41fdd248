package dev.cloudplan.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One unit price from an official AWS source: one tier of one charge of one service in one region.
 *
 * @param tierStart first monthly quantity (in {@code unit}) the price applies to
 * @param tierEnd   quantity where the tier ends, exclusive; null for "and above"
 * @param usd       USD per one {@code unit}
 * @param sku       the Price List SKU the price was imported from; empty when transcribed by hand
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
        String sku) {

    public Price {
        sku = sku == null ? "" : sku;
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

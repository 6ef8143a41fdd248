package dev.cloudplan.core.pricing;

import dev.cloudplan.core.catalog.PriceKey;

/**
 * A charge is measured in one unit and its price is per another (a stated price per GB-Mo for an hourly
 * charge): multiplying them would be meaningless, so the charge is refused, naming both units.
 */
public final class UnitMismatchException extends RuntimeException {
    private final PriceKey key;
    private final String chargeUnit;
    private final String priceUnit;

    public UnitMismatchException(PriceKey key, String chargeUnit, String priceUnit) {
        super("the price of " + key + " is per " + priceUnit + ", but this charge is measured in " + chargeUnit);
        this.key = key;
        this.chargeUnit = chargeUnit;
        this.priceUnit = priceUnit;
    }

    public PriceKey key() {
        return key;
    }

    public String chargeUnit() {
        return chargeUnit;
    }

    public String priceUnit() {
        return priceUnit;
    }
}

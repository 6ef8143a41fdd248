package dev.cloudplan.core.catalog;

/** A price the estimate needs is not in the catalog; never priced as zero. */
public class MissingPriceException extends RuntimeException {
    private final PriceKey key;

    public MissingPriceException(PriceKey key, String message) {
        super(message);
        this.key = key;
    }

    public PriceKey key() {
        return key;
    }
}

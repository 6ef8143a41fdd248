package dev.cloudplan.pricelist;

/** An offer file that is not in the Price List format, with the file and position of the first problem. */
public final class OfferFormatException extends RuntimeException {
    public OfferFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public OfferFormatException(String message) {
        super(message);
    }
}

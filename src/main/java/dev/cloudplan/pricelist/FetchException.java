package dev.cloudplan.pricelist;

/** Offer files could not be downloaded: offline, timed out, or the Price List answered unexpectedly. */
public final class FetchException extends RuntimeException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}

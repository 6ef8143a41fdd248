package dev.cloudplan.catalogio;

/** A catalog file that does not follow docs/catalog.md, with the file and line. */
public class CatalogFormatException extends RuntimeException {
    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

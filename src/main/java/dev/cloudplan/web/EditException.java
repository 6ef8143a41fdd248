package dev.cloudplan.web;

/** An edit the page sent that cannot be applied to the spec's text (not a value the spec reader could judge). */
public final class EditException extends RuntimeException {
    private final String field;

    public EditException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field it concerns, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }
}

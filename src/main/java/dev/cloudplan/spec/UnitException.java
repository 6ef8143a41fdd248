package dev.cloudplan.spec;

/** A value whose unit or form is wrong, with how to write it instead. */
public class UnitException extends RuntimeException {
    private final String fix;

    public UnitException(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}

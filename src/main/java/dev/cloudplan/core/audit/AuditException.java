package dev.cloudplan.core.audit;

/** A claim that cannot be set against the estimate: it names no line, no budget, or a month outside the horizon. */
public final class AuditException extends RuntimeException {
    private final transient Claim.Place place;
    private final String fix;

    public AuditException(Claim.Place place, String problem, String fix) {
        super(problem);
        this.place = place;
        this.fix = fix;
    }

    public Claim.Place place() {
        return place;
    }

    public String fix() {
        return fix;
    }
}

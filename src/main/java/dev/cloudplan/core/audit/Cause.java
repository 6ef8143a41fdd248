package dev.cloudplan.core.audit;

/** Why a claimed figure differs from cloudplan's, in the words a write-up uses. */
public enum Cause {
    AGREES("agrees"),
    ROUNDING("rounding"),
    WRONG_PRICE("a price that is wrong or out of date"),
    OTHER_REGION("another region's price"),
    FREE_TIER_NOT_APPLICABLE("a free tier that does not apply"),
    FREE_TIER_MISSED("a free tier that was missed"),
    UNIT_MISTAKE("a unit or rounding mistake"),
    LEFT_OUT("a cost left out"),
    QUANTITY("a quantity derived differently"),
    VERDICT("a budget verdict that does not follow"),
    /** cloudplan has no price for the lines claimed: the difference is unknown, never taken as the whole claim. */
    NOT_PRICED("not priced by cloudplan");

    private final String words;

    Cause(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The id used in JSON and CSV: the constant's name in lower case with dashes. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

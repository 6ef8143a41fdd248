package dev.cloudplan.core.catalog;

/** Which family of free-tier offers an allowance belongs to. */
public enum FreeTierRegime {
    /** Always free, for every account, every month. */
    ALWAYS("always"),
    /** The 12-month offers of accounts created before 2025-07-15. */
    LEGACY_12_MONTH("legacy-12-month"),
    /** The credit-based free plan of accounts created from 2025-07-15. */
    FREE_PLAN("free-plan");

    private final String id;

    FreeTierRegime(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static FreeTierRegime fromId(String id) {
        for (FreeTierRegime r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown free-tier regime '" + id + "'");
    }
}

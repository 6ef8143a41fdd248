package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** One documented AWS quota, limit or specification, with the page it was read from and that page's date as read. */
public record Limit(String key, BigDecimal value, String unit, String source, String asOf) {
    /** The row under {@code key} of {@code limits}; a missing row is a build error, not a user's. */
    public static Limit in(java.util.Map<String, Limit> limits, String key) {
        Limit l = limits.get(key);
        if (l == null) {
            throw new IllegalStateException("limits.csv has no row '" + key + "'");
        }
        return l;
    }
}

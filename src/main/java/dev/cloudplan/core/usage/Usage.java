package dev.cloudplan.core.usage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One component's billed quantities in one month, keyed by usage names that carry their unit
 * ({@code instance_hours}, {@code gb_seconds}); each value has the formula that produced it.
 */
public final class Usage {
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, String> formulas = new LinkedHashMap<>();

    public Usage put(String key, BigDecimal value, String formula) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("usage " + key + " is negative: " + value);
        }
        values.put(key, value);
        formulas.put(key, formula);
        return this;
    }

    public BigDecimal get(String key) {
        BigDecimal v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("usage '" + key + "' was not derived");
        }
        return v;
    }

    /** Whether {@code key} was derived or given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String formula(String key) {
        return formulas.getOrDefault(key, "");
    }
}

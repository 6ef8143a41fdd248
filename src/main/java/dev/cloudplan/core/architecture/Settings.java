package dev.cloudplan.core.architecture;

import java.math.BigDecimal;
import java.util.Map;

/** A component's settings after parsing: typed values by setting name, {@code auto} left as the string "auto". */
public record Settings(Map<String, Object> values) {
    public Settings {
        values = Map.copyOf(values);
    }

    public String text(String name) {
        return (String) require(name);
    }

    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    public BigDecimal number(String name) {
        return (BigDecimal) require(name);
    }

    public int count(String name) {
        return ((BigDecimal) require(name)).intValueExact();
    }

    /** The number, or null when the setting is {@code auto}. */
    public BigDecimal numberOrAuto(String name) {
        Object v = require(name);
        return Setting.AUTO.equals(v) ? null : (BigDecimal) v;
    }

    /** The whole number, or null when the setting is {@code auto}. */
    public Integer countOrAuto(String name) {
        Object v = require(name);
        return Setting.AUTO.equals(v) ? null : ((BigDecimal) v).intValueExact();
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public boolean isAuto(String name) {
        return Setting.AUTO.equals(values.get(name));
    }

    /** The items of a list setting, such as the EBS volume groups of a {@link SettingKind#VOLUMES} one (none: empty). */
    @SuppressWarnings("unchecked")
    public <T> java.util.List<T> list(String name) {
        return (java.util.List<T>) require(name);
    }

    public PurchaseOption purchase(String name) {
        return (PurchaseOption) require(name);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("setting '" + name + "' has no value");
        }
        return v;
    }
}

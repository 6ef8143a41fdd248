package dev.cloudplan.core.catalog;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The attributes that select one price among those of a charge, kept sorted so equal sets compare equal. */
public record Attributes(Map<String, String> values) {
    public static final Attributes NONE = new Attributes(Map.of());

    public Attributes {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public static Attributes of(String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in key/value pairs");
        }
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return new Attributes(map);
    }

    /** Parses the catalog's `key=value;key=value` form; an empty string is no attributes. */
    public static Attributes parse(String text) {
        Map<String, String> map = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("attribute '" + pair + "' is not key=value");
                }
                map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return new Attributes(map);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** True when every attribute of {@code subset} is here with the same value. */
    public boolean containsAll(Attributes subset) {
        for (Map.Entry<String, String> e : subset.values.entrySet()) {
            if (!e.getValue().equals(values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}

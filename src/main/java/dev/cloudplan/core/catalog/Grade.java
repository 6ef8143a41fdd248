package dev.cloudplan.core.catalog;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a price was read, best first: the provenance grade every catalog row carries (docs/catalog.md, "Provenance").
 * A disagreement between sources is settled by the better grade.
 */
public enum Grade {
    /** An official AWS Price List offer file or the Pricing API, read by cloudplan's importer. */
    PRICE_LIST("price-list"),
    /** A file generated from the Price List and kept in a maintained public repository (repository, path, commit). */
    PRICE_LIST_MIRROR("price-list-mirror"),
    /** A dated secondary copy of an official page or file, kept only where two independent sources agree. */
    TRANSCRIBED("transcribed"),
    /** A price the user stated in the spec's {@code prices:} section: not a catalog row, never a catalog grade. */
    STATED("stated");

    private final String id;

    Grade(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The grades a catalog row can have, best first (not {@link #STATED}). */
    public static final List<Grade> CATALOG = List.of(PRICE_LIST, PRICE_LIST_MIRROR, TRANSCRIBED);

    /**
     * How many of {@code items} have each grade, per {@code key} in key order (items without a grade are not
     * counted): the one tally behind catalog show, the provenance report and a report's footer.
     */
    public static <T> SortedMap<String, Map<Grade, Integer>> tally(Iterable<T> items,
            Function<T, String> key, Function<T, Grade> grade) {
        SortedMap<String, Map<Grade, Integer>> out = new TreeMap<>();
        for (T item : items) {
            Grade g = grade.apply(item);
            if (g != null) {
                out.computeIfAbsent(key.apply(item), k -> new EnumMap<>(Grade.class)).merge(g, 1, Integer::sum);
            }
        }
        return out;
    }

    /** The grade spelled {@code id}; an unknown spelling lists the known ones. */
    public static Grade fromId(String id) {
        for (Grade g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown provenance grade '" + id + "' (known: "
                + Arrays.stream(values()).map(Grade::id).collect(Collectors.joining(", ")) + ")");
    }
}

package dev.cloudplan.core.catalog;

import java.util.Arrays;
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

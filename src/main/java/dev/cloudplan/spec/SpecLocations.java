package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.PriceKey;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;

/** Where each architecture, component and setting was written, to point estimate errors at the spec. */
public final class SpecLocations {
    private final String file;
    private final Map<String, Mark> marks = new HashMap<>();
    private final Map<PriceKey, Mark> priceUnits = new HashMap<>();

    SpecLocations(String file) {
        this.file = file;
    }

    /** Where a stated price's unit was written, to point a unit the charge does not use at it. */
    void putPriceUnit(Mark mark, PriceKey key) {
        priceUnits.put(key, mark);
    }

    /** The error for a stated price whose unit differs from the one its charge is measured in; empty if not stated. */
    public java.util.Optional<SpecException> priceUnitError(PriceKey key, String problem, String fix) {
        Mark m = priceUnits.get(key);
        return m == null ? java.util.Optional.empty()
                : java.util.Optional.of(new SpecException(file, m.getLine() + 1, m.getColumn() + 1, problem, fix));
    }

    void put(Mark mark, String... path) {
        marks.put(String.join("/", path), mark);
    }

    /** The most precise place known for the path (setting, else component, else architecture). */
    public SpecException error(String problem, String fix, String architecture, String component, String setting) {
        Mark m = null;
        if (setting != null) {
            m = marks.get(architecture + "/" + component + "/" + setting);
        }
        if (m == null && component != null) {
            m = marks.get(architecture + "/" + component);
        }
        if (m == null) {
            m = marks.get(architecture);
        }
        int line = m == null ? 1 : m.getLine() + 1;
        int column = m == null ? 1 : m.getColumn() + 1;
        return new SpecException(file, line, column, problem, fix);
    }
}

package dev.cloudplan.spec;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;

/** Where each architecture, component and setting was written, to point estimate errors at the spec. */
public final class SpecLocations {
    private final String file;
    private final Map<String, Mark> marks = new HashMap<>();

    SpecLocations(String file) {
        this.file = file;
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

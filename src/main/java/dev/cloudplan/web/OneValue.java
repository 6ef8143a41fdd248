package dev.cloudplan.web;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * That a field's new text is one value where it is written: one line, no control characters, and read by YAML as
 * one scalar in its place (inside {@code {...}} a comma would start another setting). Text YAML cannot read at all
 * is let through, so that the spec reader reports it at its line and column, as the command line would.
 */
final class OneValue {
    /** Longer than any value a spec needs; the spec's own limit on a value is far above it. */
    static final int MAX_CHARS = 200;

    private OneValue() {}

    static String check(SpecFields.Field f, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new EditException(f.id(), "'" + f.label() + "' is empty: give a value, such as " + f.text());
        }
        if (v.length() > MAX_CHARS) {
            throw new EditException(f.id(), "'" + f.label() + "' is longer than " + MAX_CHARS + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new EditException(f.id(), "'" + f.label() + "' holds a line break or control character: give one"
                        + " value on one line, such as " + f.text());
            }
        }
        Node n;
        try {
            n = new Yaml(new LoaderOptions()).compose(new StringReader(f.inFlow() ? "[" + v + "]" : "k: " + v));
        } catch (YAMLException e) {
            return v;
        }
        Node inner = n instanceof SequenceNode s && s.getValue().size() == 1 ? s.getValue().get(0)
                : n instanceof MappingNode m && m.getValue().size() == 1 ? m.getValue().get(0).getValueNode() : null;
        if (!(inner instanceof ScalarNode)) {
            throw new EditException(f.id(), "'" + v + "' is not one value for '" + f.label() + "'"
                    + (f.inFlow() ? " (inside {...} a comma starts another setting)" : "") + ": write one value, such as "
                    + f.text());
        }
        return v;
    }
}

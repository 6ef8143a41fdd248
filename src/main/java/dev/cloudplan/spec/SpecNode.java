package dev.cloudplan.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML value with its path in the spec and its position in the file, for errors that point at it. */
final class SpecNode {
    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, SpecNode> children = new LinkedHashMap<>();
    private final Map<String, Mark> keyMarks = new LinkedHashMap<>();

    SpecNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    throw at(t.getKeyNode().getStartMark(), "a key in " + describe() + " is not a plain name",
                            "write keys as plain words such as name: or region:");
                }
                String name = key.getValue();
                if (children.containsKey(name)) {
                    throw at(key.getStartMark(), "'" + name + "' appears twice in " + describe(), "keep one of them");
                }
                children.put(name, new SpecNode(file, path.isEmpty() ? name : path + "." + name, t.getValueNode()));
                keyMarks.put(name, key.getStartMark());
            }
        }
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    String describe() {
        return path.isEmpty() ? "the spec" : "'" + path + "'";
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean has(String key) {
        return children.containsKey(key);
    }

    SpecNode get(String key) {
        return children.get(key);
    }

    SpecNode require(String key, String example) {
        SpecNode child = children.get(key);
        if (child == null) {
            throw error(describe() + " has no '" + key + "'", "add " + key + ": " + example);
        }
        return child;
    }

    /** Whether a key in {@code keys}, anywhere below this node, has a scalar value not in {@code except}. */
    boolean anyKeyOtherThan(Collection<String> keys, Collection<String> except) {
        return anyKey(node, keys, except);
    }

    private static boolean anyKey(Node n, Collection<String> keys, Collection<String> except) {
        if (n instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && keys.contains(k.getValue())
                        && t.getValueNode() instanceof ScalarNode v
                        && !except.contains(v.getValue().trim().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (anyKey(t.getValueNode(), keys, except)) {
                    return true;
                }
            }
        } else if (n instanceof SequenceNode seq) {
            return seq.getValue().stream().anyMatch(item -> anyKey(item, keys, except));
        }
        return false;
    }

    Map<String, SpecNode> entries() {
        return children;
    }

    /** Fails on the first key not in {@code allowed}, suggesting the closest allowed one. */
    SpecNode allowOnly(Collection<String> allowed) {
        requireMap();
        for (String key : children.keySet()) {
            if (!allowed.contains(key)) {
                String near = Suggest.closest(key, allowed);
                throw at(keyMarks.get(key), "unknown key '" + key + "' in " + describe(),
                        (near != null ? "did you mean '" + near + "'? " : "") + "allowed keys: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    SpecNode allowOnly(String... allowed) {
        return allowOnly(List.of(allowed));
    }

    SpecNode requireMap() {
        if (!isMap()) {
            throw error(describe() + " should be a mapping of keys to values", "indent its keys under it, one per line");
        }
        return this;
    }

    String scalar() {
        if (!(node instanceof ScalarNode s)) {
            throw error(describe() + " should be a single value, not a " + (isMap() ? "mapping" : "list"),
                    "write it on one line, such as " + lastName() + ": value");
        }
        if (s.getValue().isBlank()) {
            throw error(describe() + " is empty", "give it a value");
        }
        return s.getValue().trim();
    }

    String lastName() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    List<SpecNode> list() {
        if (!(node instanceof SequenceNode seq)) {
            throw error(describe() + " should be a list", "write each item on its own line starting with '- '");
        }
        List<SpecNode> out = new ArrayList<>();
        int i = 0;
        for (Node item : seq.getValue()) {
            out.add(new SpecNode(file, path + "[" + i++ + "]", item));
        }
        return out;
    }

    /** The scalar parsed by a Units function; a wrong unit or form becomes an error pointing here. */
    <T> T value(java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(scalar());
        } catch (UnitException e) {
            throw error(describe() + ": " + e.getMessage(), e.fix());
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(describe() + ": '" + scalar() + "' is not a number", "write a number such as 100 or 2.5");
        }
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean bool() {
        String v = scalar().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(describe() + " should be true or false, not '" + v + "'", "write true or false");
        };
    }

    Mark mark() {
        return node.getStartMark();
    }

    /** Where it was written, as an error here names it: {@code file:line:column}. */
    String where() {
        Mark m = node.getStartMark();
        return file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    SpecException error(String problem, String fix) {
        return at(node.getStartMark(), problem, fix);
    }

    SpecException at(Mark mark, String problem, String fix) {
        return new SpecException(file, mark.getLine() + 1, mark.getColumn() + 1, problem, fix);
    }
}

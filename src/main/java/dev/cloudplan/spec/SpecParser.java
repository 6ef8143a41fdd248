package dev.cloudplan.spec;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML text to the spec's node tree. The events are walked once first, with aliases expanded in size only,
 * so that a cycle, an alias bomb, too many aliases, too deep a nesting or too long a value is refused at the
 * line and column where it happens, before any tree is built from it.
 */
final class SpecParser {
    private SpecParser() {}

    static SpecNode parse(String file, String text, Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // The walk below enforces cloudplan's own, located limits first; these only keep SnakeYAML's from firing.
        options.setMaxAliasesForCollections(Math.max(50, limits.aliases() + 1));
        options.setNestingDepthLimit(limits.depth() + 10);
        options.setCodePointLimit(limits.fileBytes() + 1);
        Node node;
        try {
            guard(file, new Yaml(options).parse(new StringReader(text)), limits);
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = "YAML syntax error: " + (e.getProblem() == null ? "malformed YAML" : e.getProblem())
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "");
            throw new SpecException(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    problem, "check the indentation and punctuation on this line and the one before it");
        } catch (YAMLException e) {
            throw new SpecException(file, 1, 1, "YAML error: " + e.getMessage(), "check the file is valid YAML");
        }
        if (node == null) {
            throw new SpecException(file, 1, 1, "the spec is empty", "start from examples/learning-app.yaml");
        }
        return new SpecNode(file, "", node);
    }

    /** The size and height of a finished value: what an alias to it expands to. */
    private record Extent(long nodes, int height) {}

    /** A mapping or list being read: its anchor, and the size and height of what it holds so far. */
    private static final class Open {
        final String anchor;
        long nodes = 1;
        int height = 1;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }

    private static void guard(String file, Iterable<Event> events, Limits limits) {
        Deque<Open> open = new ArrayDeque<>();
        Set<String> openAnchors = new HashSet<>();
        Map<String, Extent> anchors = new HashMap<>();
        long total = 0;
        int aliases = 0;
        for (Event e : events) {
            Extent added = null;
            if (e instanceof CollectionStartEvent start) {
                if (open.size() + 1 > limits.depth()) {
                    throw at(file, e.getStartMark(), "values are nested more than " + limits.depth() + " levels deep",
                            "a spec needs a few levels; check the brackets and indentation here");
                }
                open.push(new Open(start.getAnchor()));
                if (start.getAnchor() != null) {
                    openAnchors.add(start.getAnchor());
                }
                total++;
            } else if (e instanceof CollectionEndEvent) {
                Open done = open.pop();
                Extent extent = new Extent(done.nodes, done.height);
                if (done.anchor != null) {
                    openAnchors.remove(done.anchor);
                    anchors.put(done.anchor, extent);
                }
                added = extent;
            } else if (e instanceof ScalarEvent scalar) {
                if (scalar.getValue().length() > limits.scalarChars()) {
                    throw at(file, e.getStartMark(), "a value of " + Limits.n(scalar.getValue().length())
                            + " characters is longer than the " + Limits.n(limits.scalarChars()) + " a value may hold",
                            "shorten it");
                }
                added = new Extent(1, 0);
                if (scalar.getAnchor() != null) {
                    anchors.put(scalar.getAnchor(), added);
                }
                total++;
            } else if (e instanceof AliasEvent alias) {
                added = alias(file, alias, ++aliases, openAnchors, anchors, open.size(), limits);
                total += added.nodes();
            }
            if (added != null && !open.isEmpty()) {
                Open parent = open.peek();
                parent.nodes += added.nodes();
                parent.height = Math.max(parent.height, added.height() + 1);
            }
            if (total > limits.nodes()) {
                throw at(file, e.getStartMark(), "the spec holds more than " + Limits.n(limits.nodes()) + " values"
                        + " (aliases counted at their expanded size)", "a spec needs a few hundred; if aliases repeat"
                        + " large parts, write the parts out or repeat less");
            }
        }
    }

    private static Extent alias(String file, AliasEvent alias, int count, Set<String> openAnchors,
            Map<String, Extent> anchors, int depth, Limits limits) {
        String name = ((NodeEvent) alias).getAnchor();
        if (count > limits.aliases()) {
            throw at(file, alias.getStartMark(), "more than " + limits.aliases() + " aliases (*name) in one spec",
                    "write the repeated values out, or repeat less");
        }
        if (openAnchors.contains(name)) {
            throw at(file, alias.getStartMark(), "the alias *" + name + " refers to the value it is inside of,"
                    + " which would repeat without end", "point the alias at a value defined before and outside it");
        }
        Extent target = anchors.get(name);
        if (target == null) {
            // An undefined alias: SnakeYAML reports it with its place when the tree is built.
            return new Extent(1, 0);
        }
        if (depth + target.height() > limits.depth()) {
            throw at(file, alias.getStartMark(), "the alias *" + name + " nests values more than " + limits.depth()
                    + " levels deep", "a spec needs a few levels; write the value out here instead");
        }
        return target;
    }

    private static SpecException at(String file, Mark mark, String problem, String fix) {
        return new SpecException(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                problem, fix);
    }
}

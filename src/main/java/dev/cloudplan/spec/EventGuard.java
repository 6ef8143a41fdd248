package dev.cloudplan.spec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The spec's own limits on YAML events, seen one at a time in the order the parser gives them: aliases are
 * expanded in size only, so a cycle, an alias bomb, too many aliases, too deep a nesting or too long a value is
 * refused at the event where it happens.
 */
final class EventGuard {
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

    private final String file;
    private final Limits limits;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Set<String> openAnchors = new HashSet<>();
    private final Map<String, Extent> anchors = new HashMap<>();
    private long total;
    private int aliases;

    EventGuard(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Counts {@code e} in; a limit it passes is a SpecException at it. */
    void accept(Event e) {
        Extent added = null;
        if (e instanceof CollectionStartEvent start) {
            if (open.size() + 1 > limits.depth()) {
                throw at(e.getStartMark(), "values are nested more than " + limits.depth() + " levels deep",
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
                throw at(e.getStartMark(), "a value of " + Limits.n(scalar.getValue().length())
                        + " characters is longer than the " + Limits.n(limits.scalarChars()) + " a value may hold",
                        "shorten it");
            }
            added = new Extent(1, 0);
            if (scalar.getAnchor() != null) {
                anchors.put(scalar.getAnchor(), added);
            }
            total++;
        } else if (e instanceof AliasEvent alias) {
            added = alias(alias, ++aliases);
            total += added.nodes();
        }
        if (added != null && !open.isEmpty()) {
            Open parent = open.peek();
            parent.nodes += added.nodes();
            parent.height = Math.max(parent.height, added.height() + 1);
        }
        if (total > limits.nodes()) {
            throw at(e.getStartMark(), "the spec holds more than " + Limits.n(limits.nodes()) + " values"
                    + " (aliases counted at their expanded size)", "a spec needs a few hundred; if aliases repeat"
                    + " large parts, write the parts out or repeat less");
        }
    }

    private Extent alias(AliasEvent alias, int count) {
        String name = ((NodeEvent) alias).getAnchor();
        if (count > limits.aliases()) {
            throw at(alias.getStartMark(), "more than " + limits.aliases() + " aliases (*name) in one spec",
                    "write the repeated values out, or repeat less");
        }
        if (openAnchors.contains(name)) {
            throw at(alias.getStartMark(), "the alias *" + name + " refers to the value it is inside of,"
                    + " which would repeat without end", "point the alias at a value defined before and outside it");
        }
        Extent target = anchors.get(name);
        if (target == null) {
            // An undefined alias: SnakeYAML reports it with its place when the tree is built.
            return new Extent(1, 0);
        }
        if (open.size() + target.height() > limits.depth()) {
            throw at(alias.getStartMark(), "the alias *" + name + " nests values more than " + limits.depth()
                    + " levels deep", "a spec needs a few levels; write the value out here instead");
        }
        return target;
    }

    private SpecException at(Mark mark, String problem, String fix) {
        return new SpecException(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                problem, fix);
    }
}

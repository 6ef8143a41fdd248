package dev.cloudplan.web;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.spec.DriverValues;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The values of a spec the what-if page lets a user change, each at its place in the YAML text: the workload drivers,
 * the horizon and budget, and every setting the architectures give their components. An edit replaces that text
 * and nothing else, so the edited spec is the file as the user wrote it (comments, order, style) with those values
 * changed, and it reads, and fails, exactly as that file would on the command line.
 */
public final class SpecFields {
    /** The slider's positions either side of the spec's own value: 20 a decade, x0.1 to x10. */
    public static final int STEPS = 20;

    /** Workload paths that drive usage, in docs/spec.md's order; the per-request and per-user ratios too. */
    private static final List<String> WORKLOAD = List.of("users.total", "users.active", "users.concurrent", "requests",
            "actions_per_user_per_day", "request_size", "database.reads", "database.writes",
            "database.reads_per_request", "database.writes_per_request", "database.item_size",
            "database.read_item_size", "database.write_item_size", "database.stored", "static_assets",
            "static_requests", "uploads", "egress", "dns_queries", "peak.factor");

    /** Keys inside a driver's growth or inflow that are rates or durations, not amounts: scaling leaves them. */
    private static final Set<String> NOT_AMOUNTS = Set.of("growth", "over", "keep", "then");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)(.*)$",
            Pattern.DOTALL);

    /** Where a field is shown on the page. */
    public enum Group { WORKLOAD, PLAN, ARCHITECTURE }

    /** One editable value: its id (its path in the spec), what the page calls it, and its text's place. */
    public record Field(String id, Group group, String section, String label, String unit, String text,
            boolean series, boolean inFlow, int start, int end, List<Span> leaves) {
        /** A driver written month by month or with growth: only its slider changes it, all its amounts at once. */
        public boolean scalable() {
            return !leaves.isEmpty();
        }
    }

    /** A stretch of the text (code-unit offsets) and what is written there. */
    public record Span(int start, int end, String text) {}

    private final String text;
    private final Map<String, Field> fields;
    /** The YAML node of each field written month by month or with growth, to show it in one line. */
    private final Map<String, Node> series;

    private SpecFields(String text, Map<String, Field> fields, Map<String, Node> series) {
        this.text = text;
        this.fields = fields;
        this.series = series;
    }

    /** The fields of a spec's text, which must already have been read without error (its limits checked). */
    public static SpecFields of(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root = new Yaml(options).compose(new StringReader(text));
        Finder f = new Finder(text);
        if (root instanceof MappingNode top) {
            Node workload = child(top, "workload");
            for (String path : WORKLOAD) {
                Node n = at(workload, path);
                if (n != null) {
                    int dot = path.lastIndexOf('.');
                    f.driver(path, dot < 0 ? workload : at(workload, path.substring(0, dot)), n);
                }
            }
            f.plan(top);
            if (child(top, "architectures") instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    f.architecture(item);
                }
            }
        }
        return new SpecFields(text, Collections.unmodifiableMap(f.out), f.series);
    }

    public String text() {
        return text;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    /** The factor a slider position stands for: 10^(step/20), to two significant digits (x0.1 ... x1.1, x1.3 ... x10). */
    public static BigDecimal factor(int step) {
        if (step < -STEPS || step > STEPS) {
            throw new IllegalArgumentException("a slider step from " + -STEPS + " to " + STEPS);
        }
        return new BigDecimal(Math.pow(10, step / (double) STEPS)).round(new MathContext(2)).stripTrailingZeros();
    }

    /**
     * The spec's text with {@code texts} written in place of their fields' values and every amount of the fields in
     * {@code steps} multiplied by their slider's factor; an unknown field or a text that is not one value is an
     * {@link EditException}.
     */
    public Edited apply(Map<String, String> texts, Map<String, Integer> steps) {
        List<Span> replacements = new ArrayList<>();
        Map<String, Span> fieldSpans = new LinkedHashMap<>();
        texts.forEach((id, value) -> {
            Field f = field(id);
            if (steps.containsKey(id)) {
                throw new EditException(id, "'" + f.label() + "' is given both a value and a slider step");
            }
            if (f.scalable()) {
                throw new EditException(id, "'" + f.label() + "' is written month by month or with growth in the spec:"
                        + " change it with its slider, or edit the file");
            }
            String v = OneValue.check(f, value);
            replacements.add(new Span(f.start(), f.end(), v));
            fieldSpans.put(id, new Span(f.start(), f.end(), v));
        });
        steps.forEach((id, step) -> {
            Field f = field(id);
            if (step < -STEPS || step > STEPS) {
                throw new EditException(id, "slider step " + step + " of '" + f.label() + "' is outside " + -STEPS
                        + " to " + STEPS);
            }
            BigDecimal k = factor(step);
            List<Span> own = new ArrayList<>();
            for (Span leaf : f.scalable() ? f.leaves() : List.of(new Span(f.start(), f.end(), f.text()))) {
                String scaled = scale(leaf.text(), k);
                if (scaled != null) {
                    own.add(new Span(leaf.start(), leaf.end(), scaled));
                }
            }
            replacements.addAll(own);
            Map<Integer, String> byStart = new java.util.HashMap<>();
            own.forEach(s -> byStart.put(s.start(), s.text()));
            fieldSpans.put(id, new Span(f.start(), f.end(), f.scalable() ? oneLine(series.get(id), byStart)
                    : own.isEmpty() ? f.text() : own.get(0).text()));
        });
        Map<String, String> values = new LinkedHashMap<>();
        fieldSpans.forEach((id, s) -> values.put(id, s.text()));
        List<Span> placed = new ArrayList<>();
        fields.values().forEach(f -> placed.add(new Span(moved(f.start(), replacements), moved(f.end(), replacements),
                f.id())));
        return new Edited(splice(text, replacements, 0), values, placed);
    }

    /** Where offset {@code at} of the spec's text is once the replacements before it are made. */
    private static int moved(int at, List<Span> replacements) {
        int to = at;
        for (Span r : replacements) {
            if (r.end() <= at) {
                to += r.text().length() - (r.end() - r.start());
            }
        }
        return to;
    }

    /** A field's value as the page shows it: its own text, or a driver's series in YAML's one-line form. */
    public String shown(Field f) {
        return f.scalable() ? oneLine(series.get(f.id()), Map.of()) : f.text();
    }

    /** {@code n} in YAML's flow form, each amount replaced by {@code scaled}'s text for it (by its offset). */
    private String oneLine(Node n, Map<Integer, String> scaled) {
        if (n instanceof ScalarNode s) {
            return scaled.getOrDefault(Finder.offset(text, s.getStartMark().getIndex()), s.getValue());
        }
        List<String> parts = new ArrayList<>();
        if (n instanceof SequenceNode list) {
            list.getValue().forEach(i -> parts.add(oneLine(i, scaled)));
            return "[" + String.join(", ", parts) + "]";
        }
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            parts.add(oneLine(t.getKeyNode(), Map.of()) + ": " + oneLine(t.getValueNode(), scaled));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** The edited text, each edited field's value as it now reads, and where every field is in it (text: its id). */
    public record Edited(String text, Map<String, String> values, List<Span> placed) {
        /** The field at a line and column of the edited text (a spec error's place), or null when none is there. */
        public String fieldAt(int line, int column) {
            int at = 0;
            for (int l = 1; l < line && at >= 0; l++) {
                at = text.indexOf('\n', at) + 1;
                if (at == 0) {
                    return null;
                }
            }
            int lineEnd = text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at);
            int offset = Math.min(lineEnd, text.offsetByCodePoints(at, Math.min(column - 1,
                    text.codePointCount(at, lineEnd))));
            Span best = null;
            for (Span s : placed) {
                if (s.start() <= offset && offset <= s.end() && (best == null
                        || s.end() - s.start() < best.end() - best.start())) {
                    best = s;
                }
            }
            if (best == null) {
                for (Span s : placed) {
                    if (s.start() >= at && s.start() <= lineEnd) {
                        return s.text();
                    }
                }
            }
            return best == null ? null : best.text();
        }
    }

    private Field field(String id) {
        Field f = fields.get(id);
        if (f == null) {
            throw new EditException(null, "the spec has no editable value '" + id + "'");
        }
        return f;
    }

    /** {@code amount} x {@code k} to four significant digits, its suffix and unit kept ({@code 1.5K} x 2 = {@code 3K}). */
    static String scale(String amount, BigDecimal k) {
        Matcher m = LEADING_NUMBER.matcher(amount.trim());
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1).replace(",", "");
        BigDecimal scaled = new BigDecimal(digits).multiply(k).round(new MathContext(4)).stripTrailingZeros();
        if (m.group(2).isEmpty() && !digits.contains(".")) {
            // A bare whole number (a count, users) stays whole: count: 2 x 1.1 is 2, not 2.2.
            scaled = scaled.setScale(0, java.math.RoundingMode.HALF_UP);
        }
        return scaled.toPlainString() + m.group(2);
    }

    /** {@code base} (which begins at offset {@code origin} of the text) with the spans replaced, which must not overlap. */
    private static String splice(String base, List<Span> spans, int origin) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder sb = new StringBuilder(base.length() + 64);
        int at = 0;
        for (Span s : sorted) {
            int from = s.start() - origin;
            if (from < at) {
                throw new EditException(null, "two edits change the same value (one is an alias of the other)");
            }
            sb.append(base, at, from).append(s.text());
            at = s.end() - origin;
        }
        return sb.append(base, at, base.length()).toString();
    }

    private static Node child(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static Node at(Node from, String dotted) {
        Node n = from;
        for (String part : dotted.split("\\.")) {
            n = child(n, part);
        }
        return n;
    }

    /** Walks the tree once, collecting fields; a value reached twice (through an alias) is offered once. */
    private static final class Finder {
        private final String text;
        private final Map<String, Field> out = new LinkedHashMap<>();
        private final Map<String, Node> series = new LinkedHashMap<>();
        private final Set<Integer> seen = new HashSet<>();

        Finder(String text) {
            this.text = text;
        }

        /** SnakeYAML's marks count code points; the text is spliced by UTF-16 code units. */
        static int offset(String text, int codePoints) {
            return text.offsetByCodePoints(0, codePoints);
        }

        private int offset(int codePoints) {
            return offset(text, codePoints);
        }

        void plan(MappingNode top) {
            for (String key : List.of("horizon", "budget")) {
                if (child(top, key) instanceof ScalarNode s) {
                    add(key, Group.PLAN, "Plan", key, null, s, false, List.of());
                }
            }
        }

        void driver(String path, Node parent, Node n) {
            String unit = DriverValues.byName(path).map(Driver::unit).orElse(switch (path) {
                case "actions_per_user_per_day" -> "a user, a day";
                case "peak.factor" -> "x the average hour";
                default -> "per request";
            });
            if (n instanceof ScalarNode s) {
                add("workload." + path, Group.WORKLOAD, "Workload", path, unit, s, flow(parent), List.of());
            } else {
                List<Span> leaves = new ArrayList<>();
                amounts(n, leaves);
                if (!leaves.isEmpty()) {
                    add("workload." + path, Group.WORKLOAD, "Workload", path, unit, n, false, leaves);
                    series.put("workload." + path, n);
                }
            }
        }

        private void amounts(Node n, List<Span> leaves) {
            if (n instanceof ScalarNode s) {
                if (LEADING_NUMBER.matcher(s.getValue()).matches()) {
                    leaves.add(new Span(offset(s.getStartMark().getIndex()), offset(s.getEndMark().getIndex()),
                            s.getValue()));
                }
            } else if (n instanceof SequenceNode list) {
                list.getValue().forEach(i -> amounts(i, leaves));
            } else if (n instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k && NOT_AMOUNTS.contains(k.getValue()))) {
                        amounts(t.getValueNode(), leaves);
                    }
                }
            }
        }

        void architecture(Node item) {
            if (!(child(item, "name") instanceof ScalarNode name)) {
                return;
            }
            String arch = name.getValue();
            String base = "architectures." + arch;
            if (child(item, "overrides") instanceof MappingNode overrides) {
                for (NodeTuple t : overrides.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode comp) {
                        settings(base + "." + comp.getValue(), arch, comp.getValue(), t.getValueNode());
                    }
                }
            }
            if (child(item, "components") instanceof SequenceNode comps) {
                for (Node c : comps.getValue()) {
                    if (child(c, "name") instanceof ScalarNode comp) {
                        settings(base + "." + comp.getValue(), arch, comp.getValue(), c);
                    }
                }
            }
        }

        private void settings(String prefix, String arch, String comp, Node map) {
            if (!(map instanceof MappingNode m)) {
                return;
            }
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v
                        && !k.getValue().equals("name") && !k.getValue().equals("type")) {
                    add(prefix + "." + k.getValue(), Group.ARCHITECTURE, arch, comp + " " + k.getValue(), null, v,
                            flow(m), List.of());
                }
            }
        }

        private static boolean flow(Node parent) {
            return parent instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        }

        private void add(String id, Group group, String section, String label, String unit, Node n, boolean inFlow,
                List<Span> leaves) {
            int start = offset(n.getStartMark().getIndex());
            int end = offset(n.getEndMark().getIndex());
            if (out.containsKey(id) || !seen.add(start)) {
                return;
            }
            String shown = n instanceof ScalarNode s ? s.getValue() : "";
            out.put(id, new Field(id, group, section, label, unit, shown, !(n instanceof ScalarNode), inFlow, start,
                    end, leaves));
        }
    }
}

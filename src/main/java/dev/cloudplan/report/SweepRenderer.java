package dev.cloudplan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.Sweep;
import java.util.ArrayList;
import java.util.List;

/** A sweep in every format: the table and Markdown share one layout; JSON (docs/json-output.md) and CSV are lossless. */
public final class SweepRenderer {
    private static final ObjectMapper MAPPER = JsonRenderer.MAPPER;
    private static final List<String> CSV_COLUMNS = List.of("kind", "value", "unit", "architecture", "cost",
            "complete", "versus", "cheaper_below", "cheaper_above", "step");

    private SweepRenderer() {}

    public static String render(SweepReport report, Format format) {
        return switch (format) {
            case TABLE -> TableRenderer.render(blocks(report));
            case MARKDOWN -> MarkdownRenderer.render(blocks(report));
            case JSON -> json(report);
            case CSV -> csv(report);
            case HTML -> SweepHtml.page(report);
        };
    }

    static List<Block> blocks(SweepReport r) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, "Sweep: " + r.scenario().name()));
        out.add(new Block.Paragraph(r.rangeText()));
        out.add(new Block.Paragraph(r.measureText()));
        List<String> headers = new ArrayList<>();
        headers.add(heading(r.axis()));
        headers.addAll(r.sweep().architectures());
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Point p : r.sweep().points()) {
            List<String> row = new ArrayList<>();
            row.add(Numbers.quantity(p.value()));
            p.costs().forEach(c -> row.add(shown(c)));
            rows.add(row);
        }
        out.add(new Block.Table(headers, right, rows));
        out.add(new Block.Heading(2, "Break-even (" + r.resolutionText() + ")"));
        out.addAll(breakEvenBlocks(r));
        List<String> warnings = r.warnings();
        if (!warnings.isEmpty()) {
            out.add(new Block.Heading(2, "Warnings"));
            out.add(new Block.Bullets(warnings));
        }
        out.add(new Block.Paragraph("Prices: catalog '" + r.catalog().name() + "', read " + r.catalog().date() + " ("
                + r.catalog().source() + "). Every point is priced as 'cloudplan compare' prices the spec; see its"
                + " assumptions there."));
        return out;
    }

    /** A cost in a table: a lower bound is never shown as if it were the cost. */
    static String shown(Cost c) {
        return c.complete() ? Numbers.money(c.amount()) : ">= " + Numbers.money(c.amount()) + " INCOMPLETE";
    }

    /** An axis as a column heading: {@code requests (requests/month)}, {@code app.count}. */
    static String heading(Axis a) {
        return a.name() + (a.unit().isEmpty() ? "" : " (" + a.unit() + ")");
    }

    /** One sentence a pair; compare --break-even shows the same. */
    static List<Block> breakEvenBlocks(SweepReport r) {
        List<String> sentences = r.pairs().stream()
                .map(p -> BreakEvenText.sentence(p, r.axis(), r.from(), r.to())).toList();
        return List.of(sentences.isEmpty() ? new Block.Paragraph("One architecture: nothing to break even with.")
                : new Block.Bullets(sentences), new Block.Paragraph(r.searchText()));
    }

    /** The compare section: the same sentences under their heading, in the table or Markdown style, or HTML with its chart. */
    public static String section(SweepReport r, Format format) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Break-even over " + r.axis().name() + " (" + r.resolutionText() + ")"));
        blocks.add(new Block.Paragraph(r.rangeText()));
        blocks.add(new Block.Paragraph(r.measureText()));
        blocks.addAll(breakEvenBlocks(r));
        if (format == Format.HTML) {
            return SweepHtml.section(r);
        }
        return format == Format.MARKDOWN ? MarkdownRenderer.render(blocks) : TableRenderer.render(blocks);
    }

    private static String json(SweepReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        JsonRenderer.head(root, r.catalog(), r.catalogAgeDays());
        JsonRenderer.scenario(root, r.scenario());
        root.set("measure", measureJson(r));
        root.set("driver", driver(r));
        ArrayNode names = root.putArray("architectures");
        r.sweep().architectures().forEach(names::add);
        ArrayNode points = root.putArray("points");
        for (Sweep.Point p : r.sweep().points()) {
            ObjectNode o = points.addObject();
            o.put("value", p.value());
            ArrayNode costs = o.putArray("costs");
            p.costs().forEach(c -> costs.add(cost(c)));
        }
        root.set("break_even", breakEvenJson(r));
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return JsonRenderer.write(root);
    }

    static ObjectNode measureJson(SweepReport r) {
        ObjectNode measure = MAPPER.createObjectNode();
        measure.put("kind", r.measure().month() == null ? "horizon" : "month");
        measure.putPOJO("month", r.measure().month());
        measure.put("description", r.measureText());
        return measure;
    }

    private static ObjectNode driver(SweepReport r) {
        return axis(r.axis(), r.from(), r.to(), r.log(), r.sweep().points().size(), r.stepsAsked());
    }

    /** What one axis varies: a driver, or a setting with the architectures it changes (docs/json-output.md#sweep). */
    static ObjectNode axis(Axis a, java.math.BigDecimal from, java.math.BigDecimal to, boolean log, int steps,
            int asked) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("name", a.name());
        d.put("kind", a.setting() ? "setting" : "driver");
        d.put("unit", a.unit());
        d.put("from", from);
        d.put("to", to);
        d.put("spacing", log ? "log" : "linear");
        d.put("steps", steps);
        if (a.setting()) {
            d.put("whole_numbers", a.whole());
            d.put("steps_asked", asked);
            ArrayNode in = d.putArray("applies_to");
            a.appliesTo().forEach(in::add);
        }
        return d;
    }

    static ObjectNode cost(Cost c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("architecture", c.architecture());
        o.put("cost", c.amount().toCents().amount());
        o.put("exact_cost", c.exact().amount());
        o.put("complete", c.complete());
        return o;
    }

    /** The pairs, each with its crossings and sentence; compare --format json carries the same object. */
    public static ObjectNode breakEvenJson(SweepReport r) {
        ObjectNode be = MAPPER.createObjectNode();
        be.put("driver", r.axis().name());
        be.put("resolution", r.resolution());
        be.put("located", r.searchText());
        ArrayNode pairs = be.putArray("pairs");
        for (BreakEven.Pair p : r.pairs()) {
            ObjectNode o = pairs.addObject();
            o.putArray("architectures").add(p.first()).add(p.second());
            o.put("cheaper_at_start", p.cheaperAtStart());
            ObjectNode search = o.putObject("search");
            search.put("engine", p.search().scanned() ? "compiled plan" : "grid");
            search.put("values", p.search().points());
            ArrayNode rules = search.putArray("asking_rules");
            p.search().askingRules().forEach(rules::add);
            search.put("not_scanned_because", p.search().why());
            ArrayNode crossings = o.putArray("crossings");
            for (BreakEven.Crossing c : p.crossings()) {
                ObjectNode x = crossings.addObject();
                x.put("value", c.value());
                x.put("cheaper_below", c.cheaperBelow());
                x.put("cheaper_above", c.cheaperAbove());
                ObjectNode at = x.putObject("costs");
                at.put(p.first(), c.firstCost().amount());
                at.put(p.second(), c.secondCost().amount());
                x.put("step", c.step());
                if (c.tiedUpTo() != null) {
                    x.put("tied_up_to", c.tiedUpTo());
                }
            }
            ArrayNode unsolved = o.putArray("unsolved_at");
            p.unsolvedAt().forEach(unsolved::add);
            ArrayNode incomplete = o.putArray("incomplete");
            p.incomplete().forEach(incomplete::add);
            o.put("sentence", BreakEvenText.sentence(p, r.axis(), r.from(), r.to()));
        }
        return be;
    }

    private static String csv(SweepReport r) {
        String unit = r.axis().unit();
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Point p : r.sweep().points()) {
            for (Cost c : p.costs()) {
                rows.add(List.of("point", p.value().toPlainString(), unit, c.architecture(),
                        c.amount().toCents().amount().toPlainString(), String.valueOf(c.complete()), "", "", "", ""));
            }
        }
        for (BreakEven.Pair p : r.pairs()) {
            for (BreakEven.Crossing c : p.crossings()) {
                rows.add(List.of("break_even", c.value().toPlainString(), unit, p.first(),
                        c.firstCost().toCents().amount().toPlainString(), "true", p.second(), c.cheaperBelow(),
                        c.cheaperAbove(), String.valueOf(c.step())));
            }
        }
        return Csv.write(CSV_COLUMNS, rows);
    }
}

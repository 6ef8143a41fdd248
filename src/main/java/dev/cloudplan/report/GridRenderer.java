package dev.cloudplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.decision.SweepGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-driver sweep in every format: the map of the cheapest architecture, each point's costs, and the break-evens
 * along the first driver at each value of the second. JSON (docs/json-output.md#sweep) and CSV are lossless.
 */
public final class GridRenderer {
    private static final List<String> CSV_COLUMNS = List.of("kind", "x", "x_unit", "y", "y_unit", "architecture",
            "cost", "complete", "cheapest", "versus", "cheaper_below", "cheaper_above", "step");

    private GridRenderer() {}

    public static String render(GridReport report, Format format) {
        return switch (format) {
            case TABLE -> TableRenderer.render(blocks(report, true));
            case MARKDOWN -> MarkdownRenderer.render(blocks(report, true));
            case JSON -> json(report);
            case CSV -> csv(report);
            case HTML -> html(report);
        };
    }

    /** Every block; {@code map}: with the map of the cheapest as a text table (HTML draws its own). */
    static List<Block> blocks(GridReport r, boolean map) {
        SweepReport first = r.first();
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, "Sweep: " + first.scenario().name()));
        out.add(new Block.Paragraph(r.rangeText()));
        out.add(new Block.Paragraph(first.measureText()));
        out.add(new Block.Heading(2, "Cheapest architecture at each point"));
        out.add(new Block.Paragraph(legend(r)));
        if (map) {
            out.add(mapTable(r));
        }
        out.add(new Block.Heading(2, "Cost at each point"));
        out.add(costTable(r));
        out.add(new Block.Heading(2, "Break-even along " + r.x().name() + " (" + first.resolutionText() + ")"));
        for (GridReport.Row row : r.rows()) {
            out.add(new Block.Heading(3, "At " + Scale.of(row.y(), r.y())));
            out.addAll(SweepRenderer.breakEvenBlocks(row.along()));
        }
        List<String> warnings = r.warnings();
        if (!warnings.isEmpty()) {
            out.add(new Block.Heading(2, "Warnings"));
            out.add(new Block.Bullets(warnings));
        }
        out.add(new Block.Paragraph("Prices: catalog '" + first.catalog().name() + "', read " + first.catalog().date()
                + " (" + first.catalog().source() + "). Every point is priced as 'cloudplan compare' prices the spec;"
                + " see its assumptions there."));
        return out;
    }

    private static String legend(GridReport r) {
        List<String> names = r.architectures().stream().map(a -> r.letter(a) + " = " + a).toList();
        return String.join(", ", names) + ". Rows: " + SweepRenderer.heading(r.y()) + "; columns: "
                + SweepRenderer.heading(r.x()) + ". Cheapest as billed among the complete architectures; A=B: they"
                + " cost the same; -: none is complete there.";
    }

    private static Block.Table mapTable(GridReport r) {
        List<String> headers = new ArrayList<>();
        headers.add(r.y().name() + " \\ " + r.x().name());
        r.first().sweep().points().forEach(p -> headers.add(Scale.number(p.value(), r.x())));
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        List<List<String>> rows = new ArrayList<>();
        for (GridReport.Row row : r.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Scale.number(row.y(), r.y()));
            row.along().sweep().points().forEach(p -> cells.add(r.cheapestLetters(p)));
            rows.add(cells);
        }
        return new Block.Table(headers, right, rows);
    }

    private static Block.Table costTable(GridReport r) {
        List<String> headers = new ArrayList<>();
        headers.add(SweepRenderer.heading(r.y()));
        headers.add(SweepRenderer.heading(r.x()));
        headers.addAll(r.architectures());
        headers.add("cheapest");
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, 0, headers.size() - 1, true);
        List<List<String>> rows = new ArrayList<>();
        for (GridReport.Row row : r.rows()) {
            for (Sweep.Point p : row.along().sweep().points()) {
                List<String> cells = new ArrayList<>();
                cells.add(Numbers.quantity(row.y()));
                cells.add(Numbers.quantity(p.value()));
                p.costs().forEach(c -> cells.add(SweepRenderer.shown(c)));
                List<String> cheapest = SweepGrid.cheapest(p);
                cells.add(cheapest.isEmpty() ? "-" : String.join(" = ", cheapest));
                rows.add(cells);
            }
        }
        return new Block.Table(headers, right, rows);
    }

    private static String json(GridReport r) {
        SweepReport first = r.first();
        ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
        JsonRenderer.head(root, first.catalog(), first.catalogAgeDays());
        JsonRenderer.scenario(root, first.scenario());
        root.set("measure", SweepRenderer.measureJson(first));
        ArrayNode axes = root.putArray("drivers");
        axes.add(SweepRenderer.axis(r.x(), first.from(), first.to(), first.log(), first.sweep().points().size(),
                first.stepsAsked()));
        axes.add(SweepRenderer.axis(r.y(), r.yFrom(), r.yTo(), first.log(), r.rows().size(), r.yAsked()));
        root.put("point_count", r.points());
        ArrayNode names = root.putArray("architectures");
        r.architectures().forEach(names::add);
        ArrayNode points = root.putArray("points");
        ArrayNode breakEven = root.putArray("break_even");
        for (GridReport.Row row : r.rows()) {
            for (Sweep.Point p : row.along().sweep().points()) {
                ObjectNode o = points.addObject();
                o.put("x", p.value());
                o.put("y", row.y());
                ArrayNode costs = o.putArray("costs");
                p.costs().forEach(c -> costs.add(SweepRenderer.cost(c)));
                ArrayNode cheapest = o.putArray("cheapest");
                SweepGrid.cheapest(p).forEach(cheapest::add);
            }
            ObjectNode be = breakEven.addObject();
            be.put("y", row.y());
            be.setAll(SweepRenderer.breakEvenJson(row.along()));
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return JsonRenderer.write(root);
    }

    private static String csv(GridReport r) {
        String xUnit = r.x().unit();
        String yUnit = r.y().unit();
        List<List<String>> rows = new ArrayList<>();
        for (GridReport.Row row : r.rows()) {
            String y = row.y().toPlainString();
            for (Sweep.Point p : row.along().sweep().points()) {
                List<String> cheapest = SweepGrid.cheapest(p);
                for (Cost c : p.costs()) {
                    rows.add(List.of("point", p.value().toPlainString(), xUnit, y, yUnit, c.architecture(),
                            c.amount().toCents().amount().toPlainString(), String.valueOf(c.complete()),
                            String.valueOf(cheapest.contains(c.architecture())), "", "", "", ""));
                }
            }
            for (BreakEven.Pair p : row.along().pairs()) {
                for (BreakEven.Crossing c : p.crossings()) {
                    rows.add(List.of("break_even", c.value().toPlainString(), xUnit, y, yUnit, p.first(),
                            c.firstCost().toCents().amount().toPlainString(), "true", "", p.second(), c.cheaperBelow(),
                            c.cheaperAbove(), String.valueOf(c.step())));
                }
            }
        }
        return Csv.write(CSV_COLUMNS, rows);
    }

    /** The text's blocks, the map of the cheapest drawn as a table of coloured cells (a heat map) in its place. */
    private static String html(GridReport r) {
        List<Block> blocks = blocks(r, false);
        StringBuilder sb = HtmlRenderer.open(((Block.Heading) blocks.get(0)).text());
        HtmlRenderer.blocks(sb, blocks.subList(0, 5));
        heatMap(sb, r);
        HtmlRenderer.blocks(sb, blocks.subList(5, blocks.size()));
        return HtmlRenderer.close(sb);
    }

    private static void heatMap(StringBuilder sb, GridReport r) {
        sb.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Cheapest architecture at each"
                + " point\">\n<table class=\"heat\">\n<thead><tr><th scope=\"col\">")
                .append(HtmlText.escape(r.y().name() + " \\ " + r.x().name())).append("</th>");
        r.first().sweep().points().forEach(p -> sb.append("<th scope=\"col\" class=\"num\">")
                .append(HtmlText.escape(Scale.number(p.value(), r.x()))).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (GridReport.Row row : r.rows()) {
            sb.append("<tr><th scope=\"row\" class=\"num\">").append(HtmlText.escape(Scale.number(row.y(), r.y())))
                    .append("</th>");
            for (Sweep.Point p : row.along().sweep().points()) {
                List<String> cheapest = SweepGrid.cheapest(p);
                // One colour per architecture, as the charts give it; a tie or none complete stays uncoloured.
                String style = cheapest.size() == 1 ? " style=\"background:"
                        + Svg.colour(r.architectures().indexOf(cheapest.get(0))) + ";color:#fff\"" : "";
                sb.append("<td").append(style).append(" title=\"").append(HtmlText.escape(cheapest.isEmpty()
                        ? "none complete" : String.join(" = ", cheapest))).append("\">")
                        .append(HtmlText.escape(r.cheapestLetters(p))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
    }
}

package dev.cloudplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.decide.Criterion;
import dev.cloudplan.core.decide.DecisionMatrix;
import dev.cloudplan.core.decide.DecisionSpec;
import dev.cloudplan.core.projection.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code cloudplan decide}: the decision matrix in every format but HTML; Markdown is the one for a client. */
public final class DecisionRenderer {
    private static final List<String> CSV_COLUMNS = List.of("rank", "architecture", "complete", "total", "criterion",
            "weight", "score", "reason");

    /** The matrix with what it is about. */
    public record Report(Scenario scenario, CatalogInfo catalog, DecisionSpec spec, DecisionMatrix.Result result) {}

    private DecisionRenderer() {}

    public static String render(Report r, Format format) {
        return BlockFormats.render(format, () -> blocks(r), () -> json(r), () -> csv(r), List::of);
    }

    static List<Block> blocks(Report r) {
        List<Block> out = new ArrayList<>();
        DecisionMatrix.Result m = r.result();
        out.add(new Block.Heading(1, "Decision matrix: " + r.scenario().name()));
        out.add(new Block.Paragraph("Region " + r.scenario().region() + ", " + r.scenario().horizonMonths()
                + " months from " + r.scenario().start() + ". Prices: catalog '" + r.catalog().name() + "', read "
                + r.catalog().date() + ". Every score is 0 to 10, 10 the best; the total is the weighted mean of the"
                + " scores counted."));
        List<String> headers = new ArrayList<>(List.of("#", "architecture", "total"));
        m.weights().keySet().forEach(c -> headers.add(c.specName()));
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        right[1] = false;
        List<List<String>> rows = new ArrayList<>();
        for (DecisionMatrix.Row row : m.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.rank() == null ? "-" : String.valueOf(row.rank()),
                    row.architecture() + (row.complete() ? "" : " (incomplete)"), two(row.total())));
            row.scores().forEach(s -> cells.add(two(s.score())));
            rows.add(cells);
        }
        out.add(new Block.Heading(2, "Ranking"));
        out.add(new Block.Table(headers, right, rows));
        if (m.rows().stream().anyMatch(x -> !x.complete())) {
            out.add(new Block.Paragraph("Incomplete architectures (a price is missing: NOT PRICED) are unranked: their"
                    + " costs are lower bounds, so their cost scores are upper bounds."));
        }
        out.add(new Block.Heading(2, "Weights"));
        List<List<String>> weights = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            BigDecimal w = r.spec().weight(c);
            boolean stated = w.compareTo(c.defaultWeight()) != 0;
            String status = m.weights().containsKey(c) ? "counted" : w.signum() == 0 ? "weight 0"
                    : "left out: " + m.leftOut().get(c);
            weights.add(List.of(c.specName(), plain(w) + (stated ? "" : " (default)"), c.computed() ? "computed" : "stated",
                    c.meaning(), status));
        }
        out.add(new Block.Table(List.of("criterion", "weight", "kind", "what it scores", "in this matrix"),
                new boolean[] {false, true, false, false, false}, weights));
        out.add(new Block.Paragraph("How scores are made: a cost scores 10 x the cheapest / its own (the cheapest 10, one"
                + " twice as dear 5); a spike that is not carried scores 0, one carried is scored as a cost on the spike"
                + " month's bill; budget_fit is 10 when every period fits, else 10 x budget / the worst period's spend;"
                + " break_even is 10 x the share of the grid's fully priced points where it is the cheapest;"
                + " operations is the spec's stated score, else the mean of its component types' defaults, lock_in"
                + " the lowest of them (the most locked-in part decides). Defaults: src/main/resources/cloudplan/"
                + "decision/component-scores.csv, each with its reason; state your own under decision.scores."));
        out.add(new Block.Heading(2, "Why each score"));
        for (DecisionMatrix.Row row : m.rows()) {
            out.add(new Block.Heading(3, row.architecture() + ": " + two(row.total())));
            out.add(new Block.Bullets(row.scores().stream().map(s -> s.criterion().specName() + " " + two(s.score())
                    + ": " + s.reason()).toList()));
        }
        return out;
    }

    private static String json(Report r) {
        DecisionMatrix.Result m = r.result();
        ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
        root.put("kind", "decision");
        root.put("catalog", r.catalog().name());
        root.put("catalog_date", r.catalog().date().toString());
        JsonRenderer.scenario(root, r.scenario());
        ObjectNode weights = root.putObject("weights");
        for (Criterion c : Criterion.values()) {
            ObjectNode w = weights.putObject(c.specName());
            w.put("weight", r.spec().weight(c));
            w.put("default", r.spec().weight(c).compareTo(c.defaultWeight()) == 0);
            w.put("computed", c.computed());
            w.put("counted", m.weights().containsKey(c));
            w.put("left_out", m.leftOut().get(c));
        }
        ArrayNode rows = root.putArray("ranking");
        for (DecisionMatrix.Row row : m.rows()) {
            ObjectNode o = rows.addObject();
            if (row.rank() == null) {
                o.putNull("rank");
            } else {
                o.put("rank", row.rank());
            }
            o.put("architecture", row.architecture());
            o.put("complete", row.complete());
            o.put("total", row.total());
            ArrayNode scores = o.putArray("scores");
            for (DecisionMatrix.Score s : row.scores()) {
                ObjectNode so = scores.addObject();
                so.put("criterion", s.criterion().specName());
                so.put("weight", m.weights().get(s.criterion()));
                so.put("score", s.score());
                so.put("reason", s.reason());
            }
        }
        return JsonRenderer.write(root);
    }

    private static String csv(Report r) {
        List<List<String>> rows = new ArrayList<>();
        Map<Criterion, BigDecimal> weights = r.result().weights();
        for (DecisionMatrix.Row row : r.result().rows()) {
            for (DecisionMatrix.Score s : row.scores()) {
                rows.add(List.of(row.rank() == null ? "" : row.rank().toString(), row.architecture(),
                        String.valueOf(row.complete()), plain(row.total()), s.criterion().specName(),
                        plain(weights.get(s.criterion())), plain(s.score()), s.reason()));
            }
        }
        return Csv.write(CSV_COLUMNS, rows);
    }

    private static String two(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

package dev.cloudplan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.montecarlo.MonteCarloResult;
import dev.cloudplan.core.montecarlo.MonteCarloResult.Band;
import dev.cloudplan.core.montecarlo.MonteCarloResult.Figure;
import dev.cloudplan.core.montecarlo.MonteCarloResult.Outcome;
import dev.cloudplan.core.montecarlo.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Monte Carlo in every format (docs/ranges.md): the table, Markdown and HTML share one layout; JSON and CSV give
 * every figure, with each month's P10/P50/P90 as a simple record for a band chart.
 */
public final class MonteCarloRenderer {
    private static final List<String> CSV_COLUMNS = List.of("kind", "architecture", "month", "calendar", "p10", "p50",
            "p90", "complete", "point_estimate", "over_budget_probability", "incomplete_scenarios");

    private MonteCarloRenderer() {}

    /** The spec's name, the result and the catalog it was priced with. */
    public record MonteCarloReport(String name, MonteCarloResult result, CatalogInfo catalog) {}

    public static String render(MonteCarloReport report, Format format) {
        return BlockFormats.render(format, () -> blocks(report), () -> json(report), () -> csv(report),
                () -> bandChart(report.result()));
    }

    /**
     * The P10-P90 band chart of the architectures whose every reported month is complete and ordered; a lower bound
     * (a price missing) has no band to draw, so it is left out and the note names it.
     */
    static List<String> bandChart(MonteCarloResult r) {
        List<CostBand> bands = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Outcome o : r.outcomes()) {
            boolean complete = o.months().stream().allMatch(b -> b.p10().complete() && b.p50().complete()
                    && b.p90().complete());
            boolean ordered = o.months().stream().allMatch(b -> b.p10().usd().compareTo(b.p50().usd()) <= 0
                    && b.p50().usd().compareTo(b.p90().usd()) <= 0);
            if (!complete || !ordered || o.months().isEmpty()) {
                left.add(o.architecture() + (complete ? " (its exact re-pricing put a percentile out of order by a cent)"
                        : " (INCOMPLETE: lower bounds)"));
                continue;
            }
            bands.add(new CostBand(o.architecture(), o.months().stream().map(b -> b.p10().usd().amount()).toList(),
                    o.months().stream().map(b -> b.p50().usd().amount()).toList(),
                    o.months().stream().map(b -> b.p90().usd().amount()).toList()));
        }
        if (bands.isEmpty()) {
            return List.of();
        }
        String note = String.format(Locale.ROOT, "%,d", r.simulations()) + " scenarios, seed " + r.seed()
                + "; each month's P10, P50 and P90 are that month's own percentiles, priced exactly."
                + (left.isEmpty() ? "" : " Not drawn: " + String.join(", ", left) + ".");
        return List.of(BandChart.html(bands, note));
    }

    /**
     * compare's HTML section for a spec with ranges: what was drawn and the P10-P90 chart, or why no band is drawn.
     * The report's own figures price every range at its median.
     */
    public static String rangesSection(MonteCarloResult r) {
        StringBuilder sb = new StringBuilder("<h2>Ranges: P10 to P90 by month</h2>\n<p>").append(HtmlRenderer.escape(
                "The figures above price each range at its median. Drawn here: " + String.format(Locale.ROOT, "%,d",
                r.simulations()) + " scenarios, seed " + r.seed() + ", each range independently: " + String.join("; ",
                r.ranges().stream().map(MonteCarloRenderer::rangeLine).toList()) + ". 'cloudplan montecarlo' gives"
                + " the P10, P50 and P90 of every month and of the horizon, and the chance of going over the budget,"
                + " in every format.")).append("</p>\n");
        List<String> chart = bandChart(r);
        if (chart.isEmpty()) {
            sb.append("<p>No band is drawn: no architecture is complete in every month (their figures are lower"
                    + " bounds).</p>\n");
        }
        chart.forEach(sb::append);
        return sb.toString();
    }

    static List<Block> blocks(MonteCarloReport report) {
        MonteCarloResult r = report.result();
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, "Monte Carlo: " + report.name()));
        out.add(new Block.Paragraph(String.format(Locale.ROOT, "%,d", r.simulations()) + " scenarios, seed " + r.seed()
                + " (the same seed gives the same figures). Each range is drawn independently, one value for every"
                + " month of a scenario:"));
        out.add(new Block.Bullets(r.ranges().stream().map(MonteCarloRenderer::rangeLine).toList()));
        out.add(new Block.Paragraph("P10, P50 and P90 are the scenarios at ranks ceil(p x N) of the "
                + String.format(Locale.ROOT, "%,d", r.simulations()) + " (nearest rank); each figure is that scenario"
                + " priced again by the exact engine (decimal, every line to the cent). Cash in USD, fixed costs and"
                + " free-plan credits included. " + budgetText(r)));
        List<List<String>> rows = new ArrayList<>();
        for (Outcome o : r.outcomes()) {
            rows.add(List.of(o.architecture(), money(o.point(), o.pointComplete()), money(o.p10()), money(o.p50()),
                    money(o.p90()), overBudget(r, o), incompleteText(r, o)));
        }
        out.add(new Block.Heading(2, "Horizon total (" + r.horizon() + " months)"));
        out.add(new Block.Table(List.of("architecture", "point estimate", "P10", "P50", "P90", "over budget",
                "incomplete scenarios"), new boolean[] {false, true, true, true, true, true, true}, rows));
        out.add(new Block.Paragraph("The point estimate prices every range at its median, as 'compare' does."));
        for (Outcome o : r.outcomes()) {
            out.add(new Block.Heading(2, "Month by month: " + o.architecture()));
            List<List<String>> months = new ArrayList<>();
            for (Band b : o.months()) {
                months.add(List.of(String.valueOf(b.month()), b.calendar().toString(), money(b.p10()), money(b.p50()),
                        money(b.p90())));
            }
            out.add(new Block.Table(List.of("month", "calendar", "P10", "P50", "P90"),
                    new boolean[] {true, false, true, true, true}, months));
        }
        List<String> warnings = new ArrayList<>(r.warnings());
        r.outcomes().stream().filter(o -> o.incomplete() > 0).forEach(o -> warnings.add(o.architecture() + " is"
                + " INCOMPLETE in " + String.format(Locale.ROOT, "%,d", o.incomplete()) + " scenarios (a price is"
                + " missing): its figures there are lower bounds (>=), never a missing price counted as 0."));
        if (!warnings.isEmpty()) {
            out.add(new Block.Heading(2, "Warnings"));
            out.add(new Block.Bullets(warnings));
        }
        out.add(new Block.Paragraph("Prices: catalog '" + report.catalog().name() + "', read " + report.catalog().date()
                + " (" + report.catalog().source() + "). Every scenario is priced as 'cloudplan compare' prices the spec;"
                + " see its assumptions there. docs/ranges.md explains the method."));
        return out;
    }

    static String rangeLine(Range range) {
        return range.path().replaceFirst("^workload\\.", "") + ": " + range.text() + ", " + range.kind().words()
                + "; median " + median(range) + " (" + range.where() + ")";
    }

    private static String median(Range range) {
        return range.unit().equals("growth a month") ? range.median().movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%/month" : Numbers.quantity(range.median()) + (range.unit().isEmpty() ? ""
                : " " + range.unit());
    }

    private static String budgetText(MonteCarloResult r) {
        return r.budget() == null ? "The spec has no budget." : "Over budget: the share of scenarios whose cost goes"
                + " over the budget of " + r.budget().describe() + " per " + r.budget().period().word()
                + " in some month, as 'compare' checks it.";
    }

    private static String money(Figure f) {
        return money(f.usd(), f.complete());
    }

    private static String money(dev.cloudplan.core.money.Money m, boolean complete) {
        return complete ? Numbers.money(m) : ">= " + Numbers.money(m) + " INCOMPLETE";
    }

    private static String percent(int count, int of) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / of);
    }

    private static String overBudget(MonteCarloResult r, Outcome o) {
        if (o.overBudget() == null) {
            return "no budget";
        }
        String over = percent(o.overBudget(), r.simulations());
        return o.budgetUnknown() == 0 ? over : over + " to " + percent(o.overBudget() + o.budgetUnknown(),
                r.simulations()) + " (" + String.format(Locale.ROOT, "%,d", o.budgetUnknown()) + " incomplete fit on"
                + " their priced part)";
    }

    private static String incompleteText(MonteCarloResult r, Outcome o) {
        return o.incomplete() == 0 ? "0" : String.format(Locale.ROOT, "%,d (%s, lower bounds)", o.incomplete(),
                percent(o.incomplete(), r.simulations()));
    }

    private static ObjectNode figure(ObjectNode parent, String name, Figure f) {
        ObjectNode o = parent.putObject(name);
        o.put("usd", f.usd().toCents().amount());
        o.put("complete", f.complete());
        o.put("scenario", f.scenario() + 1);
        return o;
    }

    private static String json(MonteCarloReport report) {
        MonteCarloResult r = report.result();
        ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
        root.put("kind", "montecarlo");
        root.put("name", report.name());
        root.put("simulations", r.simulations());
        root.put("seed", r.seed());
        root.put("percentiles", "nearest rank: the scenario at rank ceil(p x simulations), priced exactly");
        root.put("horizon_months", r.horizon());
        ArrayNode ranges = root.putArray("ranges");
        for (Range range : r.ranges()) {
            ObjectNode o = ranges.addObject();
            o.put("path", range.path());
            o.put("text", range.text());
            o.put("distribution", range.kind().name().toLowerCase(Locale.ROOT));
            o.put("low", range.low());
            o.put("high", range.high());
            o.put("median", range.median());
            o.put("unit", range.unit());
            o.put("where", range.where());
        }
        if (r.budget() == null) {
            root.putNull("budget");
        } else {
            ObjectNode b = root.putObject("budget");
            b.put("usd", r.budget().limit().amount());
            b.put("per", r.budget().period().word());
        }
        ArrayNode archs = root.putArray("architectures");
        for (Outcome o : r.outcomes()) {
            ObjectNode a = archs.addObject();
            a.put("name", o.architecture());
            ObjectNode point = a.putObject("point_estimate");
            point.put("usd", o.point().toCents().amount());
            point.put("complete", o.pointComplete());
            ObjectNode horizon = a.putObject("horizon");
            figure(horizon, "p10", o.p10());
            figure(horizon, "p50", o.p50());
            figure(horizon, "p90", o.p90());
            a.put("incomplete_scenarios", o.incomplete());
            if (o.overBudget() == null) {
                a.putNull("over_budget");
            } else {
                ObjectNode ob = a.putObject("over_budget");
                ob.put("scenarios", o.overBudget());
                ob.put("probability", (double) o.overBudget() / r.simulations());
                ob.put("unknown_scenarios", o.budgetUnknown());
            }
            a.put("modelled_months", o.modelledMonths());
            ArrayNode months = a.putArray("months");
            for (Band b : o.months()) {
                ObjectNode m = months.addObject();
                m.put("month", b.month());
                m.put("calendar", b.calendar().toString());
                m.put("p10", b.p10().usd().toCents().amount());
                m.put("p50", b.p50().usd().toCents().amount());
                m.put("p90", b.p90().usd().toCents().amount());
                m.put("complete", b.p10().complete() && b.p50().complete() && b.p90().complete());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("name", report.catalog().name());
        catalog.put("date", report.catalog().date().toString());
        try {
            return JsonRenderer.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csv(MonteCarloReport report) {
        MonteCarloResult r = report.result();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Outcome o : r.outcomes()) {
            String probability = o.overBudget() == null ? "" : String.valueOf((double) o.overBudget() / r.simulations());
            rows.add(List.of("horizon", o.architecture(), "", "", cents(o.p10()), cents(o.p50()), cents(o.p90()),
                    String.valueOf(o.p10().complete() && o.p50().complete() && o.p90().complete()),
                    o.point().toCents().amount().toPlainString(), probability, String.valueOf(o.incomplete())));
            for (Band b : o.months()) {
                rows.add(List.of("month", o.architecture(), String.valueOf(b.month()), b.calendar().toString(),
                        cents(b.p10()), cents(b.p50()), cents(b.p90()),
                        String.valueOf(b.p10().complete() && b.p50().complete() && b.p90().complete()), "", "", ""));
            }
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cents(Figure f) {
        return f.usd().toCents().amount().toPlainString();
    }
}

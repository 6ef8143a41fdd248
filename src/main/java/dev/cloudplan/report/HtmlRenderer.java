package dev.cloudplan.report;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.Budget;
import dev.cloudplan.core.projection.BudgetVerdict;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (docs/html-output.md): the same blocks as the table and Markdown, every line
 * explained, and charts drawn as inline SVG by {@link Svg}; no script, nothing fetched when it is viewed.
 */
public final class HtmlRenderer implements Renderer {
    private static final String CSS = """
            :root{color-scheme:light}
            body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff}
            main{max-width:1100px;margin:0 auto;padding:1rem}
            h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:1.8rem 0 .5rem;border-bottom:1px solid #bbb}
            p,li{overflow-wrap:anywhere}
            .scroll{overflow-x:auto;max-width:100%;margin:.5rem 0}
            .scroll:focus{outline:2px solid #0b61a4}
            table{border-collapse:collapse;font-size:.9rem;font-variant-numeric:tabular-nums}
            th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;white-space:nowrap}
            th{background:#eef1f5}td.num,th.num{text-align:right}
            tr.total td{border-top:3px double #111;font-weight:600}
            td.unpriced{color:#9b1c1c;font-weight:700}
            ul.warnings{border:2px solid #9b1c1c;background:#fdf2f2;padding:.5rem .5rem .5rem 2rem;color:#111}
            ul.warnings li::marker{content:"\\26A0  "}
            figure{margin:1rem 0;break-inside:avoid}figcaption{font-weight:600;margin-bottom:.25rem}
            svg.chart{width:100%;max-width:820px;min-width:520px;height:auto;display:block}
            ul.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
            .swatch{vertical-align:-3px;margin-right:.3rem}
            .sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
            details.explain{font-size:.875rem;margin:.5rem 0}details.explain summary{cursor:pointer;font-weight:600}
            h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
            .scroll:focus-visible{outline:3px solid #0b61a4;outline-offset:2px}
            p.recommend{border-left:4px solid #047857;padding:.25rem .75rem;background:#ecfdf5}
            @media (max-width:600px){main{padding:.5rem}h1{font-size:1.3rem}table{font-size:.8rem}
            td:not(.num){white-space:normal;min-width:7em}}
            @media print{main{max-width:none;padding:0}body{font-size:10pt}.scroll{overflow:visible}
            th,td{white-space:normal}h2{break-after:avoid}table,tr{break-inside:avoid}svg.chart{min-width:0}}
            """;

    private static volatile int lastSize;

    @Override
    public String render(Report report, RenderOptions options) {
        return render(report, options, List.of());
    }

    /**
     * The page with {@code sections} (HTML fragments: a break-even, a spike) after the charts; each is escaped by
     * whoever built it.
     */
    public String render(Report report, RenderOptions options, List<String> sections) {
        List<Block> head = Layout.head(report);
        StringBuilder sb = open(((Block.Heading) head.get(0)).text());
        sb.append(body(report, options, sections));
        return close(sb);
    }

    /**
     * What the page's {@code <main>} holds: the report itself with {@code sections}, for a page that shows it among
     * other things (serve).
     */
    public String body(Report report, RenderOptions options, List<String> sections) {
        // As large as the last page, which the next one (the same spec, a slider moved) will about be: growing a
        // builder of some hundred kilobytes by doubling copies it several times.
        StringBuilder sb = new StringBuilder(Math.max(64 * 1024, lastSize + lastSize / 8));
        List<Block> head = Layout.head(report);
        // The title and where it was priced, then the answer, then the warnings and figures it rests on.
        blocks(sb, head.subList(0, 2));
        if (report.comparison()) {
            blocks(sb, Recommendation.blocks(report));
        }
        blocks(sb, head.subList(2, head.size()));
        if (!report.comparison()) {
            blocks(sb, List.of(new Block.Heading(2, "Summary"), Layout.summary(report)));
        } else if (report.projections().size() > 1) {
            blocks(sb, Recommendation.monthByMonth(report));
        }
        charts(sb, report);
        CapacityChart.section(sb, report.ranking());
        sections.forEach(sb::append);
        // The HTML report is the one a client reads: every line carries its formula.
        blocks(sb, Layout.body(report, new RenderOptions(true, options.month())));
        lastSize = Math.min(sb.length(), 16 << 20); // a benign race: any thread's last size is as good a guess
        return sb.toString();
    }

    /** The page up to its main content: the head with its title and the inline styles. */
    static StringBuilder open(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlText.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    static String close(StringBuilder sb) {
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A page of blocks in this report's style (a Monte Carlo's tables), with {@code sections} (charts) after them. */
    static String page(List<Block> blocks, List<String> sections) {
        StringBuilder sb = open(((Block.Heading) blocks.get(0)).text());
        blocks(sb, blocks);
        sections.forEach(sb::append);
        return close(sb);
    }

    /** The report's style sheet, for a page that embeds the report beside other things (serve). */
    public static String css() {
        return CSS;
    }

    /** Text made safe in HTML content and quoted attributes, as the report escapes what it takes from the spec. */
    public static String escape(String s) {
        return HtmlText.escape(s);
    }

    static void blocks(StringBuilder sb, List<Block> blocks) {
        String heading = "";
        String explained = null;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                heading = h.text();
                HtmlText.escape(sb.append("<h").append(h.level()).append('>'), h.text()).append("</h").append(h.level())
                        .append(">\n");
            } else if (b instanceof Block.Paragraph p && p.text().endsWith(" computed:")) {
                // The explain lists are long: open, so that they print, but a reader can fold them away.
                explained = p.text().substring(0, p.text().length() - 1);
            } else if (b instanceof Block.Paragraph p) {
                sb.append(p.text().startsWith(Recommendation.RECOMMENDED) ? "<p class=\"recommend\">" : "<p>");
                HtmlText.escape(sb, p.text()).append("</p>\n");
            } else if (b instanceof Block.Table t) {
                table(sb, t, heading);
            } else if (b instanceof Block.Bullets l) {
                if (explained != null) {
                    HtmlText.escape(sb.append("<details class=\"explain\" open>\n<summary>"), explained).append(" (")
                            .append(l.items().size()).append(")</summary>\n");
                }
                sb.append(heading.equals("Warnings") ? "<ul class=\"warnings\">\n" : "<ul>\n");
                for (String i : l.items()) {
                    HtmlText.escape(sb.append("<li>"), i).append("</li>\n");
                }
                sb.append("</ul>\n").append(explained != null ? "</details>\n" : "");
                explained = null;
            }
        }
    }

    /** A table in a box that scrolls sideways on a narrow screen, reachable by keyboard. */
    static void table(StringBuilder sb, Block.Table t, String heading) {
        HtmlText.escape(sb.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table: "), heading)
                .append("\">\n<table>\n<thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
            sb.append("<th scope=\"col\"").append(right(t, i) ? " class=\"num\"" : "").append('>');
            HtmlText.escape(sb, t.headers().get(i)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        boolean rule = false;
        for (List<String> row : t.rows()) {
            if (row == null) {
                rule = true;
                continue;
            }
            sb.append(rule ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                sb.append(c.equals("NOT PRICED") ? "<td class=\"unpriced\">" : right(t, i) ? "<td class=\"num\">" : "<td>");
                HtmlText.escape(sb, c).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
    }

    private static boolean right(Block.Table t, int i) {
        return i < t.rightAligned().length && t.rightAligned()[i];
    }

    /** (b) cumulative cost against the budget, (a) each architecture's months by service, (c) free tier and credits. */
    private static void charts(StringBuilder sb, Report r) {
        List<Projection> ps = r.ranking();
        int n = ps.get(0).months().size();
        sb.append("<h2>Charts</h2>\n");
        List<Svg.Series> cumulative = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        StringBuilder desc = new StringBuilder("Cumulative cash cost in USD, months 1 to " + n + ". ");
        for (Projection p : ps) {
            cumulative.add(new Svg.Series(p.architecture(), p.months().stream().map(m -> m.cumulative().amount()).toList(),
                    !p.complete()));
            Integer over = p.budget() != null && Boolean.FALSE.equals(p.budget().fits()) ? p.budget().firstMonthOver() : null;
            marks.add(over);
            desc.append(p.architecture()).append(p.complete() ? "" : " (incomplete, lower bound)").append(": ")
                    .append(Numbers.money(p.total())).append(" by month ").append(n)
                    .append(over == null ? "" : ", over the budget from month " + over).append(". ");
        }
        BudgetVerdict verdict = ps.stream().map(Projection::budget).filter(v -> v != null).findFirst().orElse(null);
        List<BigDecimal> budget = verdict == null ? null : allowance(verdict.budget(), n);
        String limit = budget == null ? null : verdict.budget().describe();
        if (budget != null) {
            desc.append("Budget allowed to date (dashed black line): ").append(limit).append('.');
        }
        figure(sb, "cumulative", "Cumulative cost" + (budget == null ? "" : " against the budget"), desc.toString(),
                Svg.lines("cumulative", "Cumulative cost", desc.toString(), cumulative, budget, marks), cumulative, false,
                budget == null ? null : "Budget allowed to date: " + limit
                        + (verdict.budget().period() == Budget.Period.YEAR ? " (a year's limit added in months 1, 13, 25 ...)"
                        : "") + "." + overNote(ps, marks));
        for (int i = 0; i < ps.size(); i++) {
            stacked(sb, "stack-" + (i + 1), ps.get(i));
        }
        List<Svg.Series> free = new ArrayList<>();
        for (Projection p : ps) {
            free.add(new Svg.Series(p.architecture(), p.months().stream().map(HtmlRenderer::freeValue).toList(), false));
        }
        if (free.stream().anyMatch(s -> s.values().stream().anyMatch(v -> v.signum() > 0))) {
            StringBuilder d = new StringBuilder("Value of the free tier and of free-plan credits per month, in USD. ");
            free.forEach(s -> d.append(s.name()).append(": ").append(Numbers.money(Money.of(sum(s.values()))))
                    .append(" over ").append(n).append(" months. "));
            figure(sb, "credits", "Free tier and credits: value per month", d.toString(), Svg.lines("credits",
                    "Free tier and credits per month", d.toString(), free, null, null), free, false,
                    "Free tier: each line's free quantity x its unit price; credits: the free-plan credits used.");
        }
    }

    /** One architecture's cost per month, stacked by service; free-plan credits are left out (see the credits chart). */
    private static void stacked(StringBuilder sb, String id, Projection p) {
        Map<String, List<BigDecimal>> byService = new LinkedHashMap<>();
        int n = p.months().size();
        for (MonthCost m : p.months()) {
            for (LineItem l : m.lines()) {
                if (!l.service().equals(Estimator.CREDITS)) {
                    List<BigDecimal> v = byService.computeIfAbsent(l.service(),
                            k -> new ArrayList<>(java.util.Collections.nCopies(n, BigDecimal.ZERO)));
                    // signum, not max(ZERO): comparing amounts of different scales was a twentieth of the chart.
                    BigDecimal cost = l.cost().amount().signum() >= 0 ? l.cost().amount() : BigDecimal.ZERO;
                    v.set(m.month() - 1, v.get(m.month() - 1).add(cost));
                }
            }
        }
        if (byService.isEmpty()) {
            return;
        }
        List<Svg.Series> stacks = new ArrayList<>();
        byService.forEach((service, values) -> stacks.add(new Svg.Series(service, values, false)));
        StringBuilder d = new StringBuilder("Monthly cost of " + p.architecture() + " by service, in USD, before free-plan"
                + " credits, months 1 to " + n + ". ");
        stacks.forEach(s -> d.append(s.name()).append(": ").append(Numbers.money(Money.of(sum(s.values()))))
                .append(" over the horizon. "));
        if (!p.complete()) {
            d.append("INCOMPLETE: the charges that are NOT PRICED are not in the bars.");
        }
        String title = "Monthly cost by service: " + p.architecture() + (p.complete() ? "" : " (incomplete)");
        figure(sb, id, title, d.toString(), Svg.stacked(id, title, d.toString(), stacks), stacks, true, null);
    }

    /** A chart with its legend, a note, and its figures in a table for screen readers. */
    private static void figure(StringBuilder sb, String id, String caption, String desc, String svg, List<Svg.Series> series,
            boolean stacked, String note) {
        HtmlText.escape(sb.append("<figure id=\"fig-").append(id).append("\">\n<figcaption>"), caption).append("</figcaption>\n");
        Figures.scroll(sb, "Chart: " + caption).append(svg).append("</div>\n<ul class=\"legend\">");
        for (int s = 0; s < series.size(); s++) {
            HtmlText.escape(sb.append("<li>").append(Svg.swatch(id, s, stacked)), series.get(s).name())
                    .append(series.get(s).dashed() ? " (incomplete: dotted, a lower bound)" : "").append("</li>");
        }
        sb.append("</ul>\n");
        if (note != null) {
            HtmlText.escape(sb.append("<p>"), note).append("</p>\n");
        }
        List<String> headers = new ArrayList<>(List.of("Month"));
        series.forEach(s -> headers.add(s.name() + " (USD)"));
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < series.get(0).values().size(); m++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(m + 1)));
            for (Svg.Series s : series) {
                row.add(Numbers.money(Money.of(s.values().get(m))));
            }
            rows.add(row);
        }
        HtmlText.escape(sb.append("<div class=\"sr-only\">\n<p>"), desc).append("</p>\n");
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        table(sb, new Block.Table(headers, right, rows), caption);
        sb.append("</div>\n</figure>\n");
    }

    /** Which ring is whose: the first month over the budget of each architecture that goes over. */
    private static String overNote(List<Projection> ps, List<Integer> marks) {
        List<String> over = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (marks.get(i) != null) {
                over.add(ps.get(i).architecture() + " month " + marks.get(i));
            }
        }
        return over.isEmpty() ? " No architecture goes over it." : " First month over the budget (ringed): "
                + String.join(", ", over) + ".";
    }

    /** What the budget allows up to each month: a monthly limit per month, a yearly one per year begun, or the total. */
    static List<BigDecimal> allowance(Budget b, int n) {
        List<BigDecimal> out = new ArrayList<>();
        for (int m = 1; m <= n; m++) {
            BigDecimal limit = b.limit().amount();
            out.add(switch (b.period()) {
                case MONTH -> limit.multiply(BigDecimal.valueOf(m));
                case YEAR -> limit.multiply(BigDecimal.valueOf((m + 11) / 12));
                case TOTAL -> limit;
            });
        }
        return out;
    }

    /** The month's free-tier deductions at their unit prices, plus the free-plan credits used. */
    private static BigDecimal freeValue(MonthCost m) {
        BigDecimal v = m.creditsUsed().amount();
        for (LineItem l : m.lines()) {
            // Most lines have nothing free; the sum is shown and drawn by value, so its scale does not matter.
            if (l.freeQuantity().signum() != 0 && !l.service().equals(Estimator.CREDITS)) {
                v = v.add(l.freeQuantity().multiply(l.unitPrice()));
            }
        }
        return v;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

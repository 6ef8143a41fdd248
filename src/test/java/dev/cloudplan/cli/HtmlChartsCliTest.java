package dev.cloudplan.cli;

import static dev.cloudplan.cli.HtmlCliTest.attributes;
import static dev.cloudplan.cli.HtmlCliTest.between;
import static dev.cloudplan.cli.HtmlCliTest.json;
import static dev.cloudplan.cli.HtmlCliTest.ok;
import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's recommendation, month-by-month differences, capacity, sweep, break-even and spike sections. */
class HtmlChartsCliTest {
    /** The plot of every chart: 456 px wide from x = 64 (a 720-wide chart, margins 64 and 200). */
    static final double LEFT = 64;
    static final double WIDTH = 456;

    @TempDir
    Path tmp;

    @Test
    void recommendation_isTheCheapestThatFitsTheBudget_andSaysWhyTheOthersAreNot() throws IOException {
        // cheap 5 USD/month, 'q"...' 7 USD/month, '<img ...>' 20 USD/month; budget 10 USD/month over 3 months.
        Path spec = Cli.writeSpec(tmp, HtmlCliTest.HOSTILE);
        String html = ok("compare", spec.toString(), "--format", "html");
        String summary = between(html, "<h2>Summary and recommendation</h2>", "<h2>Side by side</h2>");
        assertThat(summary).contains("<p class=\"recommend\">Recommended: cheap,")
                .contains(money(3 * 5) + " USD over 3 months, " + money(5) + " USD a month on average")
                .contains("costs " + money(3 * (7 - 5)) + " USD more over the horizon")
                .contains("<li>&lt;img src=x onerror=alert(1)&gt;: over the budget from month 1.</li>")
                .contains("Its capacity is not checked: none of its components has a documented limit.");
        assertThat(html.indexOf("<h2>Summary and recommendation</h2>")).isLessThan(html.indexOf("<h2>Charts</h2>"));
    }

    @Test
    void monthByMonth_showsEachArchitecturesMonths_andTheirDifferenceFromTheRecommended() throws IOException {
        Path spec = Cli.writeSpec(tmp, HtmlCliTest.HOSTILE);
        String html = ok("compare", spec.toString(), "--format", "html");
        String table = between(html, "<h2>Month by month, side by side</h2>", "</table>");
        assertThat(table).contains("<th scope=\"col\" class=\"num\">&lt;img src=x onerror=alert(1)&gt; - cheap</th>");
        List<String> rows = rows(table);
        // Month, calendar, cheap, q", <img>, then q" - cheap, <img> - cheap.
        assertThat(rows.get(0)).isEqualTo(String.join("|", "1", "2027-01", money(5), money(7), money(20),
                "+" + money(7 - 5), "+" + money(20 - 5)));
        assertThat(rows.get(rows.size() - 1)).isEqualTo(String.join("|", "", "Total", money(15), money(21), money(60),
                "+" + money(3 * (7 - 5)), "+" + money(3 * (20 - 5))));
        assertThat(rows).hasSize(3 + 1);
    }

    @Test
    void noRecommendation_whenEveryArchitectureGoesOverTheBudget_eachWithItsMonth() throws IOException {
        String html = ok("compare", "examples/learning-app.yaml", "--format", "html");
        String summary = between(html, "<h2>Summary and recommendation</h2>", "</ul>");
        assertThat(summary).contains("No recommendation: none of the 3 architectures");
        for (JsonNode a : json("compare", "examples/learning-app.yaml").get("architectures")) {
            assertThat(summary).contains("<li>" + a.get("name").asText() + ": over the budget from month "
                    + a.get("budget").get("first_month_over").asInt() + ".</li>");
        }
        assertThat(between(html, "<h2>Month by month, side by side</h2>", "</p>")).contains("(first of the ranking)");
    }

    @Test
    void capacityCharts_oneLinePerCheckedComponent_againstTheLimitAndTheTarget() throws IOException {
        String html = ok("compare", "examples/learning-app.yaml", "--format", "html");
        JsonNode json = json("compare", "examples/learning-app.yaml");
        List<String> ranking = new ArrayList<>();
        json.get("ranking").forEach(r -> ranking.add(r.get("name").asText()));
        for (JsonNode a : json.get("architectures")) {
            int i = ranking.indexOf(a.get("name").asText()) + 1;
            Set<String> components = new LinkedHashSet<>();
            Set<String> targets = new LinkedHashSet<>();
            a.get("months").get(0).get("capacity").forEach(c -> components.add(c.get("component").asText()));
            String chart = between(html, "<svg id=\"capacity-" + i + "\"", "</svg>");
            assertThat(attributes(chart, "data-series")).as(a.get("name").asText()).containsExactlyElementsOf(components);
            assertThat(chart).contains("<title id=\"capacity-" + i + "-t\">Peak utilisation: " + a.get("name").asText());
            // The 100% line sits at 100 / top of the plot's 254 px height, top being the highest y-axis label.
            double top = axisTop(chart);
            double limitY = Double.parseDouble(attributes(between(chart, "<line class=\"limit\"", "/>"), "y1").get(0));
            assertThat(limitY).isCloseTo(284 - 254 * 100 / top, within(0.06));
            assertThat(chart).contains("<line class=\"target\"");
            String figures = between(html, "<figure id=\"fig-capacity-" + i + "\"", "</table>");
            assertThat(rows(between(figures, "</figure>\n<div class=\"figures\">", "</table>")))
                    .hasSize(json.get("scenario").get("horizon_months").asInt());
        }
    }

    @Test
    void sweepHtml_drawsEachArchitecture_andRingsEachBreakEvenAtItsSolvedValue() throws IOException {
        String[] args = {"sweep", "examples/learning-app.yaml", "--vary", "requests=1M..1B", "--log"};
        String html = ok(concat(args, "--format", "html"));
        JsonNode json = HtmlCliTest.json(args);
        String chart = between(html, "<svg id=\"sweep\"", "</svg>");
        List<String> names = new ArrayList<>();
        json.get("architectures").forEach(n -> names.add(n.asText()));
        assertThat(attributes(chart, "data-series")).containsExactlyElementsOf(names);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").contains("log scale");
        List<Double> solved = new ArrayList<>();
        json.get("break_even").get("pairs").forEach(p -> p.get("crossings").forEach(c -> solved.add(c.get("value").asDouble())));
        assertThat(solved).isNotEmpty();
        List<String> rings = attributes(chart, "cx");
        List<String> values = attributes(chart, "data-value");
        assertThat(values).hasSize(solved.size());
        for (int i = 0; i < solved.size(); i++) {
            assertThat(Double.parseDouble(values.get(i))).isEqualTo(solved.get(i));
            // Log-spaced from 1M to 1B: three decades over the plot's width.
            double expected = LEFT + WIDTH * Math.log10(solved.get(i) / 1e6) / 3;
            String g = between(chart, "data-value=\"" + values.get(i) + "\"", "</g>");
            assertThat(Double.parseDouble(attributes(g, "cx").get(0))).isCloseTo(expected, within(0.06));
        }
        assertThat(rings).isNotEmpty();
        assertThat(html).contains("<h2>Break-even (solved to within 1 of requests/month)</h2>");
        assertThat(rows(between(html, "<figure id=\"fig-sweep\"", "</table>"))).hasSize(json.get("points").size());
    }

    @Test
    void compareBreakEvenHtml_hasTheCrossoverChart_andTheSentencesOfTheJson() throws IOException {
        String html = ok("compare", "examples/learning-app.yaml", "--break-even", "requests", "--format", "html");
        JsonNode json = json("compare", "examples/learning-app.yaml", "--break-even", "requests");
        assertThat(html).contains("<svg id=\"breakeven\" class=\"chart\" role=\"img\"");
        for (JsonNode p : json.get("break_even").get("pairs")) {
            assertThat(html).contains("<li>" + escape(p.get("sentence").asText()) + "</li>");
        }
        assertThat(run("compare", "examples/learning-app.yaml", "--break-even", "requests", "--format", "csv").code())
                .isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void compareSpikeHtml_hasTheSpikeSection_withARowPerArchitecture() throws IOException {
        String html = ok("compare", "examples/learning-app.yaml", "--spike", "10x for 3 days in month 6", "--format", "html");
        String section = between(html, "<h2>Spike: 10x for 3 days in month 6 (2027-06)</h2>", "</table>");
        assertThat(rows(section)).hasSize(json("compare", "examples/learning-app.yaml").get("architectures").size());
    }

    @Test
    void sweepHtml_escapesTheSpecsNames() throws IOException {
        Path spec = Cli.writeSpec(tmp, HtmlCliTest.HOSTILE);
        String html = ok("sweep", spec.toString(), "--vary", "requests=1M..10M", "--format", "html");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\" onmouseover=\"")
                .contains("data-series=\"&lt;img src=x onerror=alert(1)&gt;\"")
                .contains("&lt;script&gt;alert(&#39;spec&#39;)&lt;/script&gt; &amp; co");
    }

    @Test
    void everyScrollBox_isInTheTabOrder_andNamed() {
        for (String[] args : List.of(new String[] {"compare", "examples/dashboard.yaml"},
                new String[] {"sweep", "examples/learning-app.yaml", "--vary", "requests=1M..1B"})) {
            String html = ok(concat(args, "--format", "html"));
            int boxes = html.split("<div class=\"scroll\"").length - 1;
            assertThat(boxes).isPositive();
            assertThat(html.split("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").length - 1)
                    .isEqualTo(boxes);
        }
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Each body row of the (first) table in {@code html}, its cells joined by |. */
    static List<String> rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"));
        List<String> out = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>").matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    private static double axisTop(String chart) {
        Matcher m = Pattern.compile(">(\\d+)%</text>").matcher(chart);
        double top = 0;
        while (m.find()) {
            top = Math.max(top, Double.parseDouble(m.group(1)));
        }
        return top;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String money(double v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}

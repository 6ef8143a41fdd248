package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and estimate --format html: one self-contained page, its charts, its totals and its escaping. */
class HtmlCliTest {
    static final String HOSTILE = """
            name: "<script>alert('spec')</script> & co"
            region: us-east-1
            horizon: 3 months
            start: 2027-01
            budget: 10 USD/month
            workload:
              requests: 1M/month
            architectures:
              - name: "<img src=x onerror=alert(1)>"
                components:
                  - {name: "<b>platform</b>", type: stated-price, label: "Plan <i>", monthly: 20 USD/month}
              - name: 'q" onmouseover="alert(2)'
                components:
                  - {name: platform, type: stated-price, label: Quoted plan, monthly: 7 USD/month}
              - name: cheap
                components:
                  - {name: platform, type: stated-price, label: Cheap plan, monthly: 5 USD/month}
            """;

    @TempDir
    Path tmp;

    static String ok(String... args) {
        Cli.Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void compare_html_isOneSelfContainedPage() {
        String html = ok("compare", "examples/learning-app.yaml", "--format", "html");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<style>")
                .contains("name=\"viewport\"").contains("@media print")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("<link").doesNotContain("src=");
    }

    /** ASCII pages are what keep the what-if server's answer cheap (HtmlText); any wider character is a reference. */
    @Test
    void everyExample_htmlReport_isAscii() throws IOException {
        try (var examples = java.nio.file.Files.list(java.nio.file.Path.of("examples"))) {
            for (var spec : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String html = ok("compare", spec.toString(), "--format", "html");
                int wide = html.chars().filter(c -> c >= 0x80).findFirst().orElse(-1);
                assertThat(wide).as("%s: first character beyond ASCII", spec).isEqualTo(-1);
            }
        }
        // A text with such a character still reads as itself in the browser: a reference, not the raw character
        // (dashboard's catalog notes name Türkiye).
        assertThat(ok("compare", "examples/dashboard.yaml", "--format", "html")).contains("T&#252;rkiye");
    }

    @Test
    void compare_html_cumulativeChart_hasOneSeriesPerArchitecture_withAPointPerMonth() throws IOException {
        String html = ok("compare", "examples/learning-app.yaml", "--format", "html");
        JsonNode json = json("compare", "examples/learning-app.yaml");
        String chart = between(html, "<svg id=\"cumulative\"", "</svg>");
        List<String> series = attributes(chart, "data-series");
        assertThat(series).hasSize(json.get("architectures").size());
        int months = json.get("scenario").get("horizon_months").asInt();
        for (String points : attributes(between(chart, "class=\"series\"", "</svg>"), "points")) {
            assertThat(points.split(" ")).hasSize(months);
        }
        assertThat(chart).contains("role=\"img\"").contains("<title id=\"cumulative-t\">")
                .contains("<desc id=\"cumulative-d\">").contains("class=\"budget\"");
        for (int i = 1; i <= series.size(); i++) {
            assertThat(html).contains("<svg id=\"stack-" + i + "\" class=\"chart\" role=\"img\"");
        }
    }

    @Test
    void html_everyChart_isAnImage_withATitleADescriptionAndItsFiguresInATable() throws IOException {
        String html = ok("compare", "examples/chat-mvp.yaml", "--format", "html");
        int charts = attributes(html, "class=\"chart\" role").size();
        int checked = 0;
        for (JsonNode a : json("compare", "examples/chat-mvp.yaml").get("architectures")) {
            checked += a.get("months").get(0).get("capacity").isEmpty() ? 0 : 1;
        }
        // Cumulative, one stack per architecture, credits, and a capacity chart per architecture with checks.
        assertThat(charts).isEqualTo(1 + 4 + 1 + checked);
        assertThat(html.split("<svg id=\"[a-z0-9-]+\" class=\"chart\" role=\"img\" viewBox=\"[0-9 ]+\" aria-labelledby=\"")
                .length - 1).isEqualTo(charts);
        assertThat(html.split("<title id=").length - 1).isEqualTo(charts);
        assertThat(html.split("<desc id=").length - 1).isEqualTo(charts);
        // A capacity chart's figures are nowhere else in the page: its table is shown to everyone.
        assertThat(html.split("<div class=\"sr-only\">").length - 1).isEqualTo(charts - checked);
        assertThat(html.split("<div class=\"figures\">").length - 1).isEqualTo(checked);
        // Each architecture's first month over the budget is ringed.
        assertThat(html.split("<circle class=\"over\"").length - 1).isEqualTo(4);
    }

    @Test
    void compare_html_totals_equalTheJson() throws IOException {
        String html = ok("compare", "examples/learning-app.yaml", "--format", "html");
        JsonNode json = json("compare", "examples/learning-app.yaml");
        String side = between(html, "<h2>Side by side</h2>", "</table>");
        for (JsonNode a : json.get("ranking")) {
            String row = between(side, "<td>" + a.get("name").asText() + "</td>", "</tr>");
            assertThat(row).contains(">" + money(a.get("annual").decimalValue()) + "<")
                    .contains(">" + money(a.get("total").decimalValue()) + "<");
        }
    }

    @Test
    void estimate_html_hasASummaryAndCharts_forOneArchitecture() throws IOException {
        String html = ok("estimate", "examples/learning-app.yaml", "-a", "serverless", "--format", "html");
        JsonNode a = json("estimate", "examples/learning-app.yaml", "-a", "serverless").get("architectures").get(0);
        assertThat(between(html, "<h2>Summary</h2>", "</table>")).contains(">" + money(a.get("total").decimalValue()) + "<");
        assertThat(attributes(between(html, "<svg id=\"cumulative\"", "</svg>"), "data-series")).containsExactly("serverless");
        assertThat(html).contains("<svg id=\"stack-1\"").doesNotContain("<svg id=\"stack-2\"");
    }

    @Test
    void html_escapesEveryTextFromTheSpec() throws IOException {
        Path spec = Cli.writeSpec(tmp, HOSTILE);
        String html = ok("compare", spec.toString(), "--format", "html");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<i>")
                .doesNotContain("\" onmouseover=\"").contains("q&quot; onmouseover=&quot;alert(2)")
                .contains("&lt;script&gt;alert(&#39;spec&#39;)&lt;/script&gt; &amp; co")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;b&gt;platform&lt;/b&gt;");
    }

    @Test
    void html_marksIncompleteArchitectures_andShowsNotPriced_neverZero() {
        String html = ok("compare", "examples/chat-mvp.yaml", "--format", "html");
        assertThat(html).contains("<ul class=\"warnings\">").contains("is INCOMPLETE")
                .contains("<td class=\"unpriced\">NOT PRICED</td>").contains("(incomplete)")
                .contains("<svg id=\"credits\"");
    }

    @Test
    void html_goesToAFile_withOutput() throws IOException {
        Path file = tmp.resolve("report.html");
        ok("compare", "examples/learning-app.yaml", "--format", "html", "--output", file.toString());
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void capacity_refusesHtml_itsChartsAreInCompares() {
        assertThat(run("capacity", "examples/learning-app.yaml", "--format", "html").code()).isEqualTo(Main.BAD_INPUT);
    }

    static JsonNode json(String... args) throws IOException {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        return new ObjectMapper().readTree(ok(all));
    }

    static String money(java.math.BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertThat(i).as("'%s' in the page", from).isNotNegative();
        int j = s.indexOf(to, i + from.length());
        assertThat(j).as("'%s' after '%s'", to, from).isPositive();
        return s.substring(i, j + to.length());
    }

    static List<String> attributes(String s, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(s);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aOneMonthHorizon_drawsTheBudgetAcrossThePlot() throws Exception {
        // one point is no line: the limit is drawn from the plot's left edge to its right one
        Path spec = Cli.writeSpec(tmp, HOSTILE.replace("horizon: 3 months", "horizon: 1 month"));
        String html = ok("compare", spec.toString(), "--format", "html");
        assertThat(html).containsPattern("<polyline class=\"budget\"[^>]*points=\"[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+\"");
    }
}

package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium (a child process, no network): the DOM it builds holds the charts,
 * and screenshots of a wide and a phone-sized window land in target/ for a person to look at. Skipped when no
 * Chromium is installed (.ci/run installs it when it can).
 */
class HtmlBrowserTest {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static Path chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        chromium = findOnPath("chromium", "chromium-browser", "google-chrome");
        Assumptions.assumeTrue(chromium != null,
                "no chromium on PATH: browser tests skipped (apt-get install -y --no-install-recommends chromium)");
    }

    @Test
    void chromium_buildsTheCharts_fromTheComparison() throws Exception {
        Path page = report("html-report.html", "compare", "examples/chat-mvp.yaml");
        String dom = chromium("--dump-dom", page.toUri().toString());
        assertThat(dom).contains("<svg id=\"cumulative\" class=\"chart\" role=\"img\"").contains("<svg id=\"credits\"");
        assertThat(count(dom, "<svg id=\"stack-\\d+\" class=\"chart\" role=\"img\"")).isEqualTo(4);
        int checked = 0;
        int components = 0;
        for (JsonNode a : HtmlCliTest.json("compare", "examples/chat-mvp.yaml").get("architectures")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            a.get("months").get(0).get("capacity").forEach(c -> names.add(c.get("component").asText()));
            checked += names.isEmpty() ? 0 : 1;
            components += names.size();
        }
        assertThat(count(dom, "<svg id=\"capacity-\\d+\" class=\"chart\" role=\"img\"")).isEqualTo(checked);
        assertThat(count(dom, "<title id=\"[a-z0-9-]+-t\">")).isEqualTo(6 + checked);
        // The budget and a line per architecture (cumulative), one per architecture (credits), one per component.
        assertThat(count(dom, "<polyline ")).isEqualTo(1 + 4 + 4 + components);
        assertThat(dom).contains("NOT PRICED").doesNotContain("<script");
    }

    @Test
    void chromium_screenshots_wideAndPhone() throws Exception {
        Path page = report("html-report.html", "compare", "examples/learning-app.yaml");
        for (int width : new int[] {1200, 390}) {
            Path png = TARGET.resolve(width == 1200 ? "html-report.png" : "html-report-phone.png");
            Files.deleteIfExists(png);
            chromium("--screenshot=" + png, "--window-size=" + width + ",2000", page.toUri().toString());
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(2000);
        }
    }

    @Test
    void chromium_printsIt() throws Exception {
        Path page = report("html-report.html", "compare", "examples/learning-app.yaml");
        // With capacity charts (3 architectures) and the sweep chart too: about 2.6 MB.
        Path dashboard = report("html-print-dashboard.html", "compare", "examples/dashboard.yaml", "--break-even", "requests");
        for (Path p : List.of(page, dashboard)) {
            Path pdf = TARGET.resolve(p.getFileName().toString().replace(".html", ".pdf"));
            Files.deleteIfExists(pdf);
            chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", p.toUri().toString());
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // A pattern-filled rect per bar once printed to 12 MB; one path per series prints to about 1.5 MB.
            assertThat(Files.size(pdf)).isLessThan(5_000_000);
        }
    }

    @Test
    void chromium_leavesAHostileSpecInert() throws Exception {
        Path spec = tmp.resolve("hostile.yaml");
        Files.writeString(spec, HtmlCliTest.HOSTILE);
        Path page = report("html-hostile.html", "compare", spec.toString());
        String dom = chromium("--dump-dom", page.toUri().toString());
        assertThat(dom).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    /** Each page the new charts are on, at a desktop and a phone width: drawn, with their series, and no page overflow. */
    @Test
    void chromium_drawsTheNewCharts_withTheirSeries_andNothingOverflowsAPhone() throws Exception {
        JsonNode compare = HtmlCliTest.json("compare", "examples/dashboard.yaml");
        Path dashboard = report("html-dashboard.html", "compare", "examples/dashboard.yaml");
        Path sweep = report("html-sweep.html", "sweep", "examples/learning-app.yaml", "--vary", "requests=1M..1B", "--log");
        JsonNode sweepJson = HtmlCliTest.json("sweep", "examples/learning-app.yaml", "--vary", "requests=1M..1B", "--log");
        Path breakEven = report("html-breakeven.html", "compare", "examples/learning-app.yaml", "--break-even", "requests",
                "--spike", "10x for 3 days in month 6");
        for (int width : new int[] {1200, 390}) {
            JsonNode d = probe(dashboard, width);
            assertThat(d.get("scrollWidth").asInt()).as("page width at %d px", width).isLessThanOrEqualTo(width);
            List<String> ranking = new ArrayList<>();
            compare.get("ranking").forEach(r -> ranking.add(r.get("name").asText()));
            for (JsonNode a : compare.get("architectures")) {
                java.util.Set<String> components = new java.util.LinkedHashSet<>();
                a.get("months").get(0).get("capacity").forEach(c -> components.add(c.get("component").asText()));
                JsonNode chart = d.get("charts").get("capacity-" + (ranking.indexOf(a.get("name").asText()) + 1));
                if (components.isEmpty()) {
                    assertThat(chart).as(a.get("name").asText()).isNull();
                    continue;
                }
                assertDrawn(chart, components.stream().toList(), compare.get("scenario").get("horizon_months").asInt(), width);
            }
            assertDrawn(d.get("charts").get("cumulative"), ranking, 12, width);
            JsonNode s = probe(sweep, width);
            assertThat(s.get("scrollWidth").asInt()).isLessThanOrEqualTo(width);
            List<String> names = new ArrayList<>();
            sweepJson.get("architectures").forEach(n -> names.add(n.asText()));
            assertDrawn(s.get("charts").get("sweep"), names, sweepJson.get("points").size(), width);
            int crossings = 0;
            for (JsonNode p : sweepJson.get("break_even").get("pairs")) {
                crossings += p.get("crossings").size();
            }
            assertThat(s.get("charts").get("sweep").get("breakevens").asInt()).isEqualTo(crossings);
            JsonNode b = probe(breakEven, width);
            assertThat(b.get("scrollWidth").asInt()).isLessThanOrEqualTo(width);
            assertThat(b.get("charts").get("breakeven").get("breakevens").asInt()).isPositive();
            assertThat(b.get("headings").toString()).contains("Spike: 10x for 3 days in month 6");
            for (JsonNode page : List.of(d, s, b)) {
                assertThat(page.get("unfocusable").asInt()).as("scroll boxes out of the tab order").isZero();
            }
        }
        for (Path page : List.of(dashboard, sweep, breakEven)) {
            String name = page.getFileName().toString().replace(".html", "");
            for (int width : new int[] {1200, 390}) {
                int height = Math.min(probe(page, width).get("scrollHeight").asInt(), 16_000);
                Path png = TARGET.resolve(name + (width == 1200 ? "" : "-phone") + ".png");
                Files.deleteIfExists(png);
                chromium("--screenshot=" + png, "--window-size=" + width + "," + height, page.toUri().toString());
                assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(width);
            }
        }
    }

    /** A chart laid out with some size, a series per name in order, a marker per point, labels at least 9 px high. */
    private static void assertDrawn(JsonNode chart, List<String> series, int points, int width) {
        assertThat(chart).as("chart with %s", series).isNotNull();
        assertThat(chart.get("width").asDouble()).isPositive();
        assertThat(chart.get("height").asDouble()).isPositive();
        List<String> drawn = new ArrayList<>();
        chart.get("series").forEach(n -> drawn.add(n.asText()));
        assertThat(drawn).containsExactlyElementsOf(series);
        chart.get("markers").forEach(n -> assertThat(n.asInt()).isEqualTo(points));
        chart.get("seriesWidths").forEach(n -> assertThat(n.asDouble()).as("a series drawn").isPositive());
        // The axis text is 13 units of a 720-unit-wide chart: at the chart's drawn width, in CSS pixels.
        assertThat(13 * chart.get("width").asDouble() / 720).as("label size at %d px", width).isGreaterThanOrEqualTo(9);
    }

    /**
     * The page in an iframe {@code width} px wide (a headless window is at least 500 px), measured by a script in the
     * wrapper page (the report itself has none): its scroll width, each chart's size, series and markers.
     */
    private JsonNode probe(Path page, int width) throws IOException, InterruptedException {
        Path wrapper = page.resolveSibling("probe-" + page.getFileName());
        Files.writeString(wrapper, """
                <!DOCTYPE html><html><body style="margin:0"><pre id="probe"></pre>
                <iframe id="f" src="%s" style="width:%dpx;height:2000px;border:0"></iframe>
                <script>
                var f = document.getElementById('f');
                f.onload = function () {
                  var w = f.contentWindow, d = w.document, out = {scrollWidth: d.documentElement.scrollWidth,
                    scrollHeight: d.documentElement.scrollHeight, innerWidth: w.innerWidth, charts: {}, headings: [],
                    unfocusable: d.querySelectorAll('.scroll:not([tabindex="0"])').length};
                  d.querySelectorAll('h2').forEach(function (h) { out.headings.push(h.textContent); });
                  d.querySelectorAll('svg.chart').forEach(function (s) {
                    var r = s.getBoundingClientRect(), g = Array.from(s.querySelectorAll('g.series'));
                    out.charts[s.id] = {width: r.width, height: r.height,
                      series: g.map(function (e) { return e.getAttribute('data-series'); }),
                      markers: g.map(function (e) { return e.querySelectorAll('circle:not(.over),rect,path').length; }),
                      seriesWidths: g.map(function (e) { return e.getBBox().width; }),
                      breakevens: s.querySelectorAll('g.breakeven').length};
                  });
                  document.getElementById('probe').textContent = JSON.stringify(out);
                };
                </script></body></html>
                """.formatted(page.getFileName(), width));
        String dom = chromium("--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                wrapper.toUri().toString());
        String json = dom.substring(dom.indexOf("<pre id=\"probe\">") + 16, dom.indexOf("</pre>"));
        assertThat(json).as("the probe ran").isNotEmpty();
        return new ObjectMapper().readTree(json.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
    }

    private Path report(String name, String... args) {
        Path file = TARGET.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "html", "--output", file.toString()));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Fixtures.environment());
        assertThat(code).isZero();
        return file;
    }

    /** Runs Chromium headless with a fresh profile and nothing that reaches the network; returns what it printed. */
    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(args));
        Path out = tmp.resolve("chromium.out");
        Path err = tmp.resolve("chromium.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(err));
        }
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return Files.readString(out);
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Path findOnPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}

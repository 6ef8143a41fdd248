package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(count(dom, "<title id=\"[a-z0-9-]+-t\">")).isEqualTo(6);
        assertThat(count(dom, "<polyline ")).isEqualTo(1 + 4 + 4);
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
        Path pdf = TARGET.resolve("html-report.pdf");
        Files.deleteIfExists(pdf);
        chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // A pattern-filled rect per bar once printed to 12 MB; one path per series prints to about 1.5 MB.
        assertThat(Files.size(pdf)).isLessThan(5_000_000);
    }

    @Test
    void chromium_leavesAHostileSpecInert() throws Exception {
        Path spec = tmp.resolve("hostile.yaml");
        Files.writeString(spec, HtmlCliTest.HOSTILE);
        Path page = report("html-hostile.html", "compare", spec.toString());
        String dom = chromium("--dump-dom", page.toUri().toString());
        assertThat(dom).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
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

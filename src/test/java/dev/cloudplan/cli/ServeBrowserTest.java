package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if page in a real headless Chromium, driven through chromedriver: an edit recomputes the totals shown, an
 * invalid value shows the command line's message at its field, and screenshots land in target/serve-*.png.
 * Skipped when Chromium or chromedriver is not installed (.ci/run installs both when it can).
 */
class ServeBrowserTest {
    private static final String TYPE_FIELD = "[data-id='architectures.ec2-rds-mysql.app.instance_type'] input[type=text]";
    /** The annual figure of an architecture in the "Side by side" table, as the page shows it. */
    private static final String ANNUAL = "const t = [...document.querySelectorAll('#report h2')].find(h => h.textContent"
            + " === 'Side by side').nextElementSibling.querySelector('table');"
            + "const col = [...t.querySelectorAll('th')].findIndex(h => h.textContent === 'Annual');"
            + "const row = [...t.querySelectorAll('tbody tr')].find(r => r.cells[1].textContent.startsWith('%s'));"
            + "return row.cells[col].textContent;";
    static Path chromium;
    static Path chromedriver;

    @TempDir
    Path tmp;

    @BeforeAll
    static void find() {
        chromium = HtmlBrowserTest.findOnPath("chromium", "chromium-browser", "google-chrome");
        chromedriver = HtmlBrowserTest.findOnPath("chromedriver");
        Assumptions.assumeTrue(chromium != null && chromedriver != null, "no chromium or chromedriver on PATH: browser"
                + " tests skipped (apt-get install -y --no-install-recommends chromium chromium-driver)");
    }

    @Test
    void anEditRecomputesTheTotals_andABadValueShowsItsMessage() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("here"));
        String original = Files.readString(Path.of("examples/learning-app.yaml"));
        Files.writeString(dir.resolve("learning-app.yaml"), original);
        Environment f = Fixtures.environment();
        Environment env = new Environment(f.clock(), Map.of(), f.userHome(), false, dir);
        try (Served served = new Served(env, "learning-app.yaml");
                Chrome chrome = new Chrome(chromedriver, chromium, tmp.resolve("profile"), 1200, 2000)) {
            chrome.open(served.server.uri());
            BigDecimal before = money(chrome.js(String.format(ANNUAL, "ec2-rds-mysql")).asText());

            chrome.type(TYPE_FIELD, "t4g.large\t");
            Chrome.await("the recomputed report", () -> status(chrome).startsWith("Recomputed"));
            BigDecimal after = money(chrome.js(String.format(ANNUAL, "ec2-rds-mysql")).asText());
            // The app's instance-hours only: 12 months x (730 h x t4g.large - 730 h x t4g.medium), each month's line
            // to the cent (730 x 0.0672 = 49.056 -> 49.06; 730 x 0.0336 = 24.528 -> 24.53), the prices being the
            // us-east-1 on-demand Linux rows of the bundled AmazonEC2.csv.
            BigDecimal hours = new BigDecimal("730");
            BigDecimal expected = new BigDecimal("12").multiply(hours.multiply(onDemand("t4g.large"))
                    .setScale(2, RoundingMode.HALF_UP).subtract(hours.multiply(onDemand("t4g.medium"))
                            .setScale(2, RoundingMode.HALF_UP)));
            assertThat(after.subtract(before)).as("%s -> %s", before, after).isEqualByComparingTo(expected);
            screenshot(chrome, "serve-edited.png", 1200);

            chrome.type(TYPE_FIELD, "t4g.huge\t");
            Chrome.await("the field's message", () -> !js(chrome, "return document.querySelector(\""
                    + TYPE_FIELD.replace("input[type=text]", "p.error") + "\").hidden").equals("true"));
            String shown = js(chrome, "return document.querySelector(\"" + TYPE_FIELD.replace("input[type=text]",
                    "p.error") + "\").textContent");
            Path other = Files.createDirectories(tmp.resolve("cli"));
            Files.writeString(other.resolve("learning-app.yaml"), original.replaceFirst("instance_type: t4g.medium",
                    "instance_type: t4g.huge"));
            Cli.Result cli = Cli.run(new Environment(f.clock(), Map.of(), f.userHome(), false, other), "compare",
                    "learning-app.yaml");
            assertThat("error: " + shown + "\n").isEqualTo(cli.err());
            assertThat(js(chrome, "return document.querySelector(\"" + TYPE_FIELD + "\").getAttribute('aria-invalid')"))
                    .isEqualTo("true");
            // The last good report stays.
            assertThat(money(chrome.js(String.format(ANNUAL, "ec2-rds-mysql")).asText())).isEqualByComparingTo(after);
            screenshot(chrome, "serve-error.png", 1200);
        }
        try (Served served = new Served(env, "learning-app.yaml");
                Chrome phone = new Chrome(chromedriver, chromium, tmp.resolve("phone"), 390, 1600)) {
            phone.open(served.server.uri());
            screenshot(phone, "serve-phone.png", 390);
        }
    }

    private static String status(Chrome chrome) {
        return js(chrome, "return document.getElementById('status').textContent");
    }

    private static String js(Chrome chrome, String script) {
        try {
            return chrome.js(script).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void screenshot(Chrome chrome, String name, int width) throws Exception {
        Path png = HtmlBrowserTest.TARGET.resolve(name);
        Files.deleteIfExists(png);
        chrome.screenshot(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
    }

    private static BigDecimal money(String shown) {
        return new BigDecimal(shown.replace(",", "").replace(">=", "").trim());
    }

    /** The us-east-1 on-demand Linux price of an instance type, read from the bundled catalog's CSV. */
    private static BigDecimal onDemand(String type) throws Exception {
        String key = "AmazonEC2,us-east-1,instance-hours,\"instanceType=" + type
                + ";operatingSystem=Linux;purchaseOption=OnDemand;tenancy=Shared\",Hrs,0,,";
        for (String line : Files.readAllLines(Path.of("src/main/resources/cloudplan/catalog/bundled/AmazonEC2.csv"))) {
            if (line.startsWith(key)) {
                return new BigDecimal(line.substring(key.length(), line.indexOf(',', key.length())));
            }
        }
        throw new AssertionError("no row for " + type);
    }
}

package dev.cloudplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where the new charts put their points: the plot's mapping, the band chart on a hand-made set, the contrast. */
class ChartGeometryTest {
    /** The chart is 720 x 320 with margins 64 left, 200 right, 30 top, 36 bottom: a plot 456 wide and 254 high. */
    static final double LEFT = 64;
    static final double WIDTH = 720 - 64 - 200;
    static final double BOTTOM = 320 - 36;
    static final double HEIGHT = 320 - 36 - 30;

    @Test
    void coordinates_roundAsTheShortestDecimalToOnePlace_halfUp() {
        // The fast path rounds the double; it must agree with rounding its shortest decimal, halves included.
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 2_000;
                case 1 -> Math.round(random.nextGaussian() * 10_000) / 100.0 + 0.05; // near a half
                case 2 -> (random.nextInt(20_001) - 10_000) / 20.0;                 // exact halves and tenths
                default -> (random.nextDouble() - 0.5) * 1e12;
            };
            String slow = new BigDecimal(Double.toString(v)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
            assertThat(Svg.f(v)).as("%s", v).isEqualTo(v < 0 && slow.equals("0.0") ? "-0.0" : slow);
        }
        assertThat(Svg.f(0.25)).isEqualTo("0.3");
        assertThat(Svg.f(-0.25)).isEqualTo("-0.3");
        assertThat(Svg.f(-0.04)).isEqualTo("-0.0");
        assertThat(Svg.f(719.95)).isEqualTo("720.0");
    }

    @Test
    void linearPlot_mapsTheRangeOntoThePlot_andClampsY() {
        Plot p = new Plot(0, 100, false, 50);
        assertThat(p.x(0)).isEqualTo(LEFT);
        assertThat(p.x(25)).isEqualTo(LEFT + WIDTH * 25 / 100);
        assertThat(p.x(100)).isEqualTo(LEFT + WIDTH);
        assertThat(p.y(25)).isEqualTo(BOTTOM - HEIGHT * 25 / 50);
        assertThat(p.y(80)).as("above the top: drawn at the top").isEqualTo(BOTTOM - HEIGHT);
        assertThat(p.y(-5)).as("below 0: at the bottom").isEqualTo(BOTTOM);
        assertThat(p.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        // 1M to 100M: steps of 20M (19.8M rounded up); 1M is 456 x 19 / 99 = 87.5 px from 20M, so it is labelled.
        assertThat(new Plot(1e6, 1e8, false, 1).ticks()).containsExactly(1e6, 2e7, 4e7, 6e7, 8e7, 1e8);
        // 3 to 17: a fifth is 2.8, so steps of 5: 5, 10, 15; the ends are 456 x 2 / 14 = 65 px from their neighbours.
        assertThat(new Plot(3, 17, false, 1).ticks()).containsExactly(3.0, 5.0, 10.0, 15.0, 17.0);
    }

    @Test
    void logPlot_spacesDecadesEvenly_andTicksEachPowerOfTen() {
        Plot p = new Plot(1e6, 1e9, true, 10);
        assertThat(p.x(1e7)).isCloseTo(LEFT + WIDTH / 3, within(1e-9));
        assertThat(p.x(1e8)).isCloseTo(LEFT + WIDTH * 2 / 3, within(1e-9));
        // 23.41M lies log10(23.41) of the way through its decade
        assertThat(p.x(23.41e6)).isCloseTo(LEFT + WIDTH * (1 + Math.log10(2.341)) / 3, within(1e-9));
        assertThat(p.ticks()).containsExactly(1e6, 1e7, 1e8, 1e9);
        assertThat(new Plot(2e6, 8e6, true, 1).ticks()).as("no power of ten inside: the ends").containsExactly(2e6, 8e6);
        // 300K to 30M: 1M is log10(1/0.3) / 2 = 26% of the 456 px in, 119 px from 300K: both labelled.
        assertThat(new Plot(3e5, 3e7, true, 1).ticks()).containsExactly(3e5, 1e6, 1e7, 3e7);
        // 900K to 1B: 1M is 456 x log10(1/0.9) / log10(1000/0.9) = 6.9 px from 900K, so 900K is not labelled.
        assertThat(new Plot(9e5, 1e9, true, 1).ticks()).as("900K is 7 px from 1M: not labelled")
                .containsExactly(1e6, 1e7, 1e8, 1e9);
    }

    @Test
    void logYPlot_spacesDecadesEvenlyUpwards_andGridsAt1_2_5() {
        Plot p = new Plot(1, 10, false, 1000, 10);
        assertThat(p.y(10)).isEqualTo(BOTTOM);
        assertThat(p.y(100)).isCloseTo(BOTTOM - HEIGHT / 2, within(1e-9));
        assertThat(p.y(1000)).isCloseTo(BOTTOM - HEIGHT, within(1e-9));
        assertThat(p.y(1)).as("below the bottom: at the bottom").isEqualTo(BOTTOM);
        assertThat(p.yTicks()).containsExactly(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0);
        assertThatThrownBy(() -> new Plot(1, 10, false, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthPlot_centresEachMonthInItsSlot_asTheBarsDo() {
        Plot p = Plot.months(12, 100);
        double slot = WIDTH / 12;
        assertThat(p.x(1)).isCloseTo(LEFT + slot / 2, within(1e-9));
        assertThat(p.x(12)).isCloseTo(LEFT + 11 * slot + slot / 2, within(1e-9));
        assertThat(Plot.monthTicks(12)).hasSize(12);
        assertThat(Plot.monthTicks(36)).containsExactly(1.0, 4.0, 7.0, 10.0, 13.0, 16.0, 19.0, 22.0, 25.0, 28.0, 31.0, 34.0, 36.0);
    }

    @Test
    void plot_refusesAnEmptyRange_andALogRangeFromZero() {
        assertThatThrownBy(() -> new Plot(5, 5, false, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Plot(0, 10, true, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Plot(0, 10, false, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandChart_drawsABandAndAMedianPerArchitecture_atTheirFigures() {
        CostBand a = band("serverless", new int[] {10, 20, 30}, new int[] {15, 25, 35}, new int[] {20, 40, 60});
        CostBand b = band("<b>ec2</b>", new int[] {40, 40, 40}, new int[] {45, 45, 45}, new int[] {50, 50, 50});
        String svg = BandChart.svg("bands", "Cost per month", "desc", List.of(a, b));
        assertThat(attributes(svg, "data-series")).containsExactly("serverless", "&lt;b&gt;ec2&lt;/b&gt;");
        assertThat(svg).doesNotContain("<b>").contains("role=\"img\"").contains("<title id=\"bands-t\">")
                .contains("<desc id=\"bands-d\">");
        // The highest P90 is 60: the axis tops at 60 (6 x 10); months sit in slots of 456 / 3 = 152.
        double slot = WIDTH / 3;
        List<String> medians = attributes(svg, "class=\"p50\" stroke-width=\"2.5\" points");
        assertThat(medians).hasSize(2);
        assertThat(medians.get(0).split(" ")).containsExactly(
                point(LEFT + slot / 2, BOTTOM - HEIGHT * 15 / 60),
                point(LEFT + slot * 1.5, BOTTOM - HEIGHT * 25 / 60),
                point(LEFT + slot * 2.5, BOTTOM - HEIGHT * 35 / 60));
        // The band: P90 left to right, then P10 right to left.
        String band = attributes(svg, "stroke=\"none\" points").get(0);
        assertThat(band.split(" ")).hasSize(6).startsWith(point(LEFT + slot / 2, BOTTOM - HEIGHT * 20 / 60))
                .endsWith(point(LEFT + slot / 2, BOTTOM - HEIGHT * 10 / 60));
        assertThat(svg.split("<polygon class=\"band\"").length - 1).isEqualTo(2);
    }

    @Test
    void bandChart_html_hasItsFiguresInATable() {
        CostBand a = band("serverless", new int[] {10, 20}, new int[] {15, 25}, new int[] {20, 40});
        String html = BandChart.html(List.of(a), "From 1,000 simulated months.");
        assertThat(html).contains("<th scope=\"col\" class=\"num\">serverless P10 (USD)</th>")
                .contains("<td class=\"num\">25.00</td>").contains("From 1,000 simulated months.")
                .contains("tabindex=\"0\"");
    }

    @Test
    void costBand_refusesRangesOutOfOrder_orOfUnequalLength() {
        assertThatThrownBy(() -> band("a", new int[] {10}, new int[] {5}, new int[] {20}))
                .hasMessageContaining("month 1: P10 <= P50 <= P90");
        assertThatThrownBy(() -> new CostBand("a", List.of(BigDecimal.ONE), List.of(), List.of()))
                .hasMessageContaining("one figure a month");
    }

    @Test
    void everyChartColour_reachesTextContrast_onWhite() {
        for (String c : Svg.COLOURS) {
            assertThat(contrast(c, "#ffffff")).as(c).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(CapacityChart.LIMIT_COLOUR, "#ffffff")).isGreaterThanOrEqualTo(4.5);
        // The page's text on its backgrounds: body, table headers, the warnings box, NOT PRICED cells.
        for (String[] pair : new String[][] {{"#111111", "#ffffff"}, {"#111111", "#eef1f5"}, {"#111111", "#fdf2f2"},
                {"#9b1c1c", "#ffffff"}, {"#111111", "#ecfdf5"}}) {
            assertThat(contrast(pair[0], pair[1])).as(Arrays.toString(pair)).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double contrast(String fg, String bg) {
        double a = luminance(fg);
        double b = luminance(bg);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static CostBand band(String name, int[] p10, int[] p50, int[] p90) {
        return new CostBand(name, decimals(p10), decimals(p50), decimals(p90));
    }

    private static List<BigDecimal> decimals(int[] v) {
        return Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    private static String point(double x, double y) {
        return String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y);
    }

    static List<String> attributes(String s, String name) {
        Matcher m = Pattern.compile(" " + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(s);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

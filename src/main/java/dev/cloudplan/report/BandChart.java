package dev.cloudplan.report;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cost per month as ranges: for each architecture a P10-P90 band, its edges dashed, and the P50 line with the
 * architecture's marker shape on it, so that overlapping bands are told apart without their colours.
 */
public final class BandChart {
    private BandChart() {}

    /** The plot: months across, from 0 to a round figure above the highest P90 up. */
    static Plot plot(List<CostBand> bands) {
        double max = 0;
        for (CostBand b : bands) {
            for (BigDecimal v : b.p90()) {
                max = Math.max(max, v.doubleValue());
            }
        }
        return Plot.months(bands.get(0).months(), Svg.nice(max));
    }

    static String svg(String id, String title, String desc, List<CostBand> bands) {
        int n = bands.get(0).months();
        Plot plot = plot(bands);
        StringBuilder sb = Svg.open(id, title, desc);
        plot.axes(sb, Plot.monthTicks(n), v -> String.valueOf((int) v), "month", Svg::axisMoney, "USD");
        List<String> names = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        int every = n <= 48 ? 1 : (int) Math.ceil(n / 12.0);
        for (int s = 0; s < bands.size(); s++) {
            CostBand b = bands.get(s);
            String c = Svg.colour(s);
            List<String> outline = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                outline.add(Svg.f(plot.x(m + 1)) + "," + Svg.f(plot.y(b.p90().get(m).doubleValue())));
            }
            for (int m = n - 1; m >= 0; m--) {
                outline.add(Svg.f(plot.x(m + 1)) + "," + Svg.f(plot.y(b.p10().get(m).doubleValue())));
            }
            sb.append("<g class=\"series\" data-series=\"").append(HtmlText.escape(b.architecture())).append("\" stroke=\"")
                    .append(c).append("\" fill=\"").append(c).append("\">\n<polygon class=\"band\" fill-opacity=\"0.15\""
                    + " stroke=\"none\" points=\"").append(String.join(" ", outline)).append("\"/>\n")
                    .append(plot.polyline(xy(b.p90()), "class=\"p90\" stroke-width=\"1\" stroke-dasharray=\"4 3\""))
                    .append(plot.polyline(xy(b.p10()), "class=\"p10\" stroke-width=\"1\" stroke-dasharray=\"4 3\""))
                    .append(plot.polyline(xy(b.p50()), "class=\"p50\" stroke-width=\"2.5\""));
            for (int m = 0; m < n; m++) {
                if (m % every == 0 || m == n - 1) {
                    sb.append(Svg.marker(s, plot.x(m + 1), plot.y(b.p50().get(m).doubleValue())));
                }
            }
            sb.append("</g>\n");
            names.add(b.architecture());
            colours.add(c);
            ends.add(plot.y(b.p50().get(n - 1).doubleValue()));
        }
        Plot.labels(sb, names, colours, ends);
        return sb.append("</svg>\n").toString();
    }

    private static List<double[]> xy(List<BigDecimal> values) {
        List<double[]> out = new ArrayList<>();
        for (int m = 0; m < values.size(); m++) {
            out.add(new double[] {m + 1, values.get(m).doubleValue()});
        }
        return out;
    }

    /**
     * The chart as an HTML section for the report (pass it to {@link HtmlRenderer#render(Report, RenderOptions, List)}):
     * a heading, the chart, its legend and a note saying where the ranges come from, its figures in a table.
     */
    public static String html(List<CostBand> bands, String note) {
        String id = "bands";
        String title = "Cost per month: P10 to P90";
        int n = bands.get(0).months();
        StringBuilder desc = new StringBuilder("Cost per month in USD as a range, months 1 to " + n + ": the band runs"
                + " from the 10th to the 90th percentile, the line is the median. ");
        List<Figures.Legend> legend = new ArrayList<>();
        List<String> headers = new ArrayList<>(List.of("Month"));
        for (int s = 0; s < bands.size(); s++) {
            CostBand b = bands.get(s);
            desc.append(b.architecture()).append(": month 1 ").append(range(b, 0)).append(", month ").append(n).append(' ')
                    .append(range(b, n - 1)).append(". ");
            legend.add(new Figures.Legend(Figures.markerSwatch(s, false), b.architecture()
                    + ": P50 line, P10-P90 band (dashed edges)"));
            headers.addAll(List.of(b.architecture() + " P10 (USD)", "P50", "P90"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(m + 1)));
            for (CostBand b : bands) {
                row.addAll(List.of(money(b.p10().get(m)), money(b.p50().get(m)), money(b.p90().get(m))));
            }
            rows.add(row);
        }
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        StringBuilder sb = new StringBuilder("<h3>").append(HtmlText.escape(title)).append("</h3>\n");
        Figures.figure(sb, id, title, svg(id, title, desc.toString().trim(), bands), legend, note,
                new Block.Table(headers, right, rows), false);
        return sb.toString();
    }

    private static String range(CostBand b, int m) {
        return money(b.p10().get(m)) + " to " + money(b.p90().get(m)) + " (median " + money(b.p50().get(m)) + ")";
    }

    private static String money(BigDecimal v) {
        return Numbers.money(Money.of(v));
    }
}

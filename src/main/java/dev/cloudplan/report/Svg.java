package dev.cloudplan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Charts as inline SVG, drawn here so an HTML report needs no script and no network. Every chart has role="img", a
 * title and a description; each series has a colour, a marker shape or fill pattern and a name written beside it, so
 * nothing is told by colour alone. Coordinates are doubles: they place pixels, the figures shown stay exact.
 */
final class Svg {
    /** One named series of values, one per x position; a dashed series is a lower bound (an incomplete architecture). */
    record Series(String name, List<BigDecimal> values, boolean dashed) {}

    /** Dark enough for 3:1 against white as graphics and 4.5:1 as text (WCAG AA). */
    static final List<String> COLOURS = List.of("#0b61a4", "#c2410c", "#047857", "#7c3aed", "#be185d", "#4b5563",
            "#a16207", "#0e7490");
    static final int W = 720;
    static final int H = 320;
    static final int LEFT = 64;
    static final int RIGHT = 200;
    static final int TOP = 30;
    static final int BOTTOM = 36;
    /** Above this many points a line is marked at every few points only: they would merge into the line. */
    private static final int MAX_MARKERS = 48;
    private static final Map<Double, String> AXIS_LABELS = new ConcurrentHashMap<>();

    private Svg() {}

    static String colour(int i) {
        return COLOURS.get(i % COLOURS.size());
    }

    /**
     * Lines over the months, one per series, each named at its end; {@code budget}, when given, is drawn as a dashed
     * black line; {@code marks} holds, per series, the 1-based month to ring (the first month over budget) or null.
     */
    static String lines(String id, String title, String desc, List<Series> series, List<BigDecimal> budget,
            List<Integer> marks) {
        int n = series.get(0).values().size();
        // Each value as a double once: BigDecimal.doubleValue is dear, and a value is both a point and a marker.
        double[][] values = new double[series.size()][];
        for (int s = 0; s < series.size(); s++) {
            values[s] = doubles(series.get(s).values());
        }
        double[] limit = budget == null ? null : doubles(budget);
        double max = max(values, limit);
        StringBuilder sb = open(id, title, desc);
        axes(sb, n, max);
        if (budget != null) {
            // A one-month horizon has one point, which a polyline does not draw: the limit spans the plot instead.
            sb.append("<polyline class=\"budget\" fill=\"none\" stroke=\"#111\" stroke-width=\"2\" stroke-dasharray=\"8 4\""
                    + " points=\"");
            if (n == 1) {
                double at = y(limit[0], max);
                f(f(f(f(sb, LEFT).append(','), at).append(' '), W - RIGHT).append(','), at);
            } else {
                points(sb, limit, n, max);
            }
            sb.append("\"/>\n");
        }
        List<double[]> ends = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            HtmlText.escape(sb.append("<g class=\"series\" data-series=\""), se.name()).append("\" stroke=\"")
                    .append(colour(s)).append("\" fill=\"").append(colour(s)).append("\">\n");
            sb.append("<polyline fill=\"none\" stroke-width=\"2.5\"").append(se.dashed() ? " stroke-dasharray=\"3 3\"" : "")
                    .append(" points=\"");
            points(sb, values[s], n, max).append("\"/>\n");
            int every = n <= MAX_MARKERS ? 1 : (int) Math.ceil(n / 12.0);
            for (int m = 0; m < n; m++) {
                if (m % every == 0 || m == n - 1) {
                    marker(sb, s, x(m, n), y(values[s][m], max));
                }
            }
            Integer over = marks == null ? null : marks.get(s);
            if (over != null) {
                double ox = x(over - 1, n);
                double oy = y(values[s][over - 1], max);
                sb.append("<circle class=\"over\" cx=\"").append(f(ox)).append("\" cy=\"").append(f(oy))
                        .append("\" r=\"8\" fill=\"none\" stroke-width=\"2\"><title>");
                HtmlText.escape(sb, se.name()).append(": over the budget from month ").append(over).append("</title></circle>\n");
            }
            sb.append("</g>\n");
            ends.add(new double[] {s, y(values[s][n - 1], max)});
        }
        if (budget != null) {
            ends.add(new double[] {-1, y(limit[n - 1], max)});
        }
        endLabels(sb, series, ends);
        return sb.append("</svg>\n").toString();
    }

    /** Bars over the months, each stacked from its series' values (all at least zero), filled by colour and pattern. */
    static String stacked(String id, String title, String desc, List<Series> stacks) {
        int n = stacks.get(0).values().size();
        // Each value as a double once: BigDecimal.doubleValue is dear, and a bar's base is the sum of those below it.
        double[][] values = new double[stacks.size()][];
        for (int s = 0; s < stacks.size(); s++) {
            values[s] = doubles(stacks.get(s).values());
        }
        double max = 0;
        for (int m = 0; m < n; m++) {
            double sum = 0;
            for (double[] v : values) {
                sum += v[m];
            }
            max = Math.max(max, sum);
        }
        max = nice(max);
        StringBuilder sb = open(id, title, desc);
        sb.append("<defs>\n");
        for (int s = 0; s < stacks.size(); s++) {
            sb.append(pattern(id + "-p" + s, s));
        }
        sb.append("</defs>\n");
        axes(sb, n, max);
        double slot = (double) (W - LEFT - RIGHT) / n;
        double bar = Math.max(1, slot * 0.7);
        double[] below = new double[n]; // each month's bar so far, added series by series as the bars are stacked
        String width = f(bar);
        String back = f(-bar);
        for (int s = 0; s < stacks.size(); s++) {
            HtmlText.escape(sb.append("<g class=\"series\" data-series=\""), stacks.get(s).name()).append("\" fill=\"url(#")
                    .append(id).append("-p").append(s).append(")\" stroke=\"#fff\" stroke-width=\"0.5\">\n");
            // One path per series, not a rect per bar: a PDF printer rasterises each pattern-filled shape on its own.
            sb.append("<path d=\"");
            for (int m = 0; m < n; m++) {
                double top = y(below[m] + values[s][m], max);
                double bottom = y(below[m], max);
                below[m] += values[s][m];
                if (bottom - top > 0) {
                    f(sb.append('M'), LEFT + slot * m + (slot - bar) / 2).append(' ');
                    f(f(sb, top).append('h').append(width).append('v'), bottom - top).append('h').append(back).append('Z');
                }
            }
            sb.append("\"/>\n</g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    /** A small square showing series {@code s}'s fill, for a legend outside the chart that defined the pattern. */
    static String swatch(String chartId, int s, boolean stackedFill) {
        String fill = stackedFill ? "url(#" + chartId + "-p" + s + ")" : colour(s);
        return "<svg class=\"swatch\" width=\"16\" height=\"16\" aria-hidden=\"true\">" + (stackedFill
                ? "<rect width=\"16\" height=\"16\" fill=\"" + fill + "\"/>"
                : "<g fill=\"" + fill + "\" stroke=\"" + fill + "\">" + marker(s, 8, 8) + "</g>") + "</svg>";
    }

    static StringBuilder open(String id, String title, String desc) {
        StringBuilder sb = new StringBuilder(16 * 1024); // a chart is some kilobytes: no doubling from 16 bytes up
        sb.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ')
                .append(H).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        HtmlText.escape(sb.append("<title id=\"").append(id).append("-t\">"), title).append("</title>\n");
        HtmlText.escape(sb.append("<desc id=\"").append(id).append("-d\">"), desc).append("</desc>\n");
        return sb;
    }

    private static void axes(StringBuilder sb, int n, double max) {
        sb.append("<g class=\"axes\" font-size=\"13\" fill=\"#111\">\n");
        for (int i = 0; i <= 5; i++) {
            double v = max * i / 5;
            double y = y(v, max);
            String at = f(y);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(at)
                    .append("\" y2=\"").append(at).append("\" stroke=\"").append(i == 0 ? "#111" : "#ccc").append("\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(axisMoney(v)).append("</text>\n");
        }
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int m = 0; m < n; m++) {
            if (m % every == 0 || m == n - 1) {
                sb.append("<text x=\"").append(f(x(m, n))).append("\" y=\"").append(H - BOTTOM + 16)
                        .append("\" text-anchor=\"middle\">").append(m + 1).append("</text>\n");
            }
        }
        sb.append("<text x=\"").append((LEFT + W - RIGHT) / 2).append("\" y=\"").append(H - 4)
                .append("\" text-anchor=\"middle\">month</text>\n");
        sb.append("<text x=\"4\" y=\"14\">USD</text>\n</g>\n");
    }

    /** Each line's name at its right end, pushed apart so that no two overlap. */
    static void endLabels(StringBuilder sb, List<Series> series, List<double[]> ends) {
        ends.sort(Comparator.comparingDouble(e -> e[1]));
        double last = -100;
        for (double[] e : ends) {
            double y = Math.max(e[1] + 4, last + 14);
            last = y;
            int s = (int) e[0];
            // A dotted line is a lower bound: the legend says so, the label keeps to the margin.
            String name = s < 0 ? "Budget" : series.get(s).name();
            sb.append("<text class=\"label\" x=\"").append(W - RIGHT + 8).append("\" y=\"").append(f(y))
                    .append("\" font-size=\"13\" fill=\"").append(s < 0 ? "#111" : colour(s)).append("\">");
            HtmlText.escape(sb, name.length() > 24 ? name.substring(0, 23) + "…" : name).append("</text>\n");
        }
    }

    /** Circle, square, triangle, diamond, then again: the shape tells the series apart in grey print. */
    static String marker(int s, double x, double y) {
        return marker(new StringBuilder(64), s, x, y).toString();
    }

    /** {@link #marker(int, double, double)} written into {@code sb}. */
    static StringBuilder marker(StringBuilder sb, int s, double x, double y) {
        switch (s % 4) {
            case 0 -> f(f(sb.append("<circle cx=\""), x).append("\" cy=\""), y).append("\" r=\"3.5\"/>");
            case 1 -> f(f(sb.append("<rect x=\""), x - 3.5).append("\" y=\""), y - 3.5).append("\" width=\"7\" height=\"7\"/>");
            case 2 -> {
                f(f(sb.append("<path d=\"M"), x).append(' '), y - 4.5).append('L');
                f(f(sb, x + 4.5).append(' '), y + 3.5).append('L');
                f(f(sb, x - 4.5).append(' '), y + 3.5).append("Z\"/>");
            }
            default -> {
                f(f(sb.append("<path d=\"M"), x).append(' '), y - 5).append('L');
                f(f(sb, x + 5).append(' '), y).append('L');
                f(f(sb, x).append(' '), y + 5).append('L');
                f(f(sb, x - 5).append(' '), y).append("Z\"/>");
            }
        }
        return sb.append('\n');
    }

    /** Solid, then diagonal stripes, dots, cross-hatch, horizontal and vertical stripes, in white over the colour. */
    static String pattern(String pid, int s) {
        String marks = switch (s % 6) {
            case 0 -> "";
            case 1 -> "<path d=\"M0 8L8 0\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
            case 2 -> "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#fff\"/>";
            case 3 -> "<path d=\"M0 0L8 8M0 8L8 0\" stroke=\"#fff\" stroke-width=\"1\"/>";
            case 4 -> "<path d=\"M0 4H8\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
            default -> "<path d=\"M4 0V8\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
        };
        return "<pattern id=\"" + pid + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\""
                + " height=\"8\" fill=\"" + colour(s) + "\"/>" + marks + "</pattern>\n";
    }

    private static StringBuilder points(StringBuilder sb, double[] values, int n, double max) {
        for (int m = 0; m < n; m++) {
            f(f(sb.append(m == 0 ? "" : " "), x(m, n)).append(','), y(values[m], max));
        }
        return sb;
    }

    private static double[] doubles(List<BigDecimal> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).doubleValue();
        }
        return out;
    }

    private static double max(double[][] series, double[] budget) {
        double max = 0;
        for (double[] s : series) {
            for (double v : s) {
                max = Math.max(max, v);
            }
        }
        for (double v : budget == null ? new double[0] : budget) {
            max = Math.max(max, v);
        }
        return nice(max);
    }

    /** The axis top: a round multiple of a power of ten (its fifths round too), at or above {@code v}. */
    static double nice(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double k : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (k * p >= v) {
                return k * p;
            }
        }
        return 10 * p;
    }

    private static double x(int m, int n) {
        double slot = (double) (W - LEFT - RIGHT) / n;
        return LEFT + slot * m + slot / 2;
    }

    // From a double: the grid and the bars once went through BigDecimal.valueOf(v).doubleValue(), which is v itself
    // (that decimal is one that reads back as v), so the pixels are the same.
    private static double y(double v, double max) {
        return H - BOTTOM - (H - BOTTOM - TOP) * Math.max(0, v) / max;
    }

    static String axisMoney(double v) {
        // The grid's labels are fifths of a round top, a few dozen values in all: each is formatted once, since a
        // Formatter is dear and every chart writes six. Bounded, in case a caller passes other values.
        String known = AXIS_LABELS.get(v);
        if (known != null) {
            return known;
        }
        String label = v >= 1000 ? String.format(Locale.ROOT, "%,.1fk", v / 1000).replace(".0k", "k")
                : String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v);
        if (AXIS_LABELS.size() < 4096) {
            AXIS_LABELS.put(v, label);
        }
        return label;
    }

    static String f(double v) {
        return f(new StringBuilder(16), v).toString();
    }

    /** {@code v} as {@link #f(double)} writes it, appended to {@code sb}: no String per coordinate. */
    static StringBuilder f(StringBuilder sb, double v) {
        // As "%.1f" rounds (half up, from the double's shortest decimal), without a Formatter per coordinate: a report
        // draws tens of thousands of them, and the Formatter was a sixth of an HTML report's time.
        double tenths = Math.abs(v) * 10;
        double frac = tenths - Math.floor(tenths);
        if (tenths < 1e9 && Math.abs(frac - 0.5) > 1e-6) {
            // Away from a half, rounding the double itself gives the tenth that rounding its shortest decimal gives.
            long t = Math.round(tenths);
            if (v < 0) {
                sb.append('-');
            }
            return sb.append(t / 10).append('.').append((char) ('0' + t % 10));
        }
        String s = java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        return sb.append(v < 0 && s.equals("0.0") ? "-0.0" : s);
    }
}

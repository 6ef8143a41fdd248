package dev.cloudplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Where a value lands on a chart of {@link Svg}'s size: x over a range (evenly, or by its logarithm), y from 0 to a
 * round top. The charts that are not over months in slots (utilisation, sweep, bands) place their points through it,
 * so their geometry can be tested alone.
 *
 * @param xFrom the value at the plot's left edge
 * @param xTo   the value at its right edge
 * @param log   whether x is spaced by its logarithm (both ends above 0)
 * @param yTop  the value at the plot's top
 * @param yLogFrom the value at the plot's bottom on a log y axis; 0 for a linear y axis from 0
 */
record Plot(double xFrom, double xTo, boolean log, double yTop, double yLogFrom) {
    static final double PLOT_LEFT = Svg.LEFT;
    static final double PLOT_RIGHT = Svg.W - Svg.RIGHT;
    static final double PLOT_TOP = Svg.TOP;
    static final double PLOT_BOTTOM = Svg.H - Svg.BOTTOM;
    /** The least distance, in chart units, between an end label and a tick label. */
    private static final double END_GAP = 48;

    Plot {
        if (!(xTo > xFrom) || log && xFrom <= 0 || !(yTop > 0) || yLogFrom < 0 || yLogFrom >= yTop) {
            throw new IllegalArgumentException("a plot needs from < to (above 0 when log) and a top above 0 and its"
                    + " bottom: " + xFrom + ".." + xTo + ", " + yLogFrom + ".." + yTop);
        }
    }

    /** A linear y axis from 0 to {@code yTop}. */
    Plot(double xFrom, double xTo, boolean log, double yTop) {
        this(xFrom, xTo, log, yTop, 0);
    }

    boolean logY() {
        return yLogFrom > 0;
    }

    /** Months 1 to n, each centred in its slot as the bar and line charts place them. */
    static Plot months(int n, double yTop) {
        return new Plot(0.5, n + 0.5, false, yTop);
    }

    double x(double v) {
        double at = log ? (Math.log(v) - Math.log(xFrom)) / (Math.log(xTo) - Math.log(xFrom)) : (v - xFrom) / (xTo - xFrom);
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * at;
    }

    /** Clamped to the plot: a value above the top is drawn at the top, a negative one at the bottom. */
    double y(double v) {
        double at = logY() ? (Math.log(Math.min(Math.max(v, yLogFrom), yTop)) - Math.log(yLogFrom))
                / (Math.log(yTop) - Math.log(yLogFrom)) : Math.min(Math.max(v, 0), yTop) / yTop;
        return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * at;
    }

    /** The y grid: five even steps from 0, or on a log axis 1, 2 and 5 times each power of ten within it. */
    List<Double> yTicks() {
        List<Double> out = new ArrayList<>();
        if (!logY()) {
            for (int i = 0; i <= 5; i++) {
                out.add(yTop * i / 5);
            }
            return out;
        }
        for (double p = Math.pow(10, Math.floor(Math.log10(yLogFrom))); p <= yTop; p *= 10) {
            for (double k : new double[] {1, 2, 5}) {
                if (k * p >= yLogFrom * (1 - 1e-9) && k * p <= yTop * (1 + 1e-9)) {
                    out.add(k * p);
                }
            }
        }
        return out;
    }

    /** Five horizontal grid lines labelled by {@code label}, the x ticks given, and the axes' names. */
    void axes(StringBuilder sb, List<Double> xTicks, DoubleFunction<String> xLabel, String xName,
            DoubleFunction<String> yLabel, String yName) {
        sb.append("<g class=\"axes\" font-size=\"13\" fill=\"#111\">\n");
        List<Double> grid = yTicks();
        for (int i = 0; i < grid.size(); i++) {
            double v = grid.get(i);
            String y = Svg.f(y(v));
            sb.append("<line x1=\"").append(Svg.f(PLOT_LEFT)).append("\" x2=\"").append(Svg.f(PLOT_RIGHT))
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"")
                    .append(i == 0 ? "#111" : "#ccc").append("\"/><text x=\"").append(Svg.f(PLOT_LEFT - 6))
                    .append("\" y=\"").append(Svg.f(y(v) + 4)).append("\" text-anchor=\"end\">");
            HtmlText.escape(sb, yLabel.apply(v)).append("</text>\n");
        }
        for (double t : xTicks) {
            sb.append("<text class=\"xtick\" x=\"").append(Svg.f(x(t))).append("\" y=\"").append(Svg.f(PLOT_BOTTOM + 16))
                    .append("\" text-anchor=\"middle\">");
            HtmlText.escape(sb, xLabel.apply(t)).append("</text>\n");
        }
        sb.append("<text x=\"").append(Svg.f((PLOT_LEFT + PLOT_RIGHT) / 2)).append("\" y=\"").append(Svg.H - 4)
                .append("\" text-anchor=\"middle\">");
        HtmlText.escape(sb, xName).append("</text>\n");
        HtmlText.escape(sb.append("<text x=\"4\" y=\"14\">"), yName).append("</text>\n</g>\n");
    }

    /** Month ticks: every month up to 12, else every few, and always the last. */
    static List<Double> monthTicks(int n) {
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        List<Double> out = new ArrayList<>();
        for (int m = 1; m <= n; m++) {
            if ((m - 1) % every == 0 || m == n) {
                out.add((double) m);
            }
        }
        return out;
    }

    /**
     * x ticks of a range: each power of ten inside it on a log axis, else each multiple of a round step (1, 2, 2.5 or 5
     * times a power of ten, about five steps across); and the range's ends, unless a tick is close enough to collide.
     */
    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        if (log) {
            for (double p = Math.pow(10, Math.ceil(Math.log10(xFrom) - 1e-9)); p <= xTo * (1 + 1e-9); p *= 10) {
                out.add(p);
            }
        } else {
            double raw = (xTo - xFrom) / 5;
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = 10 * power;
            for (double k : new double[] {1, 2, 2.5, 5}) {
                if (k * power >= raw * (1 - 1e-9)) {
                    step = k * power;
                    break;
                }
            }
            for (long k = (long) Math.ceil(xFrom / step - 1e-9); k * step <= xTo + step * 1e-9; k++) {
                out.add(k * step);
            }
        }
        for (double end : new double[] {xFrom, xTo}) {
            if (out.stream().noneMatch(t -> Math.abs(x(t) - x(end)) < END_GAP)) {
                out.add(end);
            }
        }
        out.sort(Double::compare);
        return out;
    }

    /** A polyline through the points, with {@code attributes} (stroke, dash) written into it. */
    String polyline(List<double[]> xy, String attributes) {
        List<String> pts = new ArrayList<>();
        xy.forEach(p -> pts.add(Svg.f(x(p[0])) + "," + Svg.f(y(p[1]))));
        return "<polyline fill=\"none\" " + attributes + " points=\"" + String.join(" ", pts) + "\"/>\n";
    }

    /** A label for each line at the plot's right edge, at its last y, pushed apart so that no two overlap. */
    static void labels(StringBuilder sb, List<String> names, List<String> colours, List<Double> ys) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(ys::get));
        double last = -100;
        for (int i : order) {
            double y = Math.max(ys.get(i) + 4, last + 14);
            last = y;
            String name = names.get(i);
            sb.append("<text class=\"label\" x=\"").append(Svg.f(PLOT_RIGHT + 8)).append("\" y=\"").append(Svg.f(y))
                    .append("\" font-size=\"13\" fill=\"").append(colours.get(i)).append("\">");
            HtmlText.escape(sb, name.length() > 24 ? name.substring(0, 23) + "…" : name).append("</text>\n");
        }
    }
}

package dev.cloudplan.report;

import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.Sweep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep drawn: each architecture's cost against the driver (on a log axis when the grid is log-spaced), and each
 * break-even ringed at its solved value and numbered, the numbers read in the note under the chart.
 */
final class SweepChart {
    private static final String MARK = "#111";

    private SweepChart() {}

    /** One break-even in the order they are numbered: the pair and the crossing. */
    record Numbered(int number, BreakEven.Pair pair, BreakEven.Crossing crossing) {}

    static List<Numbered> numbered(SweepReport r) {
        List<Numbered> out = new ArrayList<>();
        for (BreakEven.Pair p : r.pairs()) {
            for (BreakEven.Crossing c : p.crossings()) {
                out.add(new Numbered(out.size() + 1, p, c));
            }
        }
        return out;
    }

    /**
     * The plot of the sweep: its range across; up, from 0 to a round figure above the dearest cost, or, when the grid
     * is log-spaced and the costs span a decade or more (none 0), a log axis from the power of ten below the cheapest.
     */
    static Plot plot(SweepReport r) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (Sweep.Point p : r.sweep().points()) {
            for (Cost c : p.costs()) {
                max = Math.max(max, c.amount().amount().doubleValue());
                min = Math.min(min, c.amount().amount().doubleValue());
            }
        }
        double bottom = r.log() && min > 0 && max / min >= 10 ? Math.pow(10, Math.floor(Math.log10(min))) : 0;
        return new Plot(r.from().doubleValue(), r.to().doubleValue(), r.log(), Svg.nice(max), bottom);
    }

    static String svg(String id, String title, String desc, SweepReport r) {
        Plot plot = plot(r);
        StringBuilder sb = Svg.open(id, title, desc);
        plot.axes(sb, plot.ticks(), v -> Scale.number(BigDecimal.valueOf(v), r.axis()),
                r.axis().name() + " (" + r.axis().unitWords() + (r.log() ? ", log scale" : "") + ")",
                Svg::axisMoney, plot.logY() ? "USD (log scale)" : "USD");
        List<Sweep.Point> points = r.sweep().points();
        int every = points.size() <= 48 ? 1 : (int) Math.ceil(points.size() / 12.0);
        List<String> names = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (int s = 0; s < r.sweep().architectures().size(); s++) {
            String a = r.sweep().architectures().get(s);
            List<double[]> xy = new ArrayList<>();
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                xy.add(new double[] {points.get(i).value().doubleValue(), points.get(i).cost(a).amount().amount().doubleValue()});
                if (i % every == 0 || i == points.size() - 1) {
                    marks.append(Svg.marker(s, plot.x(xy.get(i)[0]), plot.y(xy.get(i)[1])));
                }
            }
            StringBuilder lines = new StringBuilder();
            // Solid between two known costs, dotted where either end is a lower bound: one polyline per stretch.
            int start = 0;
            for (int i = 1; i < points.size(); i++) {
                boolean known = known(points, a, i);
                if (i + 1 == points.size() || known(points, a, i + 1) != known) {
                    lines.append(plot.polyline(xy.subList(start, i + 1), "stroke-width=\"2.5\""
                            + (known ? "" : " stroke-dasharray=\"3 3\"")));
                    start = i;
                }
            }
            sb.append("<g class=\"series\" data-series=\"").append(HtmlText.escape(a)).append("\" stroke=\"").append(Svg.colour(s))
                    .append("\" fill=\"").append(Svg.colour(s)).append("\">\n").append(lines).append(marks).append("</g>\n");
            names.add(a);
            colours.add(Svg.colour(s));
            ends.add(plot.y(xy.get(xy.size() - 1)[1]));
        }
        List<Numbered> marks = numbered(r);
        double[] labelY = labelHeights(plot, marks);
        for (int i = 0; i < marks.size(); i++) {
            Numbered n = marks.get(i);
            double x = plot.x(n.crossing().value().doubleValue());
            double y = plot.y(n.crossing().firstCost().amount().doubleValue());
            sb.append("<g class=\"breakeven\" data-value=\"").append(n.crossing().value().toPlainString())
                    .append("\" stroke=\"").append(MARK).append("\" fill=\"none\">\n<line x1=\"").append(Svg.f(x))
                    .append("\" x2=\"").append(Svg.f(x)).append("\" y1=\"").append(Svg.f(Plot.PLOT_BOTTOM)).append("\" y2=\"")
                    .append(Svg.f(labelY[i] + 4)).append("\" stroke-dasharray=\"2 3\"/>\n<circle cx=\"").append(Svg.f(x)).append("\" cy=\"")
                    .append(Svg.f(y)).append("\" r=\"7\" stroke-width=\"2\"/>\n<text x=\"").append(Svg.f(x)).append("\" y=\"")
                    .append(Svg.f(labelY[i])).append("\" fill=\"").append(MARK)
                    .append("\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\" font-size=\"13\" font-weight=\"700\""
                            + " text-anchor=\"middle\">")
                    .append(n.number()).append(": ").append(HtmlText.escape(Scale.number(n.crossing().value(), r.axis())))
                    .append("</text>\n<title>").append(HtmlText.escape(sentence(n, r))).append("</title>\n</g>\n");
        }
        Plot.labels(sb, names, colours, ends);
        return sb.append("</svg>\n").toString();
    }

    /**
     * Where each break-even's label sits: along the top of the plot, a line lower when it would overlap the label of
     * the crossing to its left (labels are about 70 units wide); the dotted line runs from the axis up to it.
     */
    private static double[] labelHeights(Plot plot, List<Numbered> marks) {
        Integer[] order = new Integer[marks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> marks.get(i).crossing().value()));
        double[] out = new double[marks.size()];
        double lastX = -1000;
        int row = 0;
        for (int i : order) {
            double x = plot.x(marks.get(i).crossing().value().doubleValue());
            row = x - lastX < 70 ? row + 1 : 0;
            out[i] = Plot.PLOT_TOP + 10 + 14 * (row % 4);
            lastX = x;
        }
        return out;
    }

    /** Whether the stretch from point i - 1 to point i joins two known costs. */
    private static boolean known(List<Sweep.Point> points, String a, int i) {
        return points.get(i - 1).cost(a).complete() && points.get(i).cost(a).complete();
    }

    static boolean incomplete(SweepReport r, String architecture) {
        return r.sweep().points().stream().anyMatch(p -> !p.cost(architecture).complete());
    }

    /** "1: serverless = ec2-rds at 23,412,345 requests/month (both 123.45 USD)". */
    static String sentence(Numbered n, SweepReport r) {
        BreakEven.Crossing c = n.crossing();
        return n.number() + ": " + n.pair().first() + " = " + n.pair().second() + " at " + Numbers.quantity(c.value()) + " "
                + r.axis().unit() + (c.step() ? " (a cost steps there: " + Numbers.money(c.firstCost()) + " and "
                + Numbers.money(c.secondCost()) + " USD)" : " (both " + Numbers.money(c.firstCost()) + " USD)")
                + "; " + c.cheaperBelow() + " is cheaper below, " + c.cheaperAbove() + " above"
                + (c.tiedUpTo() == null ? "" : " " + Numbers.quantity(c.tiedUpTo()) + " (the same cost in between)") + ".";
    }

    /** The chart in its frame: legend, the numbered break-evens, and the sweep's figures in a table. */
    static void figure(StringBuilder sb, String id, SweepReport r, boolean tableVisible) {
        String title = "Cost against " + r.axis().name() + (r.pairs().isEmpty() ? "" : ", with break-evens");
        StringBuilder desc = new StringBuilder(r.measureText() + " " + r.rangeText() + " ");
        for (String a : r.sweep().architectures()) {
            List<Sweep.Point> ps = r.sweep().points();
            desc.append(a).append(incomplete(r, a) ? " (incomplete: a lower bound)" : "").append(": from ")
                    .append(Numbers.money(ps.get(0).cost(a).amount())).append(" to ")
                    .append(Numbers.money(ps.get(ps.size() - 1).cost(a).amount())).append(" USD. ");
        }
        List<Numbered> marks = numbered(r);
        marks.forEach(n -> desc.append("Break-even ").append(sentence(n, r)).append(' '));
        if (!r.pairs().isEmpty() && marks.isEmpty()) {
            desc.append("No two architectures cross in the range.");
        }
        List<Figures.Legend> legend = new ArrayList<>();
        for (int s = 0; s < r.sweep().architectures().size(); s++) {
            String a = r.sweep().architectures().get(s);
            legend.add(new Figures.Legend(Figures.markerSwatch(s, incomplete(r, a)), a
                    + (incomplete(r, a) ? " (incomplete at some points: dotted, a lower bound)" : "")));
        }
        if (!marks.isEmpty()) {
            legend.add(new Figures.Legend("<svg class=\"swatch\" width=\"16\" height=\"16\" aria-hidden=\"true\"><circle"
                    + " cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\" stroke=\"" + MARK + "\" stroke-width=\"2\"/></svg>",
                    "break-even, numbered"));
        }
        String note = marks.isEmpty() ? (r.pairs().isEmpty() ? null : "No two architectures cross in the range.")
                : "Break-evens: " + String.join(" ", marks.stream().map(n -> sentence(n, r)).toList());
        Block.Table table = SweepRenderer.blocks(r).stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .findFirst().orElseThrow();
        Figures.figure(sb, id, title, svg(id, title, desc.toString().trim(), r), legend, note, table, tableVisible);
    }
}

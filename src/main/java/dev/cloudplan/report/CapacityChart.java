package dev.cloudplan.report;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.Status;
import dev.cloudplan.core.projection.Projection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The HTML report's capacity charts: per architecture, each component's peak utilisation (of its tightest resource,
 * as {@code cloudplan capacity} checks it) month by month, against the limit (100%) and the sizing target.
 */
final class CapacityChart {
    static final String LIMIT_COLOUR = "#9b1c1c";
    private static final String TARGET_COLOUR = "#111";
    private static final String TARGET_DASH = "8 4";

    private CapacityChart() {}

    /**
     * A component's tightest checked resource in one month.
     *
     * @param percent the utilisation in percent, as a double to place it: worked out once, every point asks for it
     */
    record Peak(BigDecimal utilisation, String resource, Status status, BigDecimal target, double percent) {
        Peak(BigDecimal utilisation, String resource, Status status, BigDecimal target) {
            this(utilisation, resource, status, target, utilisation.doubleValue() * 100);
        }

        String text() {
            return utilisation.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "% " + resource + " (" + status.word()
                    + ")";
        }
    }

    /** One component's peaks, one a month (null in a month it has nothing checked). */
    record Component(String name, List<Peak> months) {}

    /** Each component of {@code p} with a checked resource, in the order the plan lists them. */
    static List<Component> peaks(Projection p) {
        int n = p.capacity().size();
        Map<String, List<Peak>> by = new LinkedHashMap<>();
        for (MonthPlan plan : p.capacity()) {
            for (PlannedComponent c : plan.components()) {
                CapacityCheck worst = CapacityCheck.tightest(c.checks());
                if (worst != null) {
                    List<Peak> months = by.computeIfAbsent(c.component(),
                            k -> new ArrayList<>(java.util.Collections.nCopies(n, null)));
                    months.set(plan.month() - 1, new Peak(worst.utilisation(), worst.resource(), worst.status(), worst.target()));
                }
            }
        }
        List<Component> out = new ArrayList<>();
        by.forEach((name, months) -> out.add(new Component(name, months)));
        return out;
    }

    /** The "Capacity" part of the charts: a chart per architecture that has anything checked. */
    static void section(StringBuilder sb, List<Projection> ps) {
        // Each architecture's peaks once: they divide every check of every month.
        List<List<Component>> peaks = new ArrayList<>();
        for (Projection p : ps) {
            peaks.add(peaks(p));
        }
        if (peaks.stream().allMatch(List::isEmpty)) {
            return;
        }
        sb.append("<h3>Capacity: peak utilisation per component</h3>\n<p>").append(HtmlText.escape("Each component's tightest"
                + " resource at the busiest hour of each month, as 'cloudplan capacity' checks it: 100% is the documented"
                + " limit (solid red line); above the sizing target (dashed line) it is tight.")).append("</p>\n");
        for (int i = 0; i < ps.size(); i++) {
            Projection p = ps.get(i);
            List<Component> cs = peaks.get(i);
            if (cs.isEmpty()) {
                sb.append("<p>").append(HtmlText.escape(p.architecture() + ": no component with a documented limit to check."))
                        .append("</p>\n");
                continue;
            }
            figure(sb, "capacity-" + (i + 1), p.architecture(), cs);
        }
    }

    private static void figure(StringBuilder sb, String id, String architecture, List<Component> cs) {
        int n = cs.get(0).months().size();
        String title = "Peak utilisation: " + architecture;
        StringBuilder desc = new StringBuilder("Peak utilisation of each component's tightest resource of " + architecture
                + ", in percent of its limit, months 1 to " + n + ". ");
        for (Component c : cs) {
            Peak top = null;
            int at = 0;
            Integer over = null;
            for (int m = 0; m < n; m++) {
                Peak k = c.months().get(m);
                if (k != null && (top == null || k.utilisation().compareTo(top.utilisation()) > 0)) {
                    top = k;
                    at = m + 1;
                }
                if (k != null && over == null && k.status() == Status.OVER) {
                    over = m + 1;
                }
            }
            desc.append(c.name()).append(": highest ").append(top.text()).append(" in month ").append(at)
                    .append(over == null ? "" : ", over its limit from month " + over).append(". ");
        }
        List<Figures.Legend> legend = new ArrayList<>();
        for (int s = 0; s < cs.size(); s++) {
            legend.add(new Figures.Legend(Figures.markerSwatch(s, false), cs.get(s).name()));
        }
        legend.add(new Figures.Legend(Figures.lineSwatch(LIMIT_COLOUR, null), "limit (100%)"));
        legend.add(new Figures.Legend(Figures.lineSwatch(TARGET_COLOUR, TARGET_DASH), "tight above the sizing target"));
        List<String> headers = new ArrayList<>(List.of("Month"));
        cs.forEach(c -> headers.add(c.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(m + 1)));
            for (Component c : cs) {
                row.add(c.months().get(m) == null ? "-" : c.months().get(m).text());
            }
            rows.add(row);
        }
        boolean[] right = new boolean[headers.size()];
        right[0] = true;
        Figures.figure(sb, id, title, svg(id, title, desc.toString(), cs), legend, null,
                new Block.Table(headers, right, rows), true);
    }

    /** The chart: a line per component, the 100% limit and each distinct target as reference lines. */
    static String svg(String id, String title, String desc, List<Component> cs) {
        int n = cs.get(0).months().size();
        double max = 100;
        TreeSet<BigDecimal> targets = new TreeSet<>();
        for (Component c : cs) {
            for (Peak k : c.months()) {
                if (k != null) {
                    max = Math.max(max, k.percent());
                    targets.add(k.target().stripTrailingZeros());
                }
            }
        }
        Plot plot = Plot.months(n, Svg.nice(max * 1.1));
        StringBuilder sb = Svg.open(id, title, desc);
        plot.axes(sb, Plot.monthTicks(n), v -> String.valueOf((int) v), "month", v -> Math.round(v) + "%", "%");
        List<String> names = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        reference(sb, plot, n, 100, "limit", LIMIT_COLOUR, null);
        names.add("limit 100%");
        colours.add(LIMIT_COLOUR);
        ys.add(plot.y(100));
        for (BigDecimal t : targets) {
            double pct = t.doubleValue() * 100;
            reference(sb, plot, n, pct, "target", TARGET_COLOUR, TARGET_DASH);
            names.add("tight " + Math.round(pct) + "%");
            colours.add(TARGET_COLOUR);
            ys.add(plot.y(pct));
        }
        int every = n <= 48 ? 1 : (int) Math.ceil(n / 12.0);
        for (int s = 0; s < cs.size(); s++) {
            Component c = cs.get(s);
            List<double[]> xy = new ArrayList<>();
            StringBuilder marks = new StringBuilder();
            for (int m = 0; m < n; m++) {
                Peak k = c.months().get(m);
                if (k != null) {
                    xy.add(new double[] {m + 1, k.percent()});
                    if (m % every == 0 || m == n - 1) {
                        marks.append(Svg.marker(s, plot.x(m + 1), plot.y(k.percent())));
                    }
                }
            }
            HtmlText.escape(sb.append("<g class=\"series\" data-series=\""), c.name()).append("\" stroke=\"")
                    .append(Svg.colour(s)).append("\" fill=\"").append(Svg.colour(s)).append("\">\n")
                    .append(plot.polyline(xy, "stroke-width=\"2.5\"")).append(marks).append("</g>\n");
            names.add(c.name());
            colours.add(Svg.colour(s));
            ys.add(plot.y(xy.get(xy.size() - 1)[1]));
        }
        Plot.labels(sb, names, colours, ys);
        return sb.append("</svg>\n").toString();
    }

    private static void reference(StringBuilder sb, Plot plot, int n, double pct, String cls, String colour, String dash) {
        String y = Svg.f(plot.y(pct));
        sb.append("<line class=\"").append(cls).append("\" data-percent=\"").append(Math.round(pct)).append("\" x1=\"")
                .append(Svg.f(plot.x(0.5))).append("\" x2=\"").append(Svg.f(plot.x(n + 0.5))).append("\" y1=\"").append(y)
                .append("\" y2=\"").append(y).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>\n");
    }
}

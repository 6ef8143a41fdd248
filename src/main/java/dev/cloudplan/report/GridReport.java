package dev.cloudplan.report;

import dev.cloudplan.core.decision.SweepGrid;
import dev.cloudplan.core.decision.Sweep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a two-driver sweep found, for every format: at each value of the second axis ({@code y}), the sweep along
 * the first as a {@link SweepReport} (its points and break-evens); {@code yAsked} points were asked of y.
 */
public record GridReport(Axis y, BigDecimal yFrom, BigDecimal yTo, int yAsked, List<Row> rows) {
    public GridReport {
        rows = List.copyOf(rows);
    }

    /** One value of the second axis and the sweep along the first there. */
    public record Row(BigDecimal y, SweepReport along) {}

    /** The first row: what every row shares (scenario, first axis, measure, catalog). */
    public SweepReport first() {
        return rows.get(0).along();
    }

    public Axis x() {
        return first().axis();
    }

    public List<String> architectures() {
        return first().sweep().architectures();
    }

    public int points() {
        return rows.size() * first().sweep().points().size();
    }

    /** Both ranges in sentences, and the grid's size. */
    public String rangeText() {
        int n = rows.size();
        String points = y.whole() && n < yAsked ? n + " points (whole numbers: " + yAsked + " asked, " + n
                + " distinct)" : n + " points";
        return "Along (x): " + first().rangeText() + " Across (y): " + y.name() + " from " + Scale.number(yFrom, y)
                + " to " + Scale.number(yTo, y) + (y.setting() ? y.suffix() : " " + y.unitWords()) + ", " + points + ", "
                + (first().log() ? "log-spaced" : "evenly spaced") + "." + y.appliesText(architectures()) + " "
                + first().sweep().points().size() + " x " + n + " = " + points() + " points.";
    }

    /** A letter for each architecture, for the map of the cheapest: A, B, C ... (then AA ... past Z). */
    public String letter(String architecture) {
        int i = architectures().indexOf(architecture);
        return i < 26 ? String.valueOf((char) ('A' + i)) : "A" + (char) ('A' + i - 26);
    }

    /** The cheapest at a point by letter, ties joined ({@code A=B}), {@code -} when no architecture is complete there. */
    public String cheapestLetters(Sweep.Point p) {
        List<String> c = SweepGrid.cheapest(p);
        return c.isEmpty() ? "-" : String.join("=", c.stream().map(this::letter).toList());
    }

    /** The stale catalog once, and each architecture incomplete at some points of the whole grid. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(first().warnings().stream().filter(w -> w.startsWith("The price catalog"))
                .toList());
        for (String a : architectures()) {
            long missing = rows.stream().mapToLong(r -> r.along().sweep().points().stream()
                    .filter(p -> !p.cost(a).complete()).count()).sum();
            if (missing > 0) {
                out.add("Architecture '" + a + "' is INCOMPLETE at " + missing + " of " + points() + " points (a price"
                        + " is missing, NOT PRICED): its cost there is a lower bound, marked >=, never the cheapest,"
                        + " and no break-even is solved from it (see 'cloudplan estimate').");
            }
        }
        return out;
    }
}

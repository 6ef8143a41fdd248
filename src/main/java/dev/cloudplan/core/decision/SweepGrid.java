package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every architecture's cost over a grid of two drivers: at each value of the second ({@code y}), a sweep along the
 * first and the break-evens along it, solved as for one driver.
 */
public record SweepGrid(List<Row> rows) {
    /** At most this many (x, y) points: each is a full pricing of the spec. */
    public static final int MAX_POINTS = 10_000;

    public SweepGrid {
        rows = List.copyOf(rows);
    }

    /** One value of the second driver: the sweep along the first there, and every pair's break-evens along it. */
    public record Row(BigDecimal y, Sweep sweep, List<BreakEven.Pair> pairs) {
        public Row {
            pairs = List.copyOf(pairs);
        }
    }

    /** Prices {@code xs} at each of {@code ys} with the pricer {@code along} gives for that y. */
    public static SweepGrid run(List<BigDecimal> xs, List<BigDecimal> ys, Function<BigDecimal, Pricer> along,
            BigDecimal resolution) {
        if ((long) xs.size() * ys.size() > MAX_POINTS) {
            throw new IllegalArgumentException(xs.size() + " x " + ys.size() + " points is over " + MAX_POINTS);
        }
        List<Row> rows = new ArrayList<>();
        for (BigDecimal y : ys) {
            Pricer pricer = along.apply(y);
            Sweep sweep = Sweep.run(xs, pricer);
            rows.add(new Row(y, sweep, BreakEven.find(sweep, pricer, resolution)));
        }
        return new SweepGrid(rows);
    }

    public List<String> architectures() {
        return rows.get(0).sweep().architectures();
    }

    /**
     * The complete architectures of lowest cost (as billed) at a point, several when they tie; empty when none is
     * complete. An incomplete one is never cheapest: its cost is a lower bound.
     */
    public static List<String> cheapest(Sweep.Point p) {
        Money best = null;
        List<String> out = new ArrayList<>();
        for (Cost c : p.costs()) {
            if (!c.complete()) {
                continue;
            }
            int cmp = best == null ? -1 : c.amount().compareTo(best);
            if (cmp < 0) {
                best = c.amount();
                out.clear();
            }
            if (cmp <= 0) {
                out.add(c.architecture());
            }
        }
        return out;
    }
}

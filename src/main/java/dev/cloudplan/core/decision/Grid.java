package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The driver values a sweep prices: evenly spaced, or evenly spaced in their logarithm. */
public final class Grid {
    public static final int DEFAULT_STEPS = 20;
    public static final int MIN_STEPS = 2;
    public static final int MAX_STEPS = 1_000;
    /** Points between the ends are rounded so a table reads 23.58M, not 23,578,947.368421; the ends stay as given. */
    private static final MathContext SHOWN = new MathContext(4);

    private Grid() {}

    public static List<BigDecimal> linear(BigDecimal from, BigDecimal to, int steps) {
        check(from, to, steps);
        BigDecimal step = to.subtract(from).divide(BigDecimal.valueOf(steps - 1L), MathContext.DECIMAL64);
        List<BigDecimal> exact = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            exact.add(i == steps - 1 ? to : from.add(step.multiply(BigDecimal.valueOf(i))));
        }
        return rounded(exact);
    }

    /** {@code from} x (to / from)^(i / (steps - 1)): equal ratios between neighbours, for ranges over decades. */
    public static List<BigDecimal> log(BigDecimal from, BigDecimal to, int steps) {
        check(from, to, steps);
        if (from.signum() <= 0) {
            throw new IllegalArgumentException("a log-spaced grid starts above 0, not at " + from.toPlainString());
        }
        // The ratio's root has no exact decimal; a double's 15 digits are far finer than the 4 the points keep.
        double ratio = to.divide(from, MathContext.DECIMAL64).doubleValue();
        List<BigDecimal> exact = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            exact.add(i == 0 ? from : i == steps - 1 ? to
                    : from.multiply(BigDecimal.valueOf(Math.pow(ratio, (double) i / (steps - 1))), MathContext.DECIMAL64));
        }
        return rounded(exact);
    }

    /**
     * The points rounded to whole numbers (half up), each once: a count's grid. It may hold fewer points than
     * asked when the range holds fewer whole numbers (1..5 in 20 steps is 1, 2, 3, 4, 5).
     */
    public static List<BigDecimal> whole(List<BigDecimal> points) {
        return points.stream().map(v -> v.setScale(0, java.math.RoundingMode.HALF_UP)).distinct().toList();
    }

    /**
     * The grid and values evenly spaced between each pair of its neighbours, rounded to {@code resolution}, at most
     * {@code max} in all (every value at the resolution where that is fewer), rising: where a scan looks for crossings.
     */
    public static List<BigDecimal> dense(List<BigDecimal> grid, BigDecimal resolution, int max) {
        int intervals = grid.size() - 1;
        int between = Math.max(0, max - grid.size());
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < intervals; i++) {
            BigDecimal lo = grid.get(i);
            BigDecimal hi = grid.get(i + 1);
            out.add(lo);
            BigDecimal width = hi.subtract(lo);
            long wanted = between / intervals + (i < between % intervals ? 1 : 0);
            BigDecimal steps = width.divide(resolution, 0, RoundingMode.FLOOR);
            long k = steps.compareTo(BigDecimal.valueOf(wanted + 1)) > 0 ? wanted : Math.max(0, steps.longValue() - 1);
            BigDecimal last = lo;
            for (long j = 1; j <= k; j++) {
                BigDecimal v = lo.add(width.multiply(BigDecimal.valueOf(j)).divide(BigDecimal.valueOf(k + 1),
                        MathContext.DECIMAL64)).divide(resolution, 0, RoundingMode.HALF_UP).multiply(resolution);
                if (v.compareTo(last) > 0 && v.compareTo(hi) < 0) {
                    out.add(v);
                    last = v;
                }
            }
        }
        out.add(grid.get(intervals));
        return out;
    }

    private static void check(BigDecimal from, BigDecimal to, int steps) {
        if (steps < MIN_STEPS || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be " + MIN_STEPS + " to " + MAX_STEPS + ", not " + steps);
        }
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("the range must rise: " + from.toPlainString() + " is not below "
                    + to.toPlainString());
        }
    }

    /** Interior points to four significant digits, unless that would make two of them meet (a very narrow range). */
    private static List<BigDecimal> rounded(List<BigDecimal> exact) {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            BigDecimal v = exact.get(i);
            out.add(i == 0 || i == exact.size() - 1 ? v : v.round(SHOWN));
        }
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).compareTo(out.get(i - 1)) <= 0) {
                return exact.stream().map(BigDecimal::stripTrailingZeros).toList();
            }
        }
        return out.stream().map(v -> v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros())
                .toList();
    }
}

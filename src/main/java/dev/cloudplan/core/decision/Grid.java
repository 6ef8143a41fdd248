package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.math.MathContext;
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

package dev.cloudplan.core.montecarlo;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A workload figure known only as a range (docs/ranges.md): where it is written, how its values are drawn, and the
 * single value an ordinary estimate uses for it (its median).
 *
 * @param path   the figure's place: a spec path ({@code workload.requests}) or {@code --range requests}
 * @param text   the range as written, for the assumptions ({@code 80M..150M/month})
 * @param kind   how a scenario draws it
 * @param low    the lower end (uniform) or the P10 (lognormal, normal), in the figure's unit
 * @param high   the upper end or the P90
 * @param unit   the unit of {@code low} and {@code high} as cloudplan holds them (requests/month, GB, a fraction)
 * @param where  file:line:column of the range, or the command-line option
 */
public record Range(String path, String text, Kind kind, BigDecimal low, BigDecimal high, String unit, String where) {
    /** A draw is kept to six significant digits: the scenario re-priced exactly is the one reported. */
    public static final MathContext DRAWN = new MathContext(6);
    /** The z of P10 / P90 of a normal distribution. */
    private static final double Z90 = 1.2815515655446004;
    /** Normal and lognormal draws are truncated at their P0.1 and P99.9, so a tail never yields an absurd figure. */
    public static final double TAIL = 0.001;

    /** The three readings of a range. */
    public enum Kind {
        /** {@code A..B}: every value between A and B equally likely. */
        UNIFORM("uniform between the two ends"),
        /** {@code {p10: A, p90: B}} of an amount: lognormal with that P10 and P90 (amounts are positive, skewed). */
        LOGNORMAL("lognormal with that P10 and P90, truncated at its P0.1 and P99.9"),
        /** {@code {p10: A, p90: B}} of a growth rate: normal with that P10 and P90 (a rate may be negative). */
        NORMAL("normal with that P10 and P90, truncated at its P0.1 and P99.9");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Range {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("a range must not fall: " + low + " > " + high);
        }
        if (kind == Kind.LOGNORMAL && low.signum() <= 0) {
            throw new IllegalArgumentException("a lognormal range needs a P10 above 0, not " + low);
        }
    }

    /** The value an ordinary estimate uses: the median (midpoint; geometric mean of P10 and P90 for a lognormal). */
    public BigDecimal median() {
        return switch (kind) {
            case UNIFORM, NORMAL -> low.add(high).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64).stripTrailingZeros();
            case LOGNORMAL -> low.multiply(high).sqrt(MathContext.DECIMAL64).round(DRAWN).stripTrailingZeros();
        };
    }

    /** The value at cumulative probability {@code u} (0 to 1), to six significant digits. */
    public BigDecimal at(double u) {
        double lo = low.doubleValue();
        double hi = high.doubleValue();
        double v = switch (kind) {
            case UNIFORM -> lo + u * (hi - lo);
            case NORMAL -> (lo + hi) / 2 + (hi - lo) / (2 * Z90) * InverseNormal.of(truncated(u));
            case LOGNORMAL -> Math.exp((Math.log(lo) + Math.log(hi)) / 2
                    + (Math.log(hi) - Math.log(lo)) / (2 * Z90) * InverseNormal.of(truncated(u)));
        };
        if (kind == Kind.UNIFORM) {
            // The ends stay inside the range whatever the rounding (80M..80M draws 80M exactly).
            v = Math.max(lo, Math.min(hi, v));
        }
        return new BigDecimal(v).round(DRAWN).stripTrailingZeros();
    }

    private static double truncated(double u) {
        return TAIL + u * (1 - 2 * TAIL);
    }
}

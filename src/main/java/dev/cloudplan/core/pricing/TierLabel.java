package dev.cloudplan.core.pricing;

import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.money.Decimals;
import java.math.BigDecimal;

/** Names a price tier the way AWS pages do: "first 300M", "next 40,960", "over 153,600". */
final class TierLabel {
    private TierLabel() {}

    static String of(Price tier) {
        String unit = " " + tier.unit();
        if (tier.tierStart().signum() == 0) {
            return tier.tierEnd() == null ? "all" : "first " + compact(tier.tierEnd()) + unit;
        }
        if (tier.tierEnd() == null) {
            return over(tier.tierStart(), tier.unit());
        }
        return "next " + compact(tier.tierEnd().subtract(tier.tierStart())) + unit;
    }

    /** The open tier above {@code bound}: "over 333M Requests". */
    static String over(BigDecimal bound, String unit) {
        return "over " + compact(bound) + " " + unit;
    }

    private static final BigDecimal[] SCALES = {new BigDecimal("1000000000"), new BigDecimal("1000000"),
        new BigDecimal("1000")};
    private static final int[] DIGITS = {9, 6, 3};
    private static final String[] SUFFIX = {"B", "M", "K"};

    static String compact(BigDecimal n) {
        for (int i = 0; i < SCALES.length; i++) {
            // Moving the point is the exact division by the power of ten without divide()'s cost (a line's label is
            // made for every tier of every month); the stripped value is the same.
            if (n.compareTo(SCALES[i]) >= 0) {
                BigDecimal q = n.movePointLeft(DIGITS[i]).stripTrailingZeros();
                if (q.scale() <= 0) {
                    return q.toPlainString() + SUFFIX[i];
                }
            }
        }
        // As String.format("%,d", n.toBigInteger()) wrote it (in an English locale), without a Formatter per line.
        return Decimals.plain(new BigDecimal(n.toBigInteger()));
    }
}

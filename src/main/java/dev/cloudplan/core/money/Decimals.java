package dev.cloudplan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for explanations: thousands separators, at most six decimals, no trailing zeros. */
public final class Decimals {
    private Decimals() {}

    /**
     * What {@code String.format(Locale.ROOT, "%,f", n)} with its trailing zeros removed gives (1,234.5), built
     * directly: formatting was a large share of pricing time, a formula being written for every line of every month.
     */
    public static String plain(BigDecimal n) {
        // No Formatter and no regular expression: rules call this hundreds of times a run, mostly before the JIT.
        BigDecimal rounded = n.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return grouped((rounded.scale() < 0 ? rounded.setScale(0) : rounded).abs().toPlainString(), n.signum() < 0);
    }

    /**
     * What {@code String.format(Locale.ROOT, "%,.2f", n)} gives (1,100.00), without a Formatter, whose grouping builds
     * a NumberFormat on every call: budgets are described on every recompute of the what-if server.
     */
    public static String cents(BigDecimal n) {
        BigDecimal rounded = n.setScale(2, RoundingMode.HALF_UP);
        return grouped(rounded.abs().toPlainString(), n.signum() < 0);
    }

    /** Plain digits with a point or none, thousands separated, and a minus sign when {@code negative}. */
    private static String grouped(String digits, boolean negative) {
        int dot = digits.indexOf('.');
        int whole = dot < 0 ? digits.length() : dot;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (negative) {
            out.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, whole, digits.length()).toString();
    }

    /** A share as a percentage in the same style: 0.7 is "70%", 0.175 is "17.5%". */
    public static String percent(BigDecimal share) {
        return plain(share.movePointRight(2)) + "%";
    }
}

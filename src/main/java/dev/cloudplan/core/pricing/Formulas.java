package dev.cloudplan.core.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How rules write quantities into the formulas that --explain shows. */
public final class Formulas {
    private Formulas() {}

    /** A quantity with thousands separators and no trailing zeros: 100000000 becomes "100,000,000". */
    public static String plain(BigDecimal n) {
        // What String.format(Locale.ROOT, "%,f", n) with trailing zeros removed gives, without a Formatter and a
        // regular expression per call: rules call this hundreds of times a run, mostly before the JIT has started.
        BigDecimal rounded = n.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        String digits = (rounded.scale() < 0 ? rounded.setScale(0) : rounded).abs().toPlainString();
        int dot = digits.indexOf('.');
        int whole = dot < 0 ? digits.length() : dot;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (n.signum() < 0) {
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
}

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
        BigDecimal r = n.setScale(6, RoundingMode.HALF_UP);
        String digits = r.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        String fraction = digits.substring(dot + 1).replaceFirst("0+$", "");
        StringBuilder sb = new StringBuilder(digits.length() + whole.length() / 3 + 1);
        if (n.signum() < 0) {
            sb.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            sb.append(',').append(whole, i, i + 3);
        }
        if (!fraction.isEmpty()) {
            sb.append('.').append(fraction);
        }
        return sb.toString();
    }
}

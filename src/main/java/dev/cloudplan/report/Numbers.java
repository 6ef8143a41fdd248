package dev.cloudplan.report;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers are shown to people: money to the cent with grouping, quantities and unit prices exactly. */
final class Numbers {
    private Numbers() {}

    // One formatter per thread, made once: building one per figure (parsing its pattern) was a tenth of a report's
    // rendering. DecimalFormat is not thread-safe, and the what-if server renders on several threads.
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> format("#,##0.00"));
    private static final ThreadLocal<DecimalFormat> QUANTITY = ThreadLocal.withInitial(() -> format("#,##0.####"));
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000};

    private static DecimalFormat format(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    static String money(Money m) {
        return money(m.amount());
    }

    /** As the pattern #,##0.00 rounding half up formats it. */
    static String money(BigDecimal v) {
        String fast = grouped(v, 2, 2);
        return fast != null ? fast : MONEY.get().format(v);
    }

    /** As the pattern #,##0.#### rounding half up formats it. */
    static String quantity(BigDecimal q) {
        String fast = grouped(q, 0, 4);
        return fast != null ? fast : QUANTITY.get().format(q);
    }

    /** Unit prices keep every digit AWS gave (0.000000125), never rounded. */
    static String unitPrice(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code v} rounded half up to {@code maxFraction} places, grouped by thousands, its trailing fraction zeros dropped
     * down to {@code minFraction} places: what DecimalFormat writes, at a fraction of its cost (its digit list was a
     * twentieth of the what-if server's time). Null for what is left to DecimalFormat itself: a negative amount that
     * rounds to zero (its sign is DecimalFormat's to decide) and one too long for a long.
     */
    private static String grouped(BigDecimal v, int minFraction, int maxFraction) {
        BigDecimal r = v.setScale(maxFraction, RoundingMode.HALF_UP);
        BigInteger unscaled = r.unscaledValue();
        if (unscaled.bitLength() > 62 || v.signum() < 0 && unscaled.signum() == 0) {
            return null;
        }
        long u = Math.abs(unscaled.longValue());
        long pow = POW10[maxFraction];
        long fraction = u % pow;
        int places = maxFraction;
        while (places > minFraction && fraction % 10 == 0) {
            fraction /= 10;
            places--;
        }
        // Written from the last digit back: a long has at most 19 digits, 6 commas, a point, 4 places and a sign.
        char[] out = new char[32];
        int at = out.length;
        for (int i = 0; i < places; i++) {
            out[--at] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        if (places > 0) {
            out[--at] = '.';
        }
        long whole = u / pow;
        for (int digits = 0; digits == 0 || whole != 0; digits++) {
            if (digits > 0 && digits % 3 == 0) {
                out[--at] = ',';
            }
            out[--at] = (char) ('0' + whole % 10);
            whole /= 10;
        }
        if (unscaled.signum() < 0) {
            out[--at] = '-';
        }
        return new String(out, at, out.length - at);
    }
}

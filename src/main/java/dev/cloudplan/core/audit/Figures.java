package dev.cloudplan.core.audit;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How an audit writes its figures in sentences: dollars to the cent, quantities grouped, unit prices exactly. */
public final class Figures {
    private Figures() {}

    /** {@code $1,234.56}, {@code -$3.50}. */
    public static String usd(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return (m.isNegative() ? "-$" : "$") + f.format(m.amount().abs());
    }

    /** A difference with its sign always written: {@code +$1.00}, {@code -$39.83}. */
    public static String signed(Money m) {
        return m.isNegative() || m.amount().signum() == 0 ? usd(m) : "+" + usd(m);
    }

    /** {@code 100,000,000}, {@code 0.5}. */
    public static String quantity(BigDecimal q) {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(q);
    }

    /**
     * Every digit of a unit price: {@code 0.000000125}. A price an estimate implies by division ($15 a month over 730
     * hours) has endless digits: it is shown to 6 significant ones, marked {@code ~}.
     */
    public static String price(BigDecimal p) {
        BigDecimal s = p.stripTrailingZeros();
        return s.precision() > 12 ? "~" + s.round(new java.math.MathContext(6)).toPlainString() : s.toPlainString();
    }
}

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
        return m.isNegative() ? usd(m) : "+" + usd(m);
    }

    /** {@code 100,000,000}, {@code 0.5}. */
    public static String quantity(BigDecimal q) {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(q);
    }

    /** Every digit of a unit price: {@code 0.000000125}. */
    public static String price(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}

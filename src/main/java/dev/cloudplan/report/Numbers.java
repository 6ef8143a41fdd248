package dev.cloudplan.report;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers are shown to people: money to the cent with grouping, quantities and unit prices exactly. */
final class Numbers {
    private Numbers() {}

    static String money(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(m.amount());
    }

    static String quantity(BigDecimal q) {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(q);
    }

    /** Unit prices keep every digit AWS gave (0.000000125), never rounded. */
    static String unitPrice(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}

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

    // One formatter per thread, made once: building one per figure (parsing its pattern) was a tenth of a report's
    // rendering. DecimalFormat is not thread-safe, and the what-if server renders on several threads.
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> format("#,##0.00"));
    private static final ThreadLocal<DecimalFormat> QUANTITY = ThreadLocal.withInitial(() -> format("#,##0.####"));

    private static DecimalFormat format(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    static String money(Money m) {
        return MONEY.get().format(m.amount());
    }

    static String quantity(BigDecimal q) {
        return QUANTITY.get().format(q);
    }

    /** Unit prices keep every digit AWS gave (0.000000125), never rounded. */
    static String unitPrice(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}

package dev.cloudplan.core.pricing;

import dev.cloudplan.core.money.Decimals;
import java.math.BigDecimal;

/** How rules write quantities into the formulas that --explain shows. */
public final class Formulas {
    private Formulas() {}

    /** A quantity with thousands separators and no trailing zeros: 100000000 becomes "100,000,000". */
    public static String plain(BigDecimal n) {
        return Decimals.plain(n);
    }
}

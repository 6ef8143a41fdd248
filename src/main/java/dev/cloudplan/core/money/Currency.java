package dev.cloudplan.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The currency a client budgets in, with the exchange rate the user stated and its date: AWS bills in USD, so
 * prices stay in USD and amounts are shown beside them in this currency.
 *
 * @param code   ISO 4217 code, e.g. INR
 * @param perUsd units of this currency one US dollar buys, as stated
 * @param asOf   the date the rate was read
 */
public record Currency(String code, BigDecimal perUsd, LocalDate asOf) {
    /** A US dollar amount in this currency, to the cent. */
    public BigDecimal local(Money usd) {
        return usd.amount().multiply(perUsd).setScale(2, RoundingMode.HALF_UP);
    }

    /** An amount stated in this currency, in US dollars (exact to 16 significant digits). */
    public Money usd(BigDecimal local) {
        return Money.of(local.divide(perUsd, MathContext.DECIMAL64));
    }

    /** "109,258.56 INR". */
    public String format(Money usd) {
        return String.format(java.util.Locale.ROOT, "%,.2f", local(usd)) + " " + code;
    }

    /** "INR at 88.5 per USD, stated 2026-11-30". */
    public String describe() {
        return code + " at " + perUsd.stripTrailingZeros().toPlainString() + " per USD, stated " + asOf;
    }
}

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

    /**
     * Each US dollar amount in this currency, to the cent, so that they add up to {@code total} in this currency:
     * each is rounded on its own, and what rounding left over is put on the largest (so items sum to totals).
     */
    public java.util.List<BigDecimal> localParts(java.util.List<Money> usd, Money total) {
        java.util.List<BigDecimal> out = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int largest = -1;
        for (int i = 0; i < usd.size(); i++) {
            BigDecimal v = local(usd.get(i));
            out.add(v);
            sum = sum.add(v);
            if (largest < 0 || v.abs().compareTo(out.get(largest).abs()) > 0) {
                largest = i;
            }
        }
        BigDecimal left = local(total).subtract(sum);
        if (largest >= 0 && left.signum() != 0) {
            out.set(largest, out.get(largest).add(left));
        }
        return out;
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

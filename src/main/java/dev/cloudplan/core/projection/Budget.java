package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Currency;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;

/**
 * The money the client allows: per month, per year, or in total over the horizon.
 *
 * @param limit    in US dollars, what every bill is compared with
 * @param currency the currency it was stated in, with its rate; null when stated in USD
 * @param stated   the amount as stated in that currency; null when stated in USD
 */
public record Budget(Money limit, Period period, Currency currency, BigDecimal stated) {
    /** A budget stated in US dollars. */
    public Budget(Money limit, Period period) {
        this(limit, period, null, null);
    }

    /** The limit as the client stated it: "90,000 INR (= 1,016.95 USD at 88.5 INR per USD)", or "1,100.00 USD". */
    public String describe() {
        String usd = Decimals.cents(limit.amount()) + " USD";
        if (currency == null) {
            return usd;
        }
        return Decimals.cents(stated) + " " + currency.code() + " (= " + usd + " at "
                + currency.perUsd().stripTrailingZeros().toPlainString() + " " + currency.code() + " per USD, stated "
                + currency.asOf() + ")";
    }

    /** What a budget's limit covers. */
    public enum Period {
        MONTH("month"),
        YEAR("year"),
        TOTAL("horizon");

        private final String word;

        Period(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}

package dev.cloudplan.core.projection;

import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * The AWS account the architecture runs in, which decides the free-tier offers of each month: always-free
 * offers for every account; the 12-month offers for accounts created before 2025-07-15; free-plan credits
 * for accounts created from that day.
 *
 * @param created      account creation date, or null when unknown (then only always-free offers apply)
 * @param regime       LEGACY_12_MONTH, FREE_PLAN, or null for "none beyond always-free"
 * @param credits      free-plan credits, zero when none
 * @param creditMonths months after creation the credits remain usable
 */
public record Account(LocalDate created, FreeTierRegime regime, Money credits, int creditMonths) {
    /** Accounts created from this day get the credit-based free tier instead of the 12-month offers. */
    public static final LocalDate CREDIT_PLAN_START = LocalDate.of(2025, 7, 15);

    public static final Account ALWAYS_FREE_ONLY = new Account(null, null, Money.ZERO, 0);

    /** The free-tier regimes whose allowances apply in the calendar month {@code month}. */
    public Set<FreeTierRegime> regimesIn(YearMonth month) {
        Set<FreeTierRegime> out = EnumSet.of(FreeTierRegime.ALWAYS);
        if (regime == FreeTierRegime.LEGACY_12_MONTH && created != null
                && month.atDay(1).isBefore(created.plusMonths(12))) {
            out.add(FreeTierRegime.LEGACY_12_MONTH);
        }
        return out;
    }

    /** Whether free-plan credits can still be spent in {@code month}. */
    public boolean creditsUsableIn(YearMonth month) {
        return regime == FreeTierRegime.FREE_PLAN && credits.compareTo(Money.ZERO) > 0 && created != null
                && month.atDay(1).isBefore(created.plusMonths(creditMonths));
    }
}

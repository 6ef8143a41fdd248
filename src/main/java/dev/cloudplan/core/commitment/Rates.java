package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One commitment's prices against on-demand, per instance: the on-demand hourly rate, the commitment's recurring
 * hourly rate, its upfront fee for the whole term, and the term.
 */
public record Rates(BigDecimal onDemandHourly, BigDecimal recurringHourly, BigDecimal upfrontEach, int termMonths) {
    public Rates {
        if (onDemandHourly.signum() <= 0 || recurringHourly.signum() < 0 || upfrontEach.signum() < 0 || termMonths < 1) {
            throw new IllegalArgumentException("rates must be positive: " + onDemandHourly + ", " + recurringHourly + ", "
                    + upfrontEach + ", " + termMonths);
        }
    }

    /** The hours of one term: the upfront fee is spread over them in the amortised view. */
    public BigDecimal termHours() {
        return HOURS_PER_MONTH.multiply(BigDecimal.valueOf(termMonths));
    }

    /** Recurring hourly + upfront / term hours: what one committed hour costs, amortised. */
    public BigDecimal effectiveHourly() {
        return recurringHourly.add(upfrontEach.divide(termHours(), DIVISION));
    }

    /**
     * The share of the term's hours an instance must run for the commitment to cost what on-demand costs for the
     * hours it runs: effective hourly / on-demand hourly. Above 1, the commitment never pays.
     */
    public BigDecimal breakEvenUtilisation() {
        return effectiveHourly().divide(onDemandHourly, DIVISION);
    }

    /** A committed instance's month, amortised: 730 x recurring + upfront / term months. */
    public BigDecimal amortisedMonthly() {
        return HOURS_PER_MONTH.multiply(recurringHourly).add(upfrontEach.divide(BigDecimal.valueOf(termMonths), DIVISION));
    }

    /**
     * The month in which one instance running {@code utilisation} of its hours has paid back its commitment in cash:
     * the first month m with upfront + m x 730 x recurring <= m x 730 x utilisation x on-demand, that is
     * ceil(upfront / (730 x (utilisation x on-demand - recurring))); null when it never does (the recurring rate alone
     * is not below what on-demand costs at that utilisation). Renewals are not counted: within one term only.
     */
    public Integer cashPaybackMonth(BigDecimal utilisation) {
        BigDecimal savedPerMonth = HOURS_PER_MONTH.multiply(utilisation.multiply(onDemandHourly).subtract(recurringHourly));
        if (savedPerMonth.signum() <= 0) {
            return null;
        }
        if (upfrontEach.signum() == 0) {
            return 1;
        }
        int m = upfrontEach.divide(savedPerMonth, 0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, m);
    }
}

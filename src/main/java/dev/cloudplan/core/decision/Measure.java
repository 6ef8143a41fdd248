package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;

/**
 * Which cost of a projection a sweep compares: one month's cash, or the whole horizon's ({@code month} null).
 * Month 1 carries one-time and yearly payments, so a sweep defaults to month 2, a steady month, when there is one.
 */
public record Measure(Integer month) {
    public static final Measure HORIZON = new Measure(null);

    /** Month 2 when the horizon has it, else month 1. */
    public static Measure steadyMonth(int horizon) {
        return new Measure(horizon >= 2 ? 2 : 1);
    }

    public Cost of(Projection p) {
        if (month == null) {
            return new Cost(p.architecture(), p.total(), p.complete());
        }
        MonthCost m = p.months().get(month - 1);
        return new Cost(p.architecture(), m.total(), m.unpriced().isEmpty());
    }

    /** In words, for a report's heading: "month 2" or "the 12-month horizon's total". */
    public String describe(int horizon) {
        return month == null ? "the " + horizon + "-month horizon's total" : "month " + month;
    }
}

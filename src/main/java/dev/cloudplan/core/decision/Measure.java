package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.util.List;

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
        List<MonthCost> months = month == null ? p.months() : List.of(p.months().get(month - 1));
        Money billed = Money.ZERO;
        Money exact = Money.ZERO;
        for (MonthCost m : months) {
            billed = billed.plus(m.total());
            exact = exact.plus(exact(m));
        }
        boolean over = month == null ? p.overCapacity()
                : p.capacity().size() >= month && p.capacity().get(month - 1).anyOver();
        return new Cost(p.architecture(), billed, exact, months.stream().allMatch(m -> m.unpriced().isEmpty()), over);
    }

    /**
     * The month before each line's rounding. Credits that cover all of the month's AWS charges leave none of them,
     * exact or not (otherwise their rounding, fractions of a cent either way, would look like costs that cross);
     * credits that run out this month are what was left, whatever the charges' rounding.
     */
    private static Money exact(MonthCost m) {
        Money awsBilled = Money.ZERO;
        Money awsExact = Money.ZERO;
        Money other = Money.ZERO;
        Money credits = Money.ZERO;
        for (LineItem line : m.lines()) {
            switch (line.service()) {
                case Estimator.CREDITS -> credits = credits.plus(line.cost());
                case Estimator.FIXED, Charge.STATED_SERVICE -> other = other.plus(line.exactCost());
                default -> {
                    awsBilled = awsBilled.plus(line.cost());
                    awsExact = awsExact.plus(line.exactCost());
                }
            }
        }
        boolean covered = credits.isNegative() && credits.negate().compareTo(awsBilled) >= 0;
        return other.plus(covered ? Money.ZERO : awsExact.plus(credits));
    }

    /** In words, for a report's heading: "month 2" or "the 12-month horizon's total". */
    public String describe(int horizon) {
        return month == null ? "the " + horizon + "-month horizon's total" : "month " + month;
    }
}

package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * How a projection stands against the budget.
 *
 * @param fits           null when unknown because some charges could not be priced and the priced part fits
 * @param firstMonthOver the first month the budget is exceeded, or null
 * @param months         every month of the horizon against the budget
 */
public record BudgetVerdict(Budget budget, Boolean fits, Integer firstMonthOver, String explanation,
        List<BudgetMonth> months) {
    public BudgetVerdict {
        months = List.copyOf(months);
    }

    public BudgetVerdict(Budget budget, Boolean fits, Integer firstMonthOver, String explanation) {
        this(budget, fits, firstMonthOver, explanation, List.of());
    }

    /** Each month's cash cost against the budget, and what that means, in words. */
    public static BudgetVerdict of(Budget budget, List<MonthCost> months, boolean complete) {
        Integer firstOver = null;
        Money running = Money.ZERO;
        List<BudgetMonth> byMonth = new ArrayList<>();
        String overBy = "";
        for (MonthCost m : months) {
            Money spent;
            switch (budget.period()) {
                case MONTH -> spent = m.total();
                case YEAR -> {
                    running = (m.month() - 1) % 12 == 0 ? m.total() : running.plus(m.total());
                    spent = running;
                }
                default -> spent = m.cumulative();
            }
            boolean over = spent.compareTo(budget.limit()) > 0;
            byMonth.add(new BudgetMonth(m.month(), spent, budget.limit(), budget.limit().minus(spent), over));
            if (over && firstOver == null) {
                firstOver = m.month();
                overBy = " (" + m.calendarMonth() + "): " + amount(spent, budget) + " against "
                        + amount(budget.limit(), budget);
            }
        }
        String what = switch (budget.period()) {
            case MONTH -> "each month's cash cost";
            case YEAR -> "the cash cost of each 12-month year (months 1-12, 13-24, ...)";
            case TOTAL -> "the cumulative cash cost over the horizon";
        };
        Boolean fits = firstOver == null ? (complete ? Boolean.TRUE : null) : Boolean.FALSE;
        String explanation = "Budget " + budget.describe() + " per " + budget.period().word() + ", compared with "
                + what + ", fixed costs and upfront payments included"
                + (firstOver != null ? "; first exceeded in month " + firstOver + overBy
                : complete ? "; never exceeded" : "; the priced part fits, but some charges are unpriced") + ".";
        return new BudgetVerdict(budget, fits, firstOver, explanation, byMonth);
    }

    private static String amount(Money usd, Budget budget) {
        String s = String.format(java.util.Locale.ROOT, "%,.2f", usd.amount()) + " USD";
        return budget.currency() == null ? s : s + " (" + budget.currency().format(usd) + ")";
    }
}

package dev.cloudplan.core.projection;

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
}

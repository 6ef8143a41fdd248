package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Money;

/**
 * How a projection stands against the budget.
 *
 * @param fits           null when unknown because some charges could not be priced and the priced part fits
 * @param firstMonthOver the first month the budget is exceeded, or null
 */
public record BudgetVerdict(Budget budget, Boolean fits, Integer firstMonthOver, String explanation) {}

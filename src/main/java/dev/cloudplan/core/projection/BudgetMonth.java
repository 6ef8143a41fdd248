package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Money;

/**
 * One month against the budget.
 *
 * @param spent what the budget's period has cost up to and including this month: the month's cash for a
 *              monthly budget, the year to date for an annual one, the cumulative cash for a total
 * @param left  the limit less {@code spent}; negative once the budget is exceeded
 */
public record BudgetMonth(int month, Money spent, Money limit, Money left, boolean over) {}

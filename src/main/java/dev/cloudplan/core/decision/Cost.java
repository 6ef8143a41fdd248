package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;

/**
 * One architecture's cost at one driver value; when {@code complete} is false a price is missing, so the amount
 * is a lower bound and never compared as if known.
 */
public record Cost(String architecture, Money amount, boolean complete) {}

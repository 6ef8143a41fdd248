package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;

/**
 * One architecture's cost at one driver value: {@code amount} as billed (each line to the cent), {@code exact} before
 * that rounding. Break-evens are solved on the exact figure, since the cents make a staircase whose treads are ties.
 * When {@code complete} is false a price is missing, so both are lower bounds and never compared as if known.
 */
public record Cost(String architecture, Money amount, Money exact, boolean complete) {}

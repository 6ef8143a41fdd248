package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;

/**
 * One architecture's cost at one driver value: {@code amount} as billed (each line to the cent), {@code exact} before
 * that rounding; {@code overCapacity} when a component is over a limit in a month measured. Break-evens are solved on the exact figure, since the cents make a staircase whose treads are ties.
 * When {@code complete} is false a price is missing, so both are lower bounds and never compared as if known.
 */
public record Cost(String architecture, Money amount, Money exact, boolean complete, boolean overCapacity) {
    /** A cost whose architecture carries the load (or whose capacity is not known). */
    public Cost(String architecture, Money amount, Money exact, boolean complete) {
        this(architecture, amount, exact, complete, false);
    }
}

package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Money;

/** A cost outside the cloud bill that the budget must still cover, such as app-store fees. */
public record FixedCost(String name, Money amount, Recurrence recurrence) {
    /** When a fixed cost is paid. */
    public enum Recurrence {
        /** Once, in month 1. */
        ONCE,
        MONTHLY,
        /** In month 1 and every twelfth month after. */
        YEARLY
    }

    public boolean dueIn(int month) {
        return switch (recurrence) {
            case ONCE -> month == 1;
            case MONTHLY -> true;
            case YEARLY -> (month - 1) % 12 == 0;
        };
    }
}

package dev.cloudplan.core.workload;

import java.math.BigDecimal;

/** A driver's value month by month. */
@FunctionalInterface
public interface Series {
    BigDecimal valueAt(int month);

    static Series fixed(BigDecimal value) {
        return month -> value;
    }
}

package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.util.List;

/** Every architecture's cost with the swept driver at {@code value}, in the same order at every value. */
@FunctionalInterface
public interface Pricer {
    List<Cost> at(BigDecimal value);
}

package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.util.List;

/** Every architecture's cost with the swept driver at {@code value}, in the same order at every value. */
@FunctionalInterface
public interface Pricer {
    List<Cost> at(BigDecimal value);

    /**
     * A fast scan of the same costs over the range of {@code grid} (the sweep's rising grid), or null when this
     * pricer has none: its break-evens are then looked for at the grid points only.
     */
    default Scan scan(List<BigDecimal> grid) {
        return null;
    }
}

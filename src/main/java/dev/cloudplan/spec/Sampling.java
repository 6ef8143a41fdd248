package dev.cloudplan.spec;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Workload;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A spec read again at each scenario of a Monte Carlo (docs/ranges.md): drivers fixed at {@code overrides} as a
 * sweep fixes them, and each range of the file at the value {@code draws} gives for its path (its median otherwise).
 */
public interface Sampling {
    Spec spec(Map<Driver, BigDecimal> overrides, Map<String, BigDecimal> draws);

    /** The workload alone: all a compiled plan needs of a scenario. */
    Workload workload(Map<Driver, BigDecimal> overrides, Map<String, BigDecimal> draws);
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;
import java.math.BigDecimal;

/** A component configuration whose type and number of units capacity planning may choose. */
public interface Sizable extends ComponentConfig {
    /** The instance type, node type or DB class; {@code auto} when it is to be chosen (null when it has none). */
    String unitType();

    /** Units running at the busiest hour. */
    int units();

    Sizing sizing();

    /** The catalog service whose types it runs: AmazonEC2, AmazonRDS, AmazonElastiCache; null for Fargate. */
    String service();

    /**
     * This configuration with a chosen type and count: {@code peakUnits} at the busiest hours and
     * {@code hoursEach} hours a month per unit on average (fewer than 730 when it scales in off-peak).
     */
    Sizable sized(String unitType, int peakUnits, BigDecimal hoursEach);

    /** Hours a month each unit runs on average: 730, or fewer when it scales in off-peak. */
    BigDecimal hoursEach();
}

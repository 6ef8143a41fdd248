package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** A component configuration whose type and number of units capacity planning may choose. */
public interface Sizable extends RunsInstanceType {
    /** Units running at the busiest hour. */
    int units();

    Sizing sizing();

    /**
     * This configuration with a chosen type and count: {@code peakUnits} at the busiest hours and
     * {@code hoursEach} hours a month per unit on average (fewer than 730 when it scales in off-peak).
     */
    Sizable sized(String unitType, int peakUnits, BigDecimal hoursEach);

    /** Hours a month each unit runs on average: 730, or fewer when it scales in off-peak. */
    BigDecimal hoursEach();
}

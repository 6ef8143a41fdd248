package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** A key-value table's read and write units per operation and, when provisioned, its stated capacity. */
public interface TableThroughput extends dev.cloudplan.core.architecture.ComponentConfig {
    boolean provisioned();

    /** Read units one read of an item of {@code itemKb} uses. */
    BigDecimal readUnits(BigDecimal itemKb);

    /** Write units one write of an item of {@code itemKb} uses. */
    BigDecimal writeUnits(BigDecimal itemKb);

    /** Provisioned read capacity stated in the spec; null when sized from the load or on-demand. */
    BigDecimal statedReadCapacity();

    BigDecimal statedWriteCapacity();

    /** The table provisioned with capacity sized from the month's peak (read_ and write_capacity: auto). */
    TableThroughput sizedFromPeak();

    /** The table in on-demand mode. */
    TableThroughput onDemand();
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
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

    /**
     * The read or write capacity units it provisions, and bills, in month {@code w}: as stated, or sized from the
     * load ({@code unitsEach} per operation); null when on-demand.
     */
    BigDecimal provisionedCapacity(WorkloadMonth w, Driver d, BigDecimal unitsEach);

    /** Whether auto scaling sets the provisioned capacity (then it follows the day's peak and off-peak). */
    default boolean autoScaled() {
        return false;
    }

    /** The table provisioned with the given read and write capacity units. */
    TableThroughput withCapacity(BigDecimal read, BigDecimal write);

    /** The table in on-demand mode. */
    TableThroughput onDemand();
}

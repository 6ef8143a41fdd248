package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The workload's driver values in one month of the projection. */
public record WorkloadMonth(int month, Map<Driver, BigDecimal> values) {
    public WorkloadMonth {
        values = Map.copyOf(values);
    }

    public Optional<BigDecimal> get(Driver driver) {
        return Optional.ofNullable(values.get(driver));
    }
}

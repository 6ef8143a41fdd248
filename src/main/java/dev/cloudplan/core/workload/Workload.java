package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What the application does, as monthly driver values; a driver absent here was not stated by the user. */
public record Workload(Map<Driver, Series> drivers) {
    public Workload {
        drivers = Collections.unmodifiableMap(drivers.isEmpty() ? new EnumMap<>(Driver.class) : new EnumMap<>(drivers));
    }

    public static Workload of(Map<Driver, BigDecimal> fixedValues) {
        Map<Driver, Series> map = new EnumMap<>(Driver.class);
        fixedValues.forEach((d, v) -> map.put(d, Series.fixed(v)));
        return new Workload(map);
    }

    /** The workload as it stands in month {@code month} (1-based). */
    public WorkloadMonth month(int month) {
        Map<Driver, BigDecimal> values = new EnumMap<>(Driver.class);
        Map<Driver, BigDecimal> peaks = new EnumMap<>(Driver.class);
        drivers.forEach((d, s) -> {
            values.put(d, s.valueAt(month));
            if (!s.varies()) {
                peaks.put(d, s.levelAt(month));
                return;
            }
            BigDecimal peak = s.levelAt(1);
            for (int m = 2; m <= month; m++) {
                peak = peak.max(s.levelAt(m));
            }
            peaks.put(d, peak);
        });
        return new WorkloadMonth(month, values, peaks);
    }
}

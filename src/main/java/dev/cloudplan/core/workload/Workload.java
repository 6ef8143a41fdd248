package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the application does, as monthly driver values (a driver absent here was not stated by the user), and how
 * that load peaks within a day.
 */
public record Workload(Map<Driver, Series> drivers, LoadProfile profile) {
    public Workload {
        drivers = Collections.unmodifiableMap(drivers.isEmpty() ? new EnumMap<>(Driver.class) : new EnumMap<>(drivers));
    }

    /** A workload with the default daily profile. */
    public Workload(Map<Driver, Series> drivers) {
        this(drivers, LoadProfile.DEFAULT);
    }

    public static Workload of(Map<Driver, BigDecimal> fixedValues) {
        Map<Driver, Series> map = new EnumMap<>(Driver.class);
        fixedValues.forEach((d, v) -> map.put(d, Series.fixed(v)));
        return new Workload(map);
    }

    /** The workload as it stands in month {@code month} (1-based). */
    public WorkloadMonth month(int month) {
        return months(month).get(month - 1);
    }

    /**
     * The workload of months 1 to {@code horizon}, each driver's values computed once and its peak carried from
     * month to month (finding each month's peak anew re-read every earlier month: quadratic in the horizon).
     */
    public List<WorkloadMonth> months(int horizon) {
        List<Map<Driver, BigDecimal>> values = new ArrayList<>();
        List<Map<Driver, BigDecimal>> peaks = new ArrayList<>();
        for (int m = 1; m <= horizon; m++) {
            values.add(new EnumMap<>(Driver.class));
            peaks.add(new EnumMap<>(Driver.class));
        }
        drivers.forEach((d, s) -> {
            BigDecimal peak = null;
            for (int m = 1; m <= horizon; m++) {
                values.get(m - 1).put(d, s.valueAt(m));
                BigDecimal level = s.levelAt(m);
                // A series that does not vary has its level as its peak.
                peak = peak == null || !s.varies() ? level : peak.max(level);
                peaks.get(m - 1).put(d, peak);
            }
        });
        List<WorkloadMonth> out = new ArrayList<>(horizon);
        for (int m = 1; m <= horizon; m++) {
            out.add(new WorkloadMonth(m, values.get(m - 1), peaks.get(m - 1), profile));
        }
        return out;
    }
}

package dev.cloudplan.spec;

import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A workload driver named by its spec path, and its values read in the units the spec writes it in. */
public final class DriverValues {
    private DriverValues() {}

    /** Every driver's spec path, in the order docs/spec.md lists the workload. */
    public static List<String> names() {
        return Arrays.stream(Driver.values()).map(Driver::specName).toList();
    }

    public static Optional<Driver> byName(String name) {
        return Arrays.stream(Driver.values()).filter(d -> d.specName().equals(name)).findFirst();
    }

    /**
     * One value of {@code driver} as the spec writes it ({@code 100M/month}, {@code 500 GB/month}, {@code 2 KB},
     * {@code 3K}); a rate or data per month may leave out {@code /month}, since a sweep's point is a monthly value.
     */
    public static BigDecimal parse(Driver driver, String text) {
        // On a command line 100GB is written as often as 100 GB; a one-letter suffix (100M) stays a suffix.
        String t = text.trim().replaceAll("(\\d)([A-Za-z]{2,})", "$1 $2");
        try {
            return switch (driver.unit()) {
                case "KB" -> Units.size(t, "KB");
                case "GB" -> Units.size(t, "GB");
                case "GB/month" -> Units.gbPerMonth(t.contains("/") ? t : t + "/month");
                case "users" -> Units.count(t);
                default -> Units.perMonth(t.contains("/") ? t : t + "/month");
            };
        } catch (UnitException e) {
            // The message quotes the text as rebuilt with /month; the reader wrote the original.
            throw new UnitException("'" + text.trim() + "' is not " + driver.unit() + ": " + e.getMessage(), e.fix());
        }
    }

    /** How a value of {@code driver} is written, for a fix that says what to write instead. */
    public static String example(Driver driver) {
        return switch (driver.unit()) {
            case "KB" -> "1 KB..64 KB";
            case "GB" -> "10 GB..1 TB";
            case "GB/month" -> "100 GB..10 TB (a month)";
            case "users" -> "1K..100K";
            default -> "1M..1B (a month; or 100/second..10K/second)";
        };
    }
}

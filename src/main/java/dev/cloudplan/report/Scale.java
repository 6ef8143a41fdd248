package dev.cloudplan.report;

import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** A driver value as people read it: four significant digits with K, M, B or T for counts, and its unit in words. */
public final class Scale {
    private static final MathContext FOUR = new MathContext(4);
    private static final String[] SUFFIX = {"", "K", "M", "B", "T"};

    private Scale() {}

    /** {@code 23.41M requests a month}, {@code 1,250 GB a month}, {@code 3K users}. */
    public static String of(BigDecimal value, Driver driver) {
        return of(value, Axis.of(driver));
    }

    /** The number alone: 23.41M for a count, 1,250 (GB) for a size. */
    public static String number(BigDecimal value, Driver driver) {
        return number(value, Axis.of(driver));
    }

    /** requests/month becomes "requests a month". */
    public static String words(Driver driver) {
        return Axis.of(driver).unitWords();
    }

    /** As for a driver; a setting reads with its name first: {@code app.count 4}, {@code functions.memory 1,536 MB}. */
    public static String of(BigDecimal value, Axis axis) {
        if (axis.setting()) {
            return axis.name() + " " + number(value, axis) + axis.suffix();
        }
        return number(value, axis) + " " + axis.unitWords();
    }

    /** A range: {@code 1M to 100M requests a month}, or a setting's {@code app.count 1 to 10}. */
    public static String range(BigDecimal from, BigDecimal to, Axis axis) {
        if (axis.setting()) {
            return axis.name() + " " + number(from, axis) + " to " + number(to, axis) + axis.suffix();
        }
        return number(from, axis) + " " + "to " + of(to, axis);
    }

    public static String number(BigDecimal value, Axis axis) {
        BigDecimal v = value.round(FOUR);
        if (isSize(axis)) {
            return Numbers.quantity(v);
        }
        int power = 0;
        while (power < SUFFIX.length - 1 && v.abs().compareTo(BigDecimal.valueOf(1000).pow(power + 1)) >= 0) {
            power++;
        }
        BigDecimal scaled = v.movePointLeft(3 * power).stripTrailingZeros();
        return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString() + SUFFIX[power];
    }

    /** Sizes, durations and percentages are written out (1,536 MB); counts and rates take K, M, B. */
    private static boolean isSize(Axis axis) {
        String u = axis.unit().toUpperCase(Locale.ROOT);
        return u.startsWith("KB") || u.startsWith("MB") || u.startsWith("GB") || u.equals("MS") || u.equals("%");
    }
}

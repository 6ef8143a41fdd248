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
        return number(value, driver) + " " + words(driver);
    }

    /** The number alone: 23.41M for a count, 1,250 (GB) for a size. */
    public static String number(BigDecimal value, Driver driver) {
        BigDecimal v = value.round(FOUR);
        if (isSize(driver)) {
            return Numbers.quantity(v);
        }
        int power = 0;
        while (power < SUFFIX.length - 1 && v.abs().compareTo(BigDecimal.valueOf(1000).pow(power + 1)) >= 0) {
            power++;
        }
        BigDecimal scaled = v.movePointLeft(3 * power).stripTrailingZeros();
        return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString() + SUFFIX[power];
    }

    /** requests/month becomes "requests a month". */
    public static String words(Driver driver) {
        return driver.unit().replace("/month", " a month");
    }

    private static boolean isSize(Driver driver) {
        return driver.unit().toUpperCase(Locale.ROOT).startsWith("KB") || driver.unit().startsWith("GB");
    }
}

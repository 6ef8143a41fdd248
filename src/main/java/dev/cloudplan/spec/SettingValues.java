package dev.cloudplan.spec;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric component settings a sweep may vary, each in one unit: how a value is read from the command line
 * (as the spec writes it) and written back into the spec at a point, and how finely a break-even over it is solved.
 */
public final class SettingValues {
    /** Each numeric kind's unit, and the step a break-even over it is solved to. */
    private record Kind(String unit, BigDecimal resolution, String example) {}

    private static final Map<SettingKind, Kind> KINDS = Map.of(
            SettingKind.COUNT, new Kind("", BigDecimal.ONE, "1..10"),
            SettingKind.NUMBER, new Kind("", new BigDecimal("0.001"), "1..10"),
            SettingKind.GIGABYTES, new Kind("GB", new BigDecimal("0.001"), "20GB..2TB"),
            SettingKind.KILOBYTES, new Kind("KB", new BigDecimal("0.001"), "1KB..64KB"),
            SettingKind.MEGABYTES, new Kind("MB", BigDecimal.ONE, "128MB..3GB"),
            SettingKind.MILLISECONDS, new Kind("ms", BigDecimal.ONE, "100ms..2s"),
            SettingKind.PERCENT, new Kind("%", new BigDecimal("0.01"), "10%..90%"));

    private SettingValues() {}

    /** Whether a sweep can vary a setting of this kind (a number with a unit, not a choice, a type or a list). */
    public static boolean numeric(Setting s) {
        return KINDS.containsKey(s.kind());
    }

    /** Counts take whole values only: a sweep's points over one are rounded to whole numbers. */
    public static boolean whole(Setting s) {
        return s.kind() == SettingKind.COUNT;
    }

    /** The unit a value of {@code s} is held in: GB, MB, KB, ms, % or "" (a count or a plain number). */
    public static String unit(Setting s) {
        return kind(s).unit();
    }

    public static BigDecimal resolution(Setting s) {
        return kind(s).resolution();
    }

    /** How a range of {@code s} is written on the command line, for a fix. */
    public static String example(Setting s) {
        return kind(s).example();
    }

    /** {@code text} (as the spec writes the setting: 3 GB, 1.5 s, 70%, 4) in {@link #unit}; a UnitException if not. */
    public static BigDecimal parse(Setting s, String text) {
        String t = text.trim().replaceAll("(\\d)([A-Za-z]{2,})", "$1 $2");
        return switch (s.kind()) {
            case GIGABYTES, KILOBYTES, MEGABYTES -> Units.size(t, unit(s));
            case MILLISECONDS -> Units.milliseconds(t);
            case PERCENT -> Units.percent(t).movePointRight(2);
            default -> Units.count(t);
        };
    }

    /** A value in {@link #unit} as the spec writes it: {@code 1536 MB}, {@code 70%}, {@code 4}. */
    public static String write(Setting s, BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String plain = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        String unit = unit(s);
        return unit.isEmpty() ? plain : unit.equals("%") ? plain + "%" : plain + " " + unit;
    }

    /** A setting of a component type by name, when the type has it. */
    public static Optional<Setting> of(String type, String name) {
        return dev.cloudplan.core.pricing.rules.Rules.forType(type)
                .flatMap(r -> r.allSettings().stream().filter(s -> s.name().equals(name)).findFirst());
    }

    private static Kind kind(Setting s) {
        Kind k = KINDS.get(s.kind());
        if (k == null) {
            throw new IllegalArgumentException(s.name() + " is not a numeric setting");
        }
        return k;
    }
}

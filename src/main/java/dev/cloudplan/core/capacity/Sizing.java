package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a component is sized: a type and count as given, or {@code auto} (the cheapest bundled type of the allowed
 * families that carries the peak within the target utilisation; the number of units that does, hour by hour).
 *
 * @param families          type families auto may pick from (e.g. t4g, db.m7g); empty = every current-generation family
 * @param targetUtilisation the share of each resource the load may use at peak; above it a check is tight
 */
public record Sizing(boolean autoType, List<String> families, boolean autoCount, int minCount, int maxCount,
        BigDecimal targetUtilisation) {
    public static final BigDecimal DEFAULT_TARGET = new BigDecimal("0.70");
    public static final int DEFAULT_MAX_COUNT = 20;
    public static final Sizing FIXED = new Sizing(false, List.of(), false, 1, DEFAULT_MAX_COUNT, DEFAULT_TARGET);

    public Sizing {
        families = List.copyOf(families);
    }

    public boolean auto() {
        return autoType || autoCount;
    }

    /** The sizing settings of a component whose type may be auto but whose count is one (an RDS instance). */
    public static List<Setting> typeSettings() {
        return settings("count").subList(0, 2);
    }

    /** The sizing settings every sizable component takes, after its type and count settings. */
    public static List<Setting> settings(String countSetting) {
        return List.of(
                Setting.of("families", SettingKind.TEXT, "all", "with instance_type: auto, the families it may pick"
                        + " from, comma-separated (e.g. t4g, m7g); all = every current-generation family priced here")
                        .onlyWhen("instance_type", Setting.AUTO),
                Setting.of("target_utilisation", SettingKind.PERCENT, DEFAULT_TARGET,
                        "the share of CPU, memory or connections the peak may use; above it a capacity check is tight"),
                Setting.of("min_" + countSetting, SettingKind.COUNT, BigDecimal.ONE,
                        "with " + countSetting + ": auto, the fewest running at any hour").onlyWhen(countSetting, Setting.AUTO),
                Setting.of("max_" + countSetting, SettingKind.COUNT, BigDecimal.valueOf(DEFAULT_MAX_COUNT),
                        "with " + countSetting + ": auto, the most it may scale out to").onlyWhen(countSetting, Setting.AUTO));
    }

    public static Sizing read(Settings s, String typeSetting, String countSetting) {
        String fam = s.has("families") ? s.text("families").trim() : "all";
        List<String> families = new ArrayList<>();
        if (!fam.equalsIgnoreCase("all")) {
            Arrays.stream(fam.split(",")).map(String::trim).filter(f -> !f.isEmpty()).forEach(families::add);
        }
        if (countSetting == null) {
            return new Sizing(typeSetting != null && s.isAuto(typeSetting), families, false, 1, 1,
                    s.number("target_utilisation"));
        }
        int min = s.count("min_" + countSetting);
        int max = s.count("max_" + countSetting);
        if (min < 1 || max < min) {
            throw new dev.cloudplan.core.architecture.InvalidSettingException("max_" + countSetting, "min_" + countSetting
                    + " " + min + " and max_" + countSetting + " " + max + " leave no count to choose",
                    "give min_" + countSetting + " of at least 1 and max_" + countSetting + " at least as large");
        }
        boolean autoType = typeSetting != null && s.isAuto(typeSetting);
        return new Sizing(autoType, families, s.isAuto(countSetting), min, max, s.number("target_utilisation"));
    }
}

package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.InvalidSettingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The other regions a component is billed in (global table replicas, Aurora secondaries), as a spec lists them. */
final class RegionList {
    private RegionList() {}

    /** Whether {@code code} has the form of a region code, such as us-west-2 or ap-southeast-1. */
    static boolean isCode(String code) {
        return code.matches("[a-z]{2}(-[a-z]+)+-\\d");
    }

    /** The codes of a comma-separated list ({@code none}: empty), each checked for its form; errors name {@code setting}. */
    static List<String> read(String text, String setting) {
        String regions = text.trim().toLowerCase(Locale.ROOT);
        List<String> list = regions.equals("none") ? List.of() : Arrays.stream(regions.split(",")).map(String::trim)
                .filter(r -> !r.isEmpty()).toList();
        for (String r : list) {
            if (!isCode(r)) {
                throw new InvalidSettingException(setting, "'" + r + "' is not a region code",
                        "write region codes separated by commas, such as us-west-2, eu-west-1, or none");
            }
        }
        return list;
    }
}

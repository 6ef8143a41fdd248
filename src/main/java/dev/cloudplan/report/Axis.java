package dev.cloudplan.report;

import dev.cloudplan.core.workload.Driver;
import java.util.List;

/**
 * What a sweep varies along one axis: a workload driver, or a component setting ({@code app.count},
 * {@code serverless/functions.memory}) with the architectures that hold it ({@code appliesTo}; null for a driver).
 * {@code whole}: the points are whole numbers (a count).
 */
public record Axis(String name, String unit, boolean whole, List<String> appliesTo) {
    public Axis {
        appliesTo = appliesTo == null ? null : List.copyOf(appliesTo);
    }

    public static Axis of(Driver driver) {
        return new Axis(driver.specName(), driver.unit(), false, null);
    }

    public boolean setting() {
        return appliesTo != null;
    }

    /** The unit in words for a heading: "requests a month", "MB", or "a whole number" for a count. */
    public String unitWords() {
        if (unit.isEmpty()) {
            return whole ? "a whole number" : "a number";
        }
        return unit.replace("/month", " a month");
    }

    /** What follows a setting's number: " MB", "%" or nothing (a count). */
    public String suffix() {
        return unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
    }

    /** Which architectures the setting changes, in a sentence (empty for a driver, which every architecture reads). */
    public String appliesText(List<String> all) {
        if (!setting()) {
            return "";
        }
        List<String> flat = all.stream().filter(a -> !appliesTo.contains(a)).toList();
        return " " + name + " is a setting of " + String.join(", ", appliesTo) + (flat.isEmpty() ? ""
                : "; " + String.join(", ", flat) + (flat.size() == 1 ? " has" : " have") + " no such component and"
                        + " stay" + (flat.size() == 1 ? "s" : "") + " flat") + ".";
    }
}

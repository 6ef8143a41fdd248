package dev.cloudplan.core.architecture;

import java.util.List;

/**
 * One configurable field of a component type: its name in the spec, kind, default (null when the
 * user must give it; {@link #AUTO} when the workload decides) and the choices a CHOICE setting allows.
 */
public record Setting(String name, SettingKind kind, Object defaultValue, List<String> choices, String help) {
    /** Default meaning "derive it from the workload". */
    public static final String AUTO = "auto";

    public Setting {
        choices = List.copyOf(choices);
    }

    public static Setting of(String name, SettingKind kind, Object defaultValue, String help) {
        return new Setting(name, kind, defaultValue, List.of(), help);
    }

    public static Setting choice(String name, String defaultValue, List<String> choices, String help) {
        return new Setting(name, SettingKind.CHOICE, defaultValue, choices, help);
    }

    public boolean required() {
        return defaultValue == null;
    }
}

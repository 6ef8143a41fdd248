package dev.cloudplan.core.architecture;

import java.util.List;

/**
 * One configurable field of a component type: its name in the spec, kind, default (null when the
 * user must give it; {@link #AUTO} when the workload decides), the choices a CHOICE setting allows,
 * and, for a setting that matters only in one mode, the condition {@code other=value} (or {@code other!=value})
 * under which it applies.
 */
public record Setting(String name, SettingKind kind, Object defaultValue, List<String> choices, String help,
        String onlyWhen, boolean autoAllowed) {
    /** Default meaning "derive it from the workload". */
    public static final String AUTO = "auto";

    public Setting {
        choices = List.copyOf(choices);
    }

    public static Setting of(String name, SettingKind kind, Object defaultValue, String help) {
        return new Setting(name, kind, defaultValue, List.of(), help, null, AUTO.equals(defaultValue));
    }

    public static Setting choice(String name, String defaultValue, List<String> choices, String help) {
        return new Setting(name, SettingKind.CHOICE, defaultValue, choices, help, null, false);
    }

    /** This setting, applying only when setting {@code other} has {@code value}. */
    public Setting onlyWhen(String other, String value) {
        return new Setting(name, kind, defaultValue, choices, help, other + "=" + value, autoAllowed);
    }

    /** This setting, applying only when setting {@code other} has any value but {@code value}. */
    public Setting onlyWhenNot(String other, String value) {
        return new Setting(name, kind, defaultValue, choices, help, other + "!=" + value, autoAllowed);
    }

    /** The condition in words: {@code transition_to: standard-ia}, {@code transition_to is not none}. */
    public String onlyWhenText() {
        return onlyWhen.replace("!=", " is not ").replace("=", ": ");
    }

    /** This setting, also taking {@code auto}: cloudplan sizes it from the load (docs/spec.md#auto-sizing). */
    public Setting orAuto() {
        return new Setting(name, kind, defaultValue, choices, help, onlyWhen, true);
    }

    public boolean required() {
        return defaultValue == null;
    }
}

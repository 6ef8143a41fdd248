package dev.cloudplan.spec;

/**
 * A component setting read as {@code text} in place of what the spec (or its template) gives it, in one
 * architecture: how {@code sweep --vary COMPONENT.SETTING=...} prices each point. The text is checked by the spec
 * reader as if the file wrote it there.
 */
public record SettingValue(String architecture, String component, String setting, String text) {
    boolean matches(String architecture, String component, String setting) {
        return this.architecture.equals(architecture) && this.component.equals(component)
                && this.setting.equals(setting);
    }
}

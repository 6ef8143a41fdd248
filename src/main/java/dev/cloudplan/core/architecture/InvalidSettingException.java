package dev.cloudplan.core.architecture;

/** A component setting whose value AWS does not offer or the rule cannot price, with how to fix it. */
public class InvalidSettingException extends IllegalArgumentException {
    private final String setting;
    private final String fix;

    public InvalidSettingException(String setting, String problem, String fix) {
        super(problem);
        this.setting = setting;
        this.fix = fix;
    }

    public String setting() {
        return setting;
    }

    public String fix() {
        return fix;
    }
}

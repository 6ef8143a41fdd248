package dev.cloudplan.core.projection;

/**
 * An architecture cannot be estimated because of its input (a workload figure a component needs is
 * missing, a setting is out of range); names the architecture, component and setting so the spec
 * reader can point at the line.
 */
public class EstimateException extends RuntimeException {
    private final String architecture;
    private final String component;
    private final String setting;

    public EstimateException(String architecture, String component, String setting, String message, Throwable cause) {
        super(message, cause);
        this.architecture = architecture;
        this.component = component;
        this.setting = setting;
    }

    public String architecture() {
        return architecture;
    }

    public String component() {
        return component;
    }

    public String setting() {
        return setting;
    }
}

package dev.cloudplan.core.pricing;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.util.List;
import java.util.Map;

/**
 * How one AWS service is billed: the settings its components take, the usage they derive from the
 * workload, and the charges that usage incurs. Pure: it never holds or looks up a price.
 */
public interface PricingRule<C extends ComponentConfig> {
    /** The component type in a spec, e.g. {@code rds}. */
    String type();

    /** One line for help and docs. */
    String summary();

    /** The settings a component of this type accepts, with their defaults. */
    List<Setting> settings();

    /**
     * Settings that size the component or describe its work (docs/spec.md#capacity): read with the others, used by
     * capacity planning, never by the bill.
     */
    /**
     * Checks a configuration against the bundled limits ({@code limits.csv}, by key), for settings whose valid values
     * are data (Fargate task sizes); throws {@link dev.cloudplan.core.architecture.InvalidSettingException}.
     */
    default void validate(C config, Map<String, Limit> limits) {}

    /**
     * The configuration with the bundled data it reads (documented minimums, engine support dates), bound once when a
     * spec is read; throws {@link dev.cloudplan.core.architecture.InvalidSettingException} for a value the data does not
     * know. As given, by default.
     */
    default C bound(C config, RuleData data) {
        return config;
    }

    /**
     * The configuration as billed in calendar month {@code calendar}, for settings that follow the calendar (an engine
     * version entering RDS Extended Support); what it took from the calendar goes into {@code assumptions}. As given,
     * by default.
     */
    default C inMonth(C config, java.time.YearMonth calendar, Assumptions assumptions) {
        return config;
    }

    /**
     * The configuration as it sits among the architecture's components, by type: where a setting's {@code auto}
     * depends on them (an S3 bucket behind a CloudFront distribution). As given, by default.
     */
    default C placed(C config, java.util.Set<String> componentTypes) {
        return config;
    }

    default List<Setting> capacitySettings() {
        return List.of();
    }

    /** Billing settings, then capacity settings: everything a component of this type accepts. */
    default List<Setting> allSettings() {
        List<Setting> all = new java.util.ArrayList<>(settings());
        all.addAll(capacitySettings());
        return all;
    }

    /** Usage keys this rule derives and accepts as overrides, each with its unit. */
    Map<String, String> usageKeys();

    C configure(Settings settings);

    /** The month's usage, derived from the workload; every default it takes goes into {@code assumptions}. */
    Usage derive(C config, WorkloadMonth workload, Assumptions assumptions);

    /** The charges {@code usage} incurs in {@code month} (1-based; upfront payments fall in the month they are paid). */
    List<Charge> charges(C config, Usage usage, int month);

    /**
     * Whether what {@link #derive} and {@link #charges} give for {@code config} in {@code month} can differ from the
     * month before's at the same workload figures: an upfront fee in the first month of a term, logs piling up until
     * the first expire. When no component of an architecture changes in a month whose workload figures, free-tier
     * regimes and configurations equal the month before's, the month is priced as that one was (the estimator's month
     * memo); RuleMonthTest holds every rule to its answer.
     */
    default boolean changesIn(C config, int month) {
        return false;
    }

    /**
     * The fraction of workload.egress this component bills as leaving AWS (data transfer out, a CDN); zero for
     * the rest. An architecture's fractions must not add up to more than all of it, or bytes are billed twice.
     */
    default java.math.BigDecimal egressShare(C config) {
        return java.math.BigDecimal.ZERO;
    }
}

package dev.cloudplan.spec;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.pricing.PricingRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a component's settings meet its rule beyond their kinds: which mode-specific settings apply, the
 * configuration as placed among the architecture's components, and the checks of settings whose valid values are data.
 */
final class RuleChecks {
    private RuleChecks() {}

    /** Whether a mode-specific setting applies, given the settings already read (conditions refer to earlier ones). */
    static boolean applies(Setting s, Map<String, Object> values) {
        String when = s.onlyWhen();
        int notEqual = when.indexOf("!=");
        boolean negated = notEqual >= 0;
        // Split at the first "!=" (or "="), as String.split(.., 2) does, without compiling "!=" as a regex each time.
        int at = negated ? notEqual : when.indexOf('=');
        String setting = when.substring(0, at);
        String value = when.substring(at + (negated ? 2 : 1));
        // Compared as written, so a purchase option (a value, not text) matches its name: purchase=spot.
        return negated != value.equals(String.valueOf(values.get(setting)));
    }

    /** Past this many, the kept configurations are dropped: a server's slider makes a new one with each value. */
    private static final int KEPT = 4_096;
    private static final Map<Configured, ComponentConfig> CONFIGURED = new ConcurrentHashMap<>();

    /** What a component's configuration is made from: its rule, its settings' values, its architecture's types. */
    private record Configured(PricingRule<?> rule, Map<String, Object> values, Set<String> types) {}

    /**
     * The component's configuration, placed among the architecture's component types, checked against the bundled
     * limits and bound to the bundled data. Each step is a function of the rule (stateless), the values, the types
     * and the bundled data (read once, never changed), so the result is kept for them: the what-if server reads a
     * spec whose values barely change on every slider move. Configurations are immutable records, so one may be
     * shared. Only successes are kept; a bad value fails, at its place in the file, on every read.
     */
    static ComponentConfig configured(PricingRule<?> rule, Map<String, Object> values, Set<String> types) {
        ComponentConfig kept = CONFIGURED.get(new Configured(rule, values, types));
        if (kept != null) {
            return kept;
        }
        ComponentConfig config = checkedAndBound(rule, placed(rule, rule.configure(new Settings(values)), types));
        if (CONFIGURED.size() >= KEPT) {
            CONFIGURED.clear();
        }
        // Copies: the key must not change with the maps the caller goes on using.
        CONFIGURED.put(new Configured(rule, new LinkedHashMap<>(values), Set.copyOf(types)), config);
        return config;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ComponentConfig placed(PricingRule rule, ComponentConfig config, Set<String> types) {
        return rule.placed(config, types);
    }

    /** The configuration checked against the bundled limits and bound to the bundled data it reads. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ComponentConfig checkedAndBound(PricingRule rule, ComponentConfig config) {
        rule.validate(config, LimitsLoader.bundled());
        return (ComponentConfig) rule.bound(config, LimitsLoader.ruleData());
    }
}

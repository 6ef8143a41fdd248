package dev.cloudplan.spec;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.pricing.PricingRule;
import java.util.Map;
import java.util.Set;

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

package dev.cloudplan.spec;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.rules.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pricing rule with its settings, built once per component type: the rules and their settings are code, the
 * same on every read, and a spec is read on every move of a what-if slider. Immutable, so shared by every thread.
 *
 * @param settings     the rule's settings and capacity settings, in its order
 * @param names        their names, in that order
 * @param defaultTexts for each setting, how the assumption of its default ends: {@code : name = 70% (default; help).}
 *                     (empty for a setting without one)
 */
record RuleSettings(PricingRule<?> rule, List<Setting> settings, Set<String> names, List<String> defaultTexts) {
    private static final Map<String, RuleSettings> BY_TYPE = byType();

    private static Map<String, RuleSettings> byType() {
        Map<String, RuleSettings> out = new HashMap<>();
        for (PricingRule<?> rule : Rules.all()) {
            // The first rule of a type, as Rules.forType finds it.
            out.computeIfAbsent(rule.type(), t -> of(rule));
        }
        return Collections.unmodifiableMap(out);
    }

    private static RuleSettings of(PricingRule<?> rule) {
        List<Setting> settings = List.copyOf(rule.allSettings());
        Set<String> names = new LinkedHashSet<>();
        List<String> defaults = new ArrayList<>();
        for (Setting s : settings) {
            names.add(s.name());
            defaults.add(s.required() ? "" : ": " + s.name() + " = " + SettingReader.display(s, s.defaultValue())
                    + " (default; " + s.help() + ").");
        }
        return new RuleSettings(rule, settings, Collections.unmodifiableSet(names), List.copyOf(defaults));
    }

    /** The rule for a component type, as {@link Rules#forType} gives it. */
    static Optional<RuleSettings> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}

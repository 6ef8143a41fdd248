package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS WAF: web ACLs per month, rules (a managed rule group counts as one) per month, and web requests inspected,
 * allowed and blocked alike. Paid managed protections (Bot Control, Fraud Control, CAPTCHA) are not covered.
 */
public final class WafRule implements PricingRule<WafRule.Config> {
    /** Configuration: web ACLs, rules across them, and requests inspected a month (null = workload requests). */
    public record Config(int webAcls, int rules, BigDecimal requests) implements ComponentConfig {}

    @Override
    public String type() {
        return "waf";
    }

    @Override
    public String summary() {
        return "WAF: web ACLs, rules, requests inspected";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("web_acls", SettingKind.COUNT, BigDecimal.ONE, "web ACLs (one can protect several resources)"),
                Setting.of("rules", SettingKind.COUNT, new BigDecimal("5"),
                        "rules across the web ACLs; a managed rule group counts as one"),
                Setting.of("inspected_requests", SettingKind.NUMBER, Setting.AUTO,
                        "web requests inspected a month; auto = workload requests (attack traffic counts too)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("web_acls", "WebACL");
        keys.put("rules", "Rule");
        keys.put("waf_requests", "Requests");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("web_acls"), s.count("rules"), s.numberOrAuto("inspected_requests"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal requests = c.requests() != null ? c.requests() : w.get(Driver.REQUESTS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS, "a waf component (or set inspected_requests)"));
        return new Usage()
                .put("web_acls", BigDecimal.valueOf(c.webAcls()), c.webAcls() + " web ACLs")
                .put("rules", BigDecimal.valueOf(c.rules()), c.rules() + " rules")
                .put("waf_requests", requests, Decimals.plain(requests) + " requests inspected");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(
                Charge.of("Web ACLs", "awswaf", "web-acls", Attributes.NONE, "web_acls", u.get("web_acls"), "WebACL",
                        u.formula("web_acls")),
                Charge.of("Rules", "awswaf", "rules", Attributes.NONE, "rules", u.get("rules"), "Rule", u.formula("rules")),
                Charge.of("Requests inspected", "awswaf", "requests", Attributes.NONE, "inspected_requests",
                        u.get("waf_requests"), "Requests", u.formula("waf_requests")));
    }
}

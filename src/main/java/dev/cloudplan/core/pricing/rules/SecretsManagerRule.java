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
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AWS Secrets Manager: secrets per month (a replica counts as a secret) and API requests. */
public final class SecretsManagerRule implements PricingRule<SecretsManagerRule.Config> {
    /** Configuration: secrets stored and API calls a month. */
    public record Config(int secrets, BigDecimal apiCalls) implements ComponentConfig {}

    @Override
    public String type() {
        return "secrets-manager";
    }

    @Override
    public String summary() {
        return "Secrets Manager: secrets per month, API requests";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("secrets", SettingKind.COUNT, BigDecimal.ONE, "secrets stored, replicas included"),
                Setting.of("api_calls", SettingKind.NUMBER, BigDecimal.ZERO,
                        "API calls a month (GetSecretValue ...); applications that cache secrets make few"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("secrets", "Secrets");
        keys.put("api_requests", "API Requests");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("secrets"), s.number("api_calls"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        return new Usage()
                .put("secrets", BigDecimal.valueOf(c.secrets()), c.secrets() + " secrets")
                .put("api_requests", c.apiCalls(), Decimals.plain(c.apiCalls()) + " API calls");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(
                Charge.of("Secrets", "AWSSecretsManager", "secrets", Attributes.NONE, "secrets", u.get("secrets"),
                        "Secrets", u.formula("secrets")),
                Charge.of("API requests", "AWSSecretsManager", "api-requests", Attributes.NONE, "api_calls",
                        u.get("api_requests"), "API Requests", u.formula("api_requests")));
    }
}

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

/**
 * AWS KMS: customer managed keys per month (each rotated backing key and each multi-Region replica is another key)
 * and symmetric API requests (20,000 a month always free across regions). AWS managed keys have no monthly charge.
 */
public final class KmsRule implements PricingRule<KmsRule.Config> {
    /** Configuration: customer managed keys and API requests a month. */
    public record Config(int keys, BigDecimal requests) implements ComponentConfig {}

    @Override
    public String type() {
        return "kms";
    }

    @Override
    public String summary() {
        return "KMS: customer managed keys, API requests (20,000 free)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("keys", SettingKind.COUNT, BigDecimal.ONE,
                        "customer managed keys, rotated backing keys and multi-Region replicas included"),
                Setting.of("api_requests", SettingKind.NUMBER, BigDecimal.ZERO,
                        "symmetric API requests a month (Encrypt, Decrypt, GenerateDataKey, made by you or by services)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("key_months", "Keys");
        keys.put("kms_requests", "Requests");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("keys"), s.number("api_requests"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        return new Usage()
                .put("key_months", BigDecimal.valueOf(c.keys()), c.keys() + " keys x 1 month")
                .put("kms_requests", c.requests(), Decimals.plain(c.requests()) + " API requests");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(
                Charge.of("Customer managed keys", "awskms", "keys", Attributes.NONE, "keys", u.get("key_months"), "Keys",
                        u.formula("key_months")),
                Charge.of("API requests", "awskms", "requests", Attributes.NONE, "api_requests", u.get("kms_requests"),
                        "Requests", u.formula("kms_requests")));
    }
}

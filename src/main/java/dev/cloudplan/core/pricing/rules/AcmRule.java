package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * AWS Certificate Manager public certificates, used with load balancers, CloudFront and API Gateway: free, shown
 * as a zero line with its reason so the estimate says it was not forgotten. Private CA is not covered.
 */
public final class AcmRule implements PricingRule<AcmRule.Config> {
    /** Configuration: public certificates. */
    public record Config(int certificates) implements ComponentConfig {}

    static final String FREE = "public SSL/TLS certificates provisioned through ACM for use with ACM-integrated services"
            + " (ELB, CloudFront, API Gateway) are free (ACM pricing page)";

    @Override
    public String type() {
        return "acm";
    }

    @Override
    public String summary() {
        return "ACM public certificates: free, shown as a zero line with its reason";
    }

    @Override
    public List<Setting> settings() {
        return List.of(Setting.of("certificates", SettingKind.COUNT, BigDecimal.ONE, "public certificates"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("certificates", "Certificates");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("certificates"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        return new Usage().put("certificates", BigDecimal.valueOf(c.certificates()), c.certificates() + " certificates");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        if (u.get("certificates").signum() == 0) {
            return List.of();
        }
        return List.of(Charge.of("Public certificates", "AWSCertificateManager", "public-certificates", Attributes.NONE,
                "certificates", u.get("certificates"), "Certificates", u.formula("certificates"))
                .withIncluded(u.get("certificates"), FREE));
    }
}

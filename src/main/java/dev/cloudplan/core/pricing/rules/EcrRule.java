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
import java.util.List;
import java.util.Map;

/**
 * Amazon ECR private repositories: image storage per GB-month. Pulls within the region (to EC2, Fargate, EKS) are
 * not charged; pulls to the internet or another region are data transfer (data-transfer-out, inter-region).
 */
public final class EcrRule implements PricingRule<EcrRule.Config> {
    /** Configuration: GB of images kept. */
    public record Config(BigDecimal storageGb) implements ComponentConfig {}

    @Override
    public String type() {
        return "ecr";
    }

    @Override
    public String summary() {
        return "ECR: image storage per GB-month";
    }

    @Override
    public List<Setting> settings() {
        return List.of(Setting.of("storage", SettingKind.GIGABYTES, null,
                "GB of images kept (every tag and untagged layer a lifecycle policy has not expired)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("ecr_gb_months", "GB-Mo");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.number("storage"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        return new Usage().put("ecr_gb_months", c.storageGb(), Decimals.plain(c.storageGb()) + " GB x 1 month");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Image storage", "AmazonECR", "storage", Attributes.NONE, "storage",
                u.get("ecr_gb_months"), "GB-Mo", u.formula("ecr_gb_months")));
    }
}

package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Data transfer from the spec's region to another AWS region (a cross-region replica, a DR copy, S3 replication,
 * inter-region peering): billed once, out of the source region, at a rate that depends on the destination; data
 * arriving in a region is not charged. Data from an AWS origin to CloudFront is not inter-region transfer (free).
 */
public final class InterRegionRule implements PricingRule<InterRegionRule.Config> {
    /** Configuration: the destination region and GB sent there a month (null = every database write). */
    public record Config(String toRegion, BigDecimal dataGb) implements ComponentConfig {}

    @Override
    public String type() {
        return "inter-region";
    }

    @Override
    public String summary() {
        return "Data transfer to another AWS region (billed out of the source region, by destination)";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("to_region", SettingKind.TEXT, null, "the destination region code, e.g. us-west-2"),
                Setting.of("data", SettingKind.GIGABYTES, Setting.AUTO,
                        "GB a month sent to that region; auto = every database write x item size (a cross-region replica)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("inter_region_gb", "GB");
    }

    @Override
    public Config configure(Settings s) {
        String to = s.text("to_region");
        if (!to.matches("[a-z]{2}(-gov)?-[a-z]+-\\d")) {
            throw new InvalidSettingException("to_region", "'" + to + "' is not a region code",
                    "give a region code such as us-west-2 or eu-central-1");
        }
        return new Config(to, s.numberOrAuto("data"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        if (c.dataGb() != null) {
            return new Usage().put("inter_region_gb", c.dataGb(), Decimals.plain(c.dataGb()) + " GB to " + c.toRegion());
        }
        BigDecimal writes = w.get(Driver.DB_WRITES).orElseGet(() -> {
            assumptions.add("Inter-region transfer: workload.database.writes not given; nothing is sent to "
                    + c.toRegion() + " (set data).");
            return BigDecimal.ZERO;
        });
        BigDecimal kb = w.itemKb(Driver.DB_WRITES).orElseGet(() -> {
            assumptions.add("Inter-region transfer: workload.database.item_size not given; 1 KB per write assumed.");
            return BigDecimal.ONE;
        });
        assumptions.add("Inter-region transfer is every database write x item size sent to " + c.toRegion()
                + " (a cross-region replica; log and index overhead not counted); set data to state it.");
        return new Usage().put("inter_region_gb", writes.multiply(kb).divide(BillingConventions.KB_PER_GB,
                BillingConventions.DIVISION), Decimals.plain(writes) + " writes x " + Decimals.plain(kb)
                + " KB / 1,048,576 KB per GB, to " + c.toRegion());
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Data transfer to " + c.toRegion(), "AWSDataTransfer", "inter-region",
                Attributes.of("toRegion", c.toRegion()), "to_region", u.get("inter_region_gb"), "GB",
                u.formula("inter_region_gb")));
    }
}

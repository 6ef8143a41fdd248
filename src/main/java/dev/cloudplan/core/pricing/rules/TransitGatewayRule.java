package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.ComponentConfig;
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
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Transit Gateway: each attachment (a VPC, a VPN, a Direct Connect gateway, a peering) is billed per hour, and
 * each GB sent from an attachment to the gateway is billed as data processed ("Data processing charges apply for each
 * gigabyte sent from a VPC ... to the AWS Transit Gateway", Transit Gateway pricing page). The gateway itself has no
 * charge; traffic that also crosses AZs or regions pays that data transfer too (inter-az, inter-region components).
 */
public final class TransitGatewayRule implements PricingRule<TransitGatewayRule.Config> {
    /** Configuration: attachments and GB sent to the gateway a month. */
    public record Config(int attachments, BigDecimal dataProcessedGb) implements ComponentConfig {}

    @Override
    public String type() {
        return "transit-gateway";
    }

    @Override
    public String summary() {
        return "Transit Gateway: attachment-hours and GB processed";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("attachments", SettingKind.COUNT, new BigDecimal("2"),
                        "attachments (each VPC, VPN, Direct Connect gateway or peering attached)"),
                Setting.of("data_processed", SettingKind.GIGABYTES, BigDecimal.ZERO,
                        "GB a month sent from the attachments to the gateway"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("attachment_hours", "Hrs");
        keys.put("tgw_data_gb", "GB");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("attachments"), s.number("data_processed"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        if (c.dataProcessedGb().signum() == 0) {
            assumptions.add("Transit Gateway data processed: not given, so 0 GB is priced; set data_processed to the GB"
                    + " the attachments send through the gateway.");
        }
        return new Usage()
                .put("attachment_hours", BigDecimal.valueOf(c.attachments()).multiply(HOURS_PER_MONTH),
                        c.attachments() + " attachments x 730 h")
                .put("tgw_data_gb", c.dataProcessedGb(), Decimals.plain(c.dataProcessedGb()) + " GB processed");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(
                Charge.of("Transit Gateway attachment hours", "AmazonVPC", "transit-gateway-attachment-hours",
                        Attributes.NONE, "attachments", u.get("attachment_hours"), "Hrs", u.formula("attachment_hours")),
                Charge.of("Transit Gateway data processed", "AmazonVPC", "transit-gateway-data", Attributes.NONE,
                        "data_processed", u.get("tgw_data_gb"), "GB", u.formula("tgw_data_gb")));
    }
}

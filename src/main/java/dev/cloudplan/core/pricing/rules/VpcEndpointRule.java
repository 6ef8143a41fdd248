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
 * VPC endpoints (AWS PrivateLink). An interface endpoint is billed for each hour it is provisioned in each
 * Availability Zone, and per GB it processes in graduated tiers shared by the account's endpoints in the region
 * ("You will be billed for each hour that your VPC endpoint remains provisioned in each Availability Zone", PrivateLink
 * pricing page). Gateway endpoints (S3, DynamoDB) have no hourly or data charge: a zero line says so.
 */
public final class VpcEndpointRule implements PricingRule<VpcEndpointRule.Config> {
    /** Configuration: endpoint kind, endpoints, the AZs each is in, and GB processed a month across them. */
    public record Config(String kind, int endpoints, int azs, BigDecimal dataProcessedGb) implements ComponentConfig {}

    static final String GATEWAY_FREE = "gateway endpoints (S3, DynamoDB) have no hourly or data processing charge"
            + " (AWS PrivateLink and VPC pricing pages)";

    @Override
    public String type() {
        return "vpc-endpoint";
    }

    @Override
    public String summary() {
        return "VPC endpoints: interface endpoint AZ-hours and GB processed (tiered); gateway endpoints free";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("kind", "interface", List.of("interface", "gateway"),
                        "interface (PrivateLink: ECR, CloudWatch Logs, Secrets Manager ...) or gateway (S3, DynamoDB: free)"),
                Setting.of("endpoints", SettingKind.COUNT, BigDecimal.ONE, "endpoints (one per AWS service reached)"),
                Setting.of("azs", SettingKind.COUNT, new BigDecimal("2"), "Availability Zones each endpoint is in"),
                Setting.of("data_processed", SettingKind.GIGABYTES, BigDecimal.ZERO,
                        "GB a month through the endpoints, both directions (image pulls, log shipping, API calls)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("endpoint_az_hours", "Hrs");
        keys.put("endpoint_gb", "GB");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("kind"), s.count("endpoints"), s.count("azs"), s.number("data_processed"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal azHours = BigDecimal.valueOf(c.endpoints()).multiply(BigDecimal.valueOf(c.azs())).multiply(HOURS_PER_MONTH);
        if (c.kind().equals("interface") && c.dataProcessedGb().signum() == 0) {
            assumptions.add("VPC endpoint data processed: not given, so 0 GB is priced; set data_processed to the GB that"
                    + " pass through the endpoints (billed per GB on top of the hours).");
        }
        return new Usage()
                .put("endpoint_az_hours", azHours, c.endpoints() + " endpoints x " + c.azs() + " AZs x 730 h")
                .put("endpoint_gb", c.dataProcessedGb(), Decimals.plain(c.dataProcessedGb()) + " GB processed");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        if (c.kind().equals("gateway")) {
            return List.of(Charge.of("Gateway endpoint (S3, DynamoDB)", "AmazonVPC", "gateway-endpoint-hours",
                    Attributes.NONE, "kind", u.get("endpoint_az_hours"), "Hrs", u.formula("endpoint_az_hours"))
                    .withIncluded(u.get("endpoint_az_hours"), GATEWAY_FREE));
        }
        return List.of(
                Charge.of("Interface endpoint hours (per AZ)", "AmazonVPC", "vpc-endpoint-hours", Attributes.NONE, "azs",
                        u.get("endpoint_az_hours"), "Hrs", u.formula("endpoint_az_hours")),
                Charge.of("Interface endpoint data processed", "AmazonVPC", "vpc-endpoint-data", Attributes.NONE,
                        "data_processed", u.get("endpoint_gb"), "GB", u.formula("endpoint_gb")));
    }
}

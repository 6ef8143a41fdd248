package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.capacity.RoutesTraffic;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NAT gateways: an hourly charge per gateway and a charge per GB processed, both ON TOP of ordinary data
 * transfer (traffic leaving for the internet through a NAT gateway also pays data transfer out). Each gateway
 * holds a public IPv4 address (its Elastic IP), billed per hour.
 */
public final class NatGatewayRule implements PricingRule<NatGatewayRule.Config> {
    /** Configuration: gateways (one per AZ for high availability) and GB processed a month (null = auto). */
    public record Config(int count, BigDecimal dataProcessedGb, int publicIpv4) implements RoutesTraffic {
        @Override
        public int gateways() {
            return count;
        }
    }

    @Override
    public String type() {
        return "nat-gateway";
    }

    @Override
    public String summary() {
        return "NAT gateway: hours, GB processed (on top of data transfer), public IPv4";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("count", SettingKind.COUNT, BigDecimal.ONE, "NAT gateways; one per AZ for high availability"),
                Setting.of("data_processed", SettingKind.GIGABYTES, Setting.AUTO,
                        "GB a month through the gateways, both directions; auto = workload egress"),
                Setting.of("public_ipv4", SettingKind.COUNT, BigDecimal.ONE, "public IPv4 addresses per gateway"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("nat_gateway_hours", "Hrs");
        keys.put("data_processed_gb", "GB");
        keys.put(PublicIpv4.USAGE_KEY, "Hrs");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("count"), s.numberOrAuto("data_processed"), s.count("public_ipv4"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal gateways = BigDecimal.valueOf(c.count());
        BigDecimal data;
        String formula;
        if (c.dataProcessedGb() != null) {
            data = c.dataProcessedGb();
            formula = Decimals.plain(data) + " GB processed";
        } else {
            // Replies to users leave through the load balancer; a NAT gateway carries only what instances in
            // private subnets start themselves, which no workload driver measures, so nothing is guessed.
            data = BigDecimal.ZERO;
            formula = "data_processed not given: 0 GB";
            assumptions.add("NAT gateway data processed: not given, so 0 GB is priced. A NAT gateway carries only the"
                    + " traffic instances in private subnets start themselves (image pulls, OS updates, calls to outside"
                    + " APIs), billed per GB on top of data transfer out; replies to users leave through the load"
                    + " balancer. Set data_processed to price it.");
        }
        Usage usage = new Usage()
                .put("nat_gateway_hours", gateways.multiply(HOURS_PER_MONTH), c.count() + " gateways x 730 h")
                .put("data_processed_gb", data, formula);
        return PublicIpv4.put(usage, gateways, "gateways", c.publicIpv4());
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("NAT gateway hours", "AmazonEC2", "nat-gateway-hours", Attributes.NONE, "count",
                u.get("nat_gateway_hours"), "Hrs", u.formula("nat_gateway_hours")));
        out.add(Charge.of("NAT gateway data processed", "AmazonEC2", "nat-gateway-data", Attributes.NONE, "data_processed",
                u.get("data_processed_gb"), "GB", u.formula("data_processed_gb")));
        out.addAll(PublicIpv4.charge(u, "public_ipv4"));
        return out;
    }
}

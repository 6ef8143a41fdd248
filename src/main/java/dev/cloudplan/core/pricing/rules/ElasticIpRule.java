package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Elastic IP addresses held on their own: idle (allocated, not associated) or in use by something no other component
 * prices. Addresses on EC2 instances, NAT gateways and load balancers are billed by those components (public_ipv4,
 * elastic_ips), so give them here only once.
 */
public final class ElasticIpRule implements PricingRule<ElasticIpRule.Config> {
    /** Configuration: addresses and their state. */
    public record Config(int addresses, String state) implements ComponentConfig {}

    @Override
    public String type() {
        return "elastic-ip";
    }

    @Override
    public String summary() {
        return "Elastic IP addresses on their own (idle or in use), per address-hour";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("addresses", SettingKind.COUNT, BigDecimal.ONE, "Elastic IP addresses"),
                Setting.choice("state", "idle", List.of("idle", "in-use"),
                        "idle (allocated, not associated) or in-use (associated with a resource no other component prices)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of(PublicIpv4.USAGE_KEY, "Hrs");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("addresses"), s.text("state"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        return new Usage().put(PublicIpv4.USAGE_KEY, BigDecimal.valueOf(c.addresses()).multiply(HOURS_PER_MONTH),
                c.addresses() + " " + c.state() + " addresses x 730 h");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Elastic IP address (" + c.state() + ")", "AmazonVPC", "public-ipv4-hours",
                Attributes.of("addressState", c.state()), "addresses", u.get(PublicIpv4.USAGE_KEY), "Hrs",
                u.formula(PublicIpv4.USAGE_KEY)));
    }
}

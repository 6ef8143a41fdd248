package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Usage;
import java.math.BigDecimal;
import java.util.List;

/**
 * Public IPv4 addresses, billed by Amazon VPC per address-hour since February 2024 on every resource that holds
 * one: EC2 instances, NAT gateways (their Elastic IP), internet-facing load balancer nodes, Fargate tasks.
 */
final class PublicIpv4 {
    static final String USAGE_KEY = "public_ipv4_hours";

    private PublicIpv4() {}

    /** Puts {@code holders x perHolder x 730 h} under {@value #USAGE_KEY}. */
    static Usage put(Usage usage, BigDecimal holders, String holderName, int perHolder) {
        return usage.put(USAGE_KEY, holders.multiply(BigDecimal.valueOf(perHolder)).multiply(HOURS_PER_MONTH),
                Decimals.plain(holders) + " " + holderName + " x " + perHolder + " public IPv4 x 730 h");
    }

    /** The in-use address charge, or nothing when the component holds no address. */
    static List<Charge> charge(Usage u, String setting) {
        BigDecimal hours = u.get(USAGE_KEY);
        if (hours.signum() == 0) {
            return List.of();
        }
        return List.of(Charge.of("Public IPv4 address (in use)", "AmazonVPC", "public-ipv4-hours",
                Attributes.of("addressState", "in-use"), setting, hours, "Hrs", u.formula(USAGE_KEY)));
    }
}

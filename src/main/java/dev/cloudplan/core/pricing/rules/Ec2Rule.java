package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.PurchaseOption;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon EC2 instances (Linux, shared tenancy): instance-hours on demand, reserved or under a Savings
 * Plan, each instance's gp3 root volume, and its public IPv4 address (billed by Amazon VPC since Feb 2024).
 */
public final class Ec2Rule implements PricingRule<Ec2Rule.Config> {
    /** Configuration of an EC2 instance group. */
    public record Config(String instanceType, int count, PurchaseOption purchase, BigDecimal volumeGb,
            String volumeType, int publicIpv4PerInstance) implements ComponentConfig {}

    @Override
    public String type() {
        return "ec2";
    }

    @Override
    public String summary() {
        return "EC2 instances (Linux): instance-hours, root EBS volume, public IPv4";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("instance_type", SettingKind.TEXT, null, "EC2 instance type, e.g. t4g.medium"),
                Setting.of("count", SettingKind.COUNT, BigDecimal.ONE, "number of instances running all month"),
                Setting.of("purchase", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, PurchaseOption.SYNTAX),
                Setting.of("volume", SettingKind.GIGABYTES, new BigDecimal("8"), "root EBS volume per instance"),
                Setting.choice("volume_type", "gp3", List.of("gp3", "gp2"), "EBS volume type"),
                Setting.of("public_ipv4", SettingKind.COUNT, BigDecimal.ONE, "public IPv4 addresses per instance"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("instance_hours", "Hrs");
        keys.put("volume_gb_months", "GB-Mo");
        keys.put("public_ipv4_hours", "Hrs");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("instance_type"), s.count("count"), s.purchase("purchase"), s.number("volume"),
                s.text("volume_type"), s.count("public_ipv4"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal n = BigDecimal.valueOf(c.count());
        return new Usage()
                .put("instance_hours", n.multiply(HOURS_PER_MONTH), c.count() + " instances x 730 h")
                .put("volume_gb_months", n.multiply(c.volumeGb()),
                        c.count() + " instances x " + c.volumeGb().toPlainString() + " GB " + c.volumeType())
                .put("public_ipv4_hours", n.multiply(BigDecimal.valueOf(c.publicIpv4PerInstance())).multiply(HOURS_PER_MONTH),
                        c.count() + " instances x " + c.publicIpv4PerInstance() + " public IPv4 x 730 h");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        Attributes instance = c.purchase().attributes(Attributes.of("instanceType", c.instanceType(),
                "operatingSystem", "Linux", "tenancy", "Shared"));
        out.add(Charge.of("Instance usage (Linux, " + c.purchase() + ", " + c.instanceType() + ")", "AmazonEC2",
                "instance-hours", instance, "instance_type", u.get("instance_hours"), "Hrs", u.formula("instance_hours")));
        out.addAll(Commitments.upfront(c.purchase(), "AmazonEC2", instance, c.count(), month,
                "Upfront (" + c.purchase() + ", " + c.instanceType() + ")"));
        out.add(Charge.of("EBS storage (" + c.volumeType() + ")", "AmazonEC2", "ebs-storage",
                Attributes.of("volumeType", c.volumeType()), "volume_type", u.get("volume_gb_months"), "GB-Mo",
                u.formula("volume_gb_months")));
        if (u.get("public_ipv4_hours").signum() > 0) {
            out.add(Charge.of("Public IPv4 address (in use)", "AmazonVPC", "public-ipv4-hours",
                    Attributes.of("addressState", "in-use"), "public_ipv4", u.get("public_ipv4_hours"), "Hrs",
                    u.formula("public_ipv4_hours")));
        }
        return out;
    }
}

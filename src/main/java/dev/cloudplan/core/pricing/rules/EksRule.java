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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Amazon EKS control planes: cluster-hours. A cluster on a Kubernetes version in extended support pays an
 * extended-support surcharge per cluster-hour on top of the standard cluster-hour, as the Price List bills it
 * (usage types AmazonEKS-Hours:perCluster and AmazonEKS-Hours:extendedSupport). Worker nodes are ec2 components.
 */
public final class EksRule implements PricingRule<EksRule.Config> {
    /** Configuration: clusters and their support window. */
    public record Config(int clusters, String support) implements ComponentConfig {}

    @Override
    public String type() {
        return "eks";
    }

    @Override
    public String summary() {
        return "EKS control plane: cluster-hours, standard or extended support";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("clusters", SettingKind.COUNT, BigDecimal.ONE, "EKS clusters"),
                Setting.choice("support", "standard", List.of("standard", "extended"),
                        "standard (a Kubernetes version's first 14 months) or extended (the 12 months after)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("cluster_hours", "Hours");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("clusters"), s.text("support"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        return new Usage().put("cluster_hours", BigDecimal.valueOf(c.clusters()).multiply(HOURS_PER_MONTH),
                c.clusters() + " clusters x 730 h");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("EKS cluster hours", "AmazonEKS", "cluster-hours", Attributes.of("support", "standard"),
                "clusters", u.get("cluster_hours"), "Hours", u.formula("cluster_hours")));
        if (c.support().equals("extended")) {
            out.add(Charge.of("EKS extended support surcharge", "AmazonEKS", "cluster-hours",
                    Attributes.of("support", "extended"), "support", u.get("cluster_hours"), "Hours",
                    u.formula("cluster_hours")));
        }
        return out;
    }
}

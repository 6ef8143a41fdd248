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
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gateway Load Balancers (in front of firewalls and inspection appliances): load-balancer-hours, GWLB capacity
 * units (GLCU) per hour, and the Gateway Load Balancer endpoints in each consumer VPC, which AWS prices and bills
 * separately per endpoint-hour and per GB (AWS PrivateLink). The GLCU dimensions were found in no graded source, so
 * the average GLCUs an hour are stated (CloudWatch ConsumedLCUs of a running GWLB, or AWS's calculator).
 */
public final class GwlbRule implements PricingRule<GwlbRule.Config> {
    /** Configuration: load balancers, GLCUs an average hour, endpoints, and GB through the endpoints (null = auto). */
    public record Config(int count, BigDecimal glcus, int endpoints, BigDecimal processedGb) implements ComponentConfig {}

    @Override
    public String type() {
        return "gwlb";
    }

    @Override
    public String summary() {
        return "Gateway Load Balancer: hours, GLCU-hours (stated), GWLB endpoint hours and GB";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("count", SettingKind.COUNT, BigDecimal.ONE, "load balancers"),
                Setting.of("glcus", SettingKind.NUMBER, BigDecimal.ONE,
                        "GLCUs an average hour, per load balancer (CloudWatch ConsumedLCUs, or AWS's calculator)"),
                Setting.of("endpoints", SettingKind.COUNT, BigDecimal.ONE,
                        "Gateway Load Balancer endpoints (one per consumer VPC and AZ), billed per hour"),
                Setting.of("processed", SettingKind.GIGABYTES, Setting.AUTO,
                        "GB a month through the endpoints; auto = workload egress (all traffic is inspected)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("gwlb_hours", "Hrs");
        keys.put("glcu_hours", "GLCU-Hrs");
        keys.put("gwlb_endpoint_hours", "Hrs");
        keys.put("gwlb_endpoint_gb", "GB");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("count"), s.number("glcus"), s.count("endpoints"), s.numberOrAuto("processed"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal lbs = BigDecimal.valueOf(c.count());
        BigDecimal gb;
        String gbFormula;
        if (c.processedGb() != null) {
            gb = c.processedGb();
            gbFormula = Decimals.plain(gb) + " GB processed";
        } else {
            gb = w.get(Driver.EGRESS).orElseThrow(() -> new MissingWorkloadException(Driver.EGRESS,
                    "a gwlb component (or set its processed)"));
            gbFormula = Decimals.plain(gb) + " GB workload egress, all inspected";
        }
        assumptions.add("GWLB: " + Decimals.plain(c.glcus()) + " GLCU(s) an average hour per load balancer, as stated"
                + " (glcus); the GLCU dimensions are in no graded source, so cloudplan does not derive them.");
        return new Usage()
                .put("gwlb_hours", lbs.multiply(HOURS_PER_MONTH), c.count() + " load balancers x 730 h")
                .put("glcu_hours", lbs.multiply(c.glcus()).multiply(HOURS_PER_MONTH), c.count() + " load balancers x "
                        + Decimals.plain(c.glcus()) + " GLCU x 730 h")
                .put("gwlb_endpoint_hours", BigDecimal.valueOf(c.endpoints()).multiply(HOURS_PER_MONTH),
                        c.endpoints() + " endpoints x 730 h")
                .put("gwlb_endpoint_gb", gb, gbFormula);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(
                Charge.of("Gateway Load Balancer hours", "AWSELB", "gwlb-hours", Attributes.NONE, "count",
                        u.get("gwlb_hours"), "Hrs", u.formula("gwlb_hours")),
                Charge.of("GWLB capacity units", "AWSELB", "glcu-hours", Attributes.NONE, "glcus",
                        u.get("glcu_hours"), "GLCU-Hrs", u.formula("glcu_hours")),
                Charge.of("GWLB endpoint hours", "AmazonVPC", "gwlb-endpoint-hours", Attributes.NONE, "endpoints",
                        u.get("gwlb_endpoint_hours"), "Hrs", u.formula("gwlb_endpoint_hours")),
                Charge.of("GWLB endpoint data processed", "AmazonVPC", "gwlb-endpoint-data", Attributes.NONE,
                        "processed", u.get("gwlb_endpoint_gb"), "GB", u.formula("gwlb_endpoint_gb")));
    }
}

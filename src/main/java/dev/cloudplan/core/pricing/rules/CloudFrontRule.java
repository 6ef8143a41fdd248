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
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon CloudFront (pay as you go): data transfer out to the internet in graduated tiers by edge location, and
 * HTTP or HTTPS requests. Always free each month: 1 TB out and 10 million requests. Transfer from an AWS origin
 * (S3, ALB) to CloudFront is not charged, so egress served by CloudFront is not also data transfer out.
 */
public final class CloudFrontRule implements PricingRule<CloudFrontRule.Config> {
    /** Configuration of a distribution. */
    public record Config(BigDecimal share, String edgeLocation, String protocol) implements ComponentConfig {}

    @Override
    public String type() {
        return "cloudfront";
    }

    @Override
    public String summary() {
        return "CloudFront distribution: data out (tiered), HTTP/HTTPS requests, always-free 1 TB and 10M requests";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("share", SettingKind.NUMBER, BigDecimal.ONE,
                        "fraction of workload.egress served through CloudFront (0 to 1)"),
                Setting.choice("edge_location", "united-states", List.of("united-states", "europe"),
                        "where viewers are served from: united-states (with Mexico, Canada) or europe"),
                Setting.choice("protocol", "https", List.of("https", "http"), "request protocol"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("data_out_gb", "GB");
        keys.put("requests", "Requests");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(DataTransferOutRule.share(s), s.text("edge_location"), s.text("protocol"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal egress = w.get(Driver.EGRESS)
                .orElseThrow(() -> new MissingWorkloadException(Driver.EGRESS, "a cloudfront component"));
        BigDecimal requests = w.get(Driver.STATIC_REQUESTS).orElseGet(() -> {
            assumptions.add("CloudFront requests: workload.static_requests not given; assumed 0 (add it to price them).");
            return BigDecimal.ZERO;
        });
        assumptions.add("CloudFront serves share x workload.egress; give a data-transfer-out component only the rest"
                + " (its share), or the same bytes are billed twice.");
        return new Usage()
                .put("data_out_gb", egress.multiply(c.share()), Decimals.plain(egress) + " GB x share "
                        + Decimals.plain(c.share()))
                .put("requests", requests, Decimals.plain(requests) + " requests (workload static_requests)");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes edge = Attributes.of("edgeLocation", c.edgeLocation().equals("europe") ? "Europe" : "UnitedStates");
        return List.of(
                Charge.of("Data transfer out (" + c.edgeLocation() + ")", "AmazonCloudFront", "data-transfer-out", edge,
                        "edge_location", u.get("data_out_gb"), "GB", u.formula("data_out_gb")),
                Charge.of(c.protocol().toUpperCase(java.util.Locale.ROOT) + " requests (" + c.edgeLocation() + ")",
                        "AmazonCloudFront", "requests-" + c.protocol(), edge, "protocol", u.get("requests"), "Requests",
                        u.formula("requests")));
    }

    @Override
    public BigDecimal egressShare(Config config) {
        return config.share();
    }
}

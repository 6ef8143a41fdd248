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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amazon CloudFront (pay as you go): data transfer out to the internet in graduated tiers by the region group of the
 * edge locations that serve the viewers, and HTTP or HTTPS requests, each share of the traffic at its group's rate.
 * Always free each month: 1 TB out and 10 million requests. Transfer from an AWS origin (S3, ALB) to CloudFront is
 * not charged, so egress served by CloudFront is not also data transfer out. Options: Origin Shield requests,
 * CloudFront Functions or Lambda@Edge, invalidation paths (the first 1,000 a month free).
 */
public final class CloudFrontRule implements PricingRule<CloudFrontRule.Config> {
    /** Configuration of a distribution: traffic by region group (shares adding up to 1) and its options. */
    public record Config(BigDecimal share, Map<String, BigDecimal> mix, String protocol, BigDecimal originShieldRequests,
            String functions, BigDecimal functionInvocations, BigDecimal edgeDurationMs, BigDecimal edgeMemoryMb,
            BigDecimal invalidationPaths) implements ComponentConfig {
        /** A distribution serving all of its traffic from one region group, without options. */
        public Config(BigDecimal share, String edgeLocation, String protocol) {
            this(share, Map.of(edgeLocation, BigDecimal.ONE), protocol, BigDecimal.ZERO, "none", null, null, null,
                    BigDecimal.ZERO);
        }
    }

    @Override
    public String type() {
        return "cloudfront";
    }

    @Override
    public String summary() {
        return "CloudFront distribution: data out by region group (tiered), requests, Origin Shield, functions,"
                + " invalidations; always-free 1 TB and 10M requests";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("share", SettingKind.NUMBER, BigDecimal.ONE,
                        "fraction of workload.egress served through CloudFront (0 to 1)"),
                Setting.choice("edge_location", "united-states", List.copyOf(CloudFrontRegions.GROUPS.keySet()),
                        "the region group serving every viewer (united-states includes Mexico and Canada); ignored when region_mix is given"),
                Setting.of("region_mix", SettingKind.TEXT, "",
                        "traffic by region group, e.g. 'united-states 60%, europe 30%, japan 10%' (adds up to 100%);"
                                + " replaces edge_location"),
                Setting.choice("protocol", "https", List.of("https", "http"), "request protocol"),
                Setting.of("origin_shield_requests", SettingKind.NUMBER, BigDecimal.ZERO,
                        "requests a month that reach Origin Shield (the regional edge caches' misses)"),
                Setting.choice("functions", "none", List.of("none", "cloudfront-functions", "lambda-edge"),
                        "code run at the edge on viewer requests"),
                Setting.of("function_invocations", SettingKind.NUMBER, Setting.AUTO,
                        "with functions: invocations a month; auto = the distribution's requests")
                        .onlyWhenNot("functions", "none"),
                Setting.of("edge_duration", SettingKind.MILLISECONDS, new BigDecimal("50"),
                        "lambda-edge: average billed duration per invocation").onlyWhen("functions", "lambda-edge"),
                Setting.of("edge_memory", SettingKind.MEGABYTES, new BigDecimal("128"),
                        "lambda-edge: the function's memory").onlyWhen("functions", "lambda-edge"),
                Setting.of("invalidation_paths", SettingKind.NUMBER, BigDecimal.ZERO,
                        "paths requested for invalidation a month (the first 1,000 across the account are free)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("data_out_gb", "GB");
        keys.put("requests", "Requests");
        keys.put("origin_shield_requests", "Requests");
        keys.put("function_invocations", "Invocations");
        keys.put("edge_gb_seconds", "Lambda-GB-Second");
        keys.put("invalidation_paths", "Paths");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        Map<String, BigDecimal> mix = s.text("region_mix").isBlank() ? Map.of(s.text("edge_location"), BigDecimal.ONE)
                : CloudFrontRegions.parseMix(s.text("region_mix"));
        boolean functions = !s.text("functions").equals("none");
        boolean edge = s.text("functions").equals("lambda-edge");
        return new Config(DataTransferOutRule.share(s), mix, s.text("protocol"), s.number("origin_shield_requests"),
                s.text("functions"), functions ? s.numberOrAuto("function_invocations") : null,
                edge ? s.number("edge_duration") : null, edge ? s.number("edge_memory") : null,
                s.number("invalidation_paths"));
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
        Usage usage = new Usage()
                .put("data_out_gb", egress.multiply(c.share()), Decimals.plain(egress) + " GB x share "
                        + Decimals.plain(c.share()))
                .put("requests", requests, Decimals.plain(requests) + " requests (workload static_requests)")
                .put("origin_shield_requests", c.originShieldRequests(), Decimals.plain(c.originShieldRequests())
                        + " requests to Origin Shield")
                .put("invalidation_paths", c.invalidationPaths(), Decimals.plain(c.invalidationPaths()) + " paths");
        return CloudFrontRegions.edgeCompute(usage, c, requests);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        String protocol = c.protocol().toUpperCase(Locale.ROOT);
        c.mix().forEach((group, part) -> {
            Attributes edge = Attributes.of("edgeLocation", CloudFrontRegions.GROUPS.get(group));
            String of = c.mix().size() == 1 ? "" : " x " + Decimals.plain(part) + " " + group;
            out.add(Charge.of("Data transfer out (" + group + ")", "AmazonCloudFront", "data-transfer-out", edge,
                    c.mix().size() == 1 ? "edge_location" : "region_mix", u.get("data_out_gb").multiply(part), "GB",
                    u.formula("data_out_gb") + of));
            out.add(Charge.of(protocol + " requests (" + group + ")", "AmazonCloudFront", "requests-" + c.protocol(), edge,
                    "protocol", u.get("requests").multiply(part), "Requests", u.formula("requests") + of));
        });
        if (u.get("origin_shield_requests").signum() > 0) {
            out.add(Charge.of("Origin Shield requests", "AmazonCloudFront", "origin-shield-requests", Attributes.NONE,
                    "origin_shield_requests", u.get("origin_shield_requests"), "Requests",
                    u.formula("origin_shield_requests")));
        }
        out.addAll(CloudFrontRegions.edgeComputeCharges(c, u));
        if (u.get("invalidation_paths").signum() > 0) {
            out.add(Charge.of("Invalidation paths", "AmazonCloudFront", "invalidation-paths", Attributes.NONE,
                    "invalidation_paths", u.get("invalidation_paths"), "Paths", u.formula("invalidation_paths")));
        }
        return out;
    }

    @Override
    public BigDecimal egressShare(Config config) {
        return config.share();
    }
}

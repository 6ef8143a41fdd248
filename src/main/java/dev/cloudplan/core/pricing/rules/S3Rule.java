package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
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
 * Amazon S3 Standard buckets: storage in graduated tiers, PUT/COPY/POST/LIST requests and GET
 * requests. Data served from the bucket to the internet is billed by the data-transfer-out component.
 */
public final class S3Rule implements PricingRule<S3Rule.Config> {
    /** Configuration of one bucket. */
    /**
     * @param cdnHitRatio share of workload.static_requests a CloudFront distribution in front serves from its cache
     *                    (S3 sees the rest as GETs); null while auto, until placed in its architecture
     */
    public record Config(BigDecimal storageGb, BigDecimal cdnHitRatio, boolean hitRatioAssumed) implements ComponentConfig {
        /** A bucket every request reaches. */
        public Config(BigDecimal storageGb) {
            this(storageGb, BigDecimal.ZERO, false);
        }
    }

    /**
     * The share of requests served from CloudFront's cache when the spec states none: an assumption, printed with the
     * estimate (CloudFront's cache statistics report yours).
     */
    static final BigDecimal DEFAULT_CDN_HIT_RATIO = new BigDecimal("0.9");

    @Override
    public String type() {
        return "s3";
    }

    @Override
    public String summary() {
        return "S3 Standard bucket: storage (tiered), PUT and GET requests";
    }

    @Override
    public List<Setting> settings() {
        return List.of(Setting.of("storage", SettingKind.GIGABYTES, Setting.AUTO,
                "data stored; auto = the workload's static assets"),
                Setting.of("cdn_hit_ratio", SettingKind.NUMBER, Setting.AUTO, "share of static_requests a CloudFront"
                        + " distribution serves from its cache, so S3 never sees them; auto = 0.9 when the architecture"
                        + " has a cloudfront component, else 0").orAuto());
    }

    @Override
    public Config placed(Config c, java.util.Set<String> componentTypes) {
        if (c.cdnHitRatio() != null) {
            return c;
        }
        boolean cdn = componentTypes.contains("cloudfront");
        return new Config(c.storageGb(), cdn ? DEFAULT_CDN_HIT_RATIO : BigDecimal.ZERO, cdn);
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("storage_gb_months", "GB-Mo");
        keys.put("put_requests", "Requests");
        keys.put("get_requests", "Requests");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        BigDecimal hit = s.numberOrAuto("cdn_hit_ratio");
        if (hit != null && hit.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidSettingException("cdn_hit_ratio", "cdn_hit_ratio " + hit.toPlainString()
                    + " is more than all of the requests", "give a share from 0 to 1, such as 0.9");
        }
        return new Config(s.numberOrAuto("storage"), hit, false);
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal storage = c.storageGb() != null ? c.storageGb() : w.get(Driver.STATIC_ASSETS).orElseGet(() -> {
            assumptions.add("S3 storage: workload.static_assets not given; assumed 0 GB.");
            return BigDecimal.ZERO;
        });
        BigDecimal requests = w.get(Driver.STATIC_REQUESTS).orElseGet(() -> {
            assumptions.add("S3 GET requests: workload.static_requests not given; assumed 0 (add it to price them).");
            return BigDecimal.ZERO;
        });
        BigDecimal hit = c.cdnHitRatio() == null ? BigDecimal.ZERO : c.cdnHitRatio();
        BigDecimal gets = requests.multiply(BigDecimal.ONE.subtract(hit));
        String getsFormula = Decimals.plain(requests) + " object requests";
        if (hit.signum() > 0) {
            getsFormula += " x (1 - " + Decimals.plain(hit) + " served from CloudFront's cache)";
            assumptions.add("S3 behind CloudFront: " + Decimals.plain(hit) + " of workload.static_requests are served"
                    + " from CloudFront's cache and never reach S3 (cdn_hit_ratio"
                    + (c.hitRatioAssumed() ? ": auto, assumed since the architecture has a cloudfront component;"
                    + " state yours from CloudFront's cache statistics)." : ")."));
        }
        BigDecimal puts = w.get(Driver.UPLOADS).orElseGet(() -> {
            assumptions.add("S3 PUT requests: workload.uploads not given; assumed 0 (add it to price them).");
            return BigDecimal.ZERO;
        });
        return new Usage()
                .put("storage_gb_months", storage, Decimals.plain(storage) + " GB stored")
                .put("put_requests", puts, Decimals.plain(puts) + " uploads")
                .put("get_requests", gets, getsFormula);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes a = Attributes.of("storageClass", "Standard");
        return List.of(
                Charge.of("Storage (Standard)", "AmazonS3", "storage", a, null, u.get("storage_gb_months"), "GB-Mo",
                        u.formula("storage_gb_months")),
                Charge.of("PUT, COPY, POST, LIST requests", "AmazonS3", "requests-tier1", a, null,
                        u.get("put_requests"), "Requests", u.formula("put_requests")),
                Charge.of("GET and other requests", "AmazonS3", "requests-tier2", a, null, u.get("get_requests"),
                        "Requests", u.formula("get_requests")));
    }
}

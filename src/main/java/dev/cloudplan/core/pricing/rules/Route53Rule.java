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

/** Amazon Route 53 public DNS: hosted zones (tiered by count) and queries (tiered by volume). */
public final class Route53Rule implements PricingRule<Route53Rule.Config> {
    static final BigDecimal DEFAULT_QUERIES = new BigDecimal("1000000");

    /** Configuration of the account's DNS. */
    public record Config(int hostedZones, String queryType) implements ComponentConfig {
        String catalogQueryType() {
            return switch (queryType) {
                case "latency" -> "LatencyBased";
                case "geo" -> "Geo";
                default -> "Standard";
            };
        }
    }

    @Override
    public String type() {
        return "route53";
    }

    @Override
    public String summary() {
        return "Route 53: hosted zones and DNS queries";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("hosted_zones", SettingKind.COUNT, BigDecimal.ONE, "public hosted zones"),
                Setting.choice("query_type", "standard", List.of("standard", "latency", "geo"), "routing policy"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("hosted_zones", "HostedZone");
        keys.put("queries", "Queries");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.count("hosted_zones"), s.text("query_type"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal queries = w.get(Driver.DNS_QUERIES).orElseGet(() -> {
            assumptions.add("DNS queries: workload.dns_queries not given; assumed 1,000,000 a month (resolvers cache"
                    + " answers, so queries are far fewer than requests).");
            return DEFAULT_QUERIES;
        });
        return new Usage()
                .put("hosted_zones", BigDecimal.valueOf(c.hostedZones()), c.hostedZones() + " hosted zones")
                .put("queries", queries, Decimals.plain(queries) + " queries");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(
                Charge.of("Hosted zones", "AmazonRoute53", "hosted-zones", Attributes.NONE, "hosted_zones",
                        u.get("hosted_zones"), "HostedZone", u.formula("hosted_zones")),
                Charge.of("DNS queries (" + c.queryType() + ")", "AmazonRoute53", "dns-queries",
                        Attributes.of("queryType", c.catalogQueryType()), "query_type", u.get("queries"), "Queries",
                        u.formula("queries")));
    }
}

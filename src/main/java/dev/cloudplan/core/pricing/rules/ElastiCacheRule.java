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
 * Amazon ElastiCache node-based clusters (Redis OSS or Valkey): every node, primary or replica, is billed per
 * node-hour at its node type's on-demand price. 2 nodes of cache.t4g.micro = 2 x 730 node-hours.
 */
public final class ElastiCacheRule implements PricingRule<ElastiCacheRule.Config> {
    /** Configuration of one cluster: engine, node type and number of nodes (primaries and replicas). */
    public record Config(String engine, String instanceType, int nodes) implements ComponentConfig {}

    static final List<String> ENGINES = List.of("redis", "valkey");

    /** The Price List's cacheEngine value for a spec engine name. */
    static String cacheEngine(String engine) {
        return engine.equals("valkey") ? "Valkey" : "Redis";
    }

    @Override
    public String type() {
        return "elasticache";
    }

    @Override
    public String summary() {
        return "ElastiCache cluster (Redis OSS or Valkey): node-hours per node";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("cache_engine", "redis", ENGINES, "redis (Redis OSS) or valkey"),
                Setting.of("instance_type", SettingKind.TEXT, null, "node type, e.g. cache.t4g.micro"),
                Setting.of("nodes", SettingKind.COUNT, BigDecimal.ONE, "nodes running all month, primaries and replicas"));
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("node_hours", "Hrs");
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.text("cache_engine"), s.text("instance_type"), s.count("nodes"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        return new Usage().put("node_hours", BigDecimal.valueOf(c.nodes()).multiply(HOURS_PER_MONTH),
                c.nodes() + " nodes x 730 h");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Cache nodes (" + cacheEngine(c.engine()) + ", " + c.instanceType() + ")",
                "AmazonElastiCache", "node-hours", Attributes.of("cacheEngine", cacheEngine(c.engine()), "instanceType",
                        c.instanceType()), "instance_type", u.get("node_hours"), "Hrs", u.formula("node_hours")));
    }
}

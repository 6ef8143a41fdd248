package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.capacity.CachesData;
import dev.cloudplan.core.capacity.Sizing;
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
    public record Config(String engine, String instanceType, int nodes, int replicas, BigDecimal datasetGb,
            BigDecimal hoursEach, Sizing sizing) implements CachesData {
        /** Nodes running all month as given, with the dataset left to the load. */
        public Config(String engine, String instanceType, int nodes) {
            this(engine, instanceType, nodes, 0, null, HOURS_PER_MONTH, Sizing.FIXED);
        }

        @Override
        public String unitType() {
            return instanceType;
        }

        /** Shards: the nodes that hold distinct data. */
        @Override
        public int units() {
            return Math.max(1, nodes / (1 + replicas));
        }

        @Override
        public String service() {
            return "AmazonElastiCache";
        }

        @Override
        public Config sized(String type, int shards, BigDecimal hours) {
            return new Config(engine, type, shards * (1 + replicas), replicas, datasetGb, hours, sizing);
        }
    }

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
                Setting.of("instance_type", SettingKind.TEXT, null,
                        "node type, e.g. cache.t4g.micro; auto = the cheapest that holds the dataset").orAuto(),
                Setting.of("nodes", SettingKind.COUNT, BigDecimal.ONE,
                        "nodes running all month, primaries and replicas; auto = enough shards for the dataset").orAuto(),
                Setting.of("replicas", SettingKind.COUNT, BigDecimal.ZERO,
                        "replicas per shard: they copy its data, so nodes = shards x (1 + replicas)"));
    }

    @Override
    public List<Setting> capacitySettings() {
        List<Setting> out = new java.util.ArrayList<>(Sizing.settings("nodes"));
        out.add(Setting.of("dataset", SettingKind.GIGABYTES, Setting.AUTO,
                "data the cache holds; auto = users online x 16 KB (a session and presence each)"));
        return out;
    }

    @Override
    public Map<String, String> usageKeys() {
        return Map.of("node_hours", "Hrs");
    }

    @Override
    public Config configure(Settings s) {
        Integer nodes = s.countOrAuto("nodes");
        int replicas = s.count("replicas");
        if (nodes != null && nodes % (1 + replicas) != 0) {
            throw new InvalidSettingException("nodes", nodes + " nodes do not split into shards of 1 primary and "
                    + replicas + " replicas", "give nodes as a multiple of " + (1 + replicas) + ", or nodes: auto");
        }
        return new Config(s.text("cache_engine"), s.text("instance_type"), nodes == null ? 1 + replicas : nodes, replicas,
                s.numberOrAuto("dataset"), HOURS_PER_MONTH, Sizing.read(s, "instance_type", "nodes"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        return new Usage().put("node_hours", BigDecimal.valueOf(c.nodes()).multiply(c.hoursEach()),
                c.nodes() + " nodes x " + dev.cloudplan.core.money.Decimals.plain(c.hoursEach()) + " h"
                        + (c.hoursEach().compareTo(HOURS_PER_MONTH) == 0 ? "" : " each on average (scaled with the load)"));
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        return List.of(Charge.of("Cache nodes (" + cacheEngine(c.engine()) + ", " + c.instanceType() + ")",
                "AmazonElastiCache", "node-hours", Attributes.of("cacheEngine", cacheEngine(c.engine()), "instanceType",
                        c.instanceType()), "instance_type", u.get("node_hours"), "Hrs", u.formula("node_hours")));
    }
}

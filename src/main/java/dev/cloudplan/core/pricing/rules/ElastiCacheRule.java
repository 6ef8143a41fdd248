package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Amazon ElastiCache node-based clusters (Redis OSS, Valkey or Memcached): every node, primary or replica, is billed
 * per node-hour at its node type's on-demand or reserved price (2 nodes of cache.t4g.micro = 2 x 730 node-hours), and
 * backup storage per GB-month. A Memcached node is a partition of its own: no replicas, shards or backups.
 */
public final class ElastiCacheRule implements PricingRule<ElastiCacheRule.Config> {
    /** Configuration of one cluster: engine, node type and number of nodes (primaries and replicas). */
    public record Config(String engine, String instanceType, int nodes, int replicas, BigDecimal datasetGb,
            BigDecimal hoursEach, Sizing sizing, PurchaseOption purchase, BigDecimal backupGb) implements CachesData,
            dev.cloudplan.core.architecture.Purchasable {
        /** Reserved nodes: 1 or 3 years, every payment; ElastiCache has no Savings Plans. */
        private static final List<PurchaseOption> COMMITMENTS = java.util.stream.Stream.of("1yr", "3yr")
                .flatMap(t -> java.util.stream.Stream.of("no-upfront", "partial-upfront", "all-upfront")
                        .map(p -> PurchaseOption.parse("reserved " + t + " " + p))).toList();

        @Override
        public Config withPurchase(PurchaseOption p) {
            return new Config(engine, instanceType, nodes, replicas, datasetGb, hoursEach, sizing, p, backupGb);
        }

        @Override
        public List<PurchaseOption> commitmentOptions() {
            return COMMITMENTS;
        }

        @Override
        public List<Metered> committedCharges() {
            return List.of(new Metered(NODE_HOURS, "node", true));
        }

        /** Nodes running all month as given, with the dataset left to the load. */
        public Config(String engine, String instanceType, int nodes) {
            this(engine, instanceType, nodes, 0, null, HOURS_PER_MONTH, Sizing.FIXED);
        }

        /** On-demand nodes without backup storage. */
        public Config(String engine, String instanceType, int nodes, int replicas, BigDecimal datasetGb,
                BigDecimal hoursEach, Sizing sizing) {
            this(engine, instanceType, nodes, replicas, datasetGb, hoursEach, sizing, PurchaseOption.ON_DEMAND,
                    BigDecimal.ZERO);
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
            return new Config(engine, type, shards * (1 + replicas), replicas, datasetGb, hours, sizing, purchase,
                    backupGb);
        }
    }

    private static final String NODE_HOURS = "node-hours";
    static final List<String> ENGINES = List.of("redis", "valkey", "memcached");

    /** The Price List's cacheEngine value for a spec engine name. */
    static String cacheEngine(String engine) {
        return switch (engine) {
            case "valkey" -> "Valkey";
            case "memcached" -> "Memcached";
            default -> "Redis";
        };
    }

    @Override
    public String type() {
        return "elasticache";
    }

    @Override
    public String summary() {
        return "ElastiCache cluster (Redis OSS, Valkey or Memcached): node-hours per node, reserved nodes, backup storage";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("cache_engine", "redis", ENGINES, "redis (Redis OSS), valkey or memcached"),
                Setting.of("instance_type", SettingKind.TEXT, null,
                        "node type, e.g. cache.t4g.micro; auto = the cheapest that holds the dataset").orAuto(),
                Setting.of("nodes", SettingKind.COUNT, BigDecimal.ONE,
                        "nodes running all month, primaries and replicas; auto = enough shards for the dataset").orAuto(),
                Setting.of("replicas", SettingKind.COUNT, BigDecimal.ZERO,
                        "replicas per shard: they copy its data, so nodes = shards x (1 + replicas)"),
                Setting.choice("cluster_mode", "auto", List.of("auto", "enabled", "disabled"), "Redis OSS and Valkey:"
                        + " enabled spreads the data over shards, disabled keeps one shard (nodes = 1 + replicas);"
                        + " auto = enabled when the nodes make more than one shard"),
                Setting.of("backup", SettingKind.GIGABYTES, BigDecimal.ZERO, "Redis OSS and Valkey: backup storage"
                        + " billed a month (snapshots kept)"),
                Setting.of("purchase", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, "on-demand, or reserved nodes:"
                        + " reserved 1yr|3yr no-upfront|partial-upfront|all-upfront"));
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
        return Map.of("node_hours", "Hrs", "backup_gb_months", "GB-Mo");
    }

    @Override
    public Config configure(Settings s) {
        Integer nodes = s.countOrAuto("nodes");
        int replicas = s.count("replicas");
        if (nodes != null && nodes % (1 + replicas) != 0) {
            throw new InvalidSettingException("nodes", nodes + " nodes do not split into shards of 1 primary and "
                    + replicas + " replicas", "give nodes as a multiple of " + (1 + replicas) + ", or nodes: auto");
        }
        String engine = s.text("cache_engine");
        String mode = s.text("cluster_mode");
        boolean memcached = engine.equals("memcached");
        if (memcached && (replicas > 0 || !mode.equals("auto") || s.number("backup").signum() > 0)) {
            // ElastiCache for Memcached: nodes are independent partitions, without replication, shards or backups.
            throw new InvalidSettingException(replicas > 0 ? "replicas" : !mode.equals("auto") ? "cluster_mode" : "backup",
                    "Memcached nodes are independent partitions: no replicas, cluster mode or backups",
                    "remove replicas, cluster_mode and backup, or use cache_engine redis or valkey");
        }
        boolean oneShard = mode.equals("disabled");
        if (oneShard && nodes != null && nodes != 1 + replicas) {
            throw new InvalidSettingException("nodes", "with cluster mode disabled a cluster is one shard: 1 primary"
                    + " and " + replicas + " replicas, " + (1 + replicas) + " nodes, not " + nodes,
                    "give nodes: " + (1 + replicas) + ", or cluster_mode: enabled");
        }
        PurchaseOption purchase = s.purchase("purchase");
        if (purchase.kind() != PurchaseOption.Kind.ON_DEMAND && purchase.kind() != PurchaseOption.Kind.RESERVED) {
            throw new InvalidSettingException("purchase", "ElastiCache nodes are bought on demand or as reserved nodes",
                    "use on-demand or reserved 1yr|3yr no-upfront|partial-upfront|all-upfront");
        }
        return new Config(engine, s.text("instance_type"), nodes == null ? 1 + replicas : nodes, replicas,
                s.numberOrAuto("dataset"), HOURS_PER_MONTH, Sizing.read(s, "instance_type", oneShard ? null : "nodes"),
                purchase, s.number("backup"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        return new Usage().put("node_hours", BigDecimal.valueOf(c.nodes()).multiply(c.hoursEach()),
                c.nodes() + " nodes x " + dev.cloudplan.core.money.Decimals.plain(c.hoursEach()) + " h"
                        + (c.hoursEach().compareTo(HOURS_PER_MONTH) == 0 ? "" : " each on average (scaled with the load)"))
                .put("backup_gb_months", c.backupGb(), dev.cloudplan.core.money.Decimals.plain(c.backupGb())
                        + " GB of backups");
    }

    @Override
    public boolean changesIn(Config c, int month) {
        return Commitments.changesIn(c.purchase(), month);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes base = Attributes.of("cacheEngine", cacheEngine(c.engine()), "instanceType", c.instanceType());
        // On-demand keys carry no purchase attributes (the catalog's rows have none); reserved ones carry the term.
        Attributes node = c.purchase().isCommitment() ? c.purchase().attributes(base) : base;
        List<Charge> out = new ArrayList<>();
        out.add(Charge.of("Cache nodes (" + cacheEngine(c.engine()) + ", " + (c.purchase().isCommitment() ? c.purchase()
                + ", " : "") + c.instanceType() + ")",
                "AmazonElastiCache", NODE_HOURS, node, "instance_type", u.get("node_hours"), "Hrs",
                u.formula("node_hours")));
        out.addAll(Commitments.upfront(c.purchase(), "AmazonElastiCache", node, c.nodes(), month,
                "Upfront (" + c.purchase() + ", " + c.nodes() + " nodes)"));
        if (u.get("backup_gb_months").signum() > 0) {
            out.add(Charge.of("Backup storage", "AmazonElastiCache", "backup-storage", Attributes.NONE, "backup",
                    u.get("backup_gb_months"), "GB-Mo", u.formula("backup_gb_months")));
        }
        return out;
    }
}

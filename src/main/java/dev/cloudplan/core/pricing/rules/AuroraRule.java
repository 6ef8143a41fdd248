package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aurora provisioned clusters (PostgreSQL- or MySQL-compatible): instance-hours of the writer and readers (on demand
 * or reserved), the cluster volume per GB-month and, for Aurora Standard only, I/O requests (I/O-Optimized has higher
 * instance and storage prices and no I/O charge); backups beyond the free amount, backtrack and snapshot export
 * ({@link AuroraExtras}); and an Aurora Global Database's secondary regions: their instances and storage at their own
 * prices, the replicated write I/Os and the writes' transfer to each.
 */
public final class AuroraRule implements PricingRule<AuroraRule.Config> {
    /** Configuration of a cluster; null storage = auto. */
    public record Config(String engine, String storageConfiguration, String instanceType, int instances,
            BigDecimal storageGb, BigDecimal iosPerQuery, PurchaseOption purchase, List<String> globalRegions,
            int secondaryInstances, AuroraExtras extras, ExtendedSupport extendedSupport)
            implements dev.cloudplan.core.architecture.Purchasable, dev.cloudplan.core.capacity.RunsInstanceType {
        public Config {
            globalRegions = List.copyOf(globalRegions);
        }

        /** A cluster on an engine version in standard support. */
        public Config(String engine, String storageConfiguration, String instanceType, int instances,
                BigDecimal storageGb, BigDecimal iosPerQuery, PurchaseOption purchase, List<String> globalRegions,
                int secondaryInstances, AuroraExtras extras) {
            this(engine, storageConfiguration, instanceType, instances, storageGb, iosPerQuery, purchase, globalRegions,
                    secondaryInstances, extras, ExtendedSupport.NONE);
        }

        Config with(ExtendedSupport es) {
            return new Config(engine, storageConfiguration, instanceType, instances, storageGb, iosPerQuery, purchase,
                    globalRegions, secondaryInstances, extras, es);
        }

        @Override
        public String unitType() {
            return instanceType;
        }

        @Override
        public String service() {
            return "AmazonRDS";
        }

        @Override
        public Config withPurchase(PurchaseOption p) {
            return new Config(engine, storageConfiguration, instanceType, instances, storageGb, iosPerQuery, p,
                    globalRegions, secondaryInstances, extras, extendedSupport);
        }

        /** Aurora's reserved instances are RDS's: no 3-year No Upfront, no Savings Plans. */
        @Override
        public List<PurchaseOption> commitmentOptions() {
            return RdsRule.Config.COMMITMENTS;
        }

        boolean standard() {
            return storageConfiguration.equals("standard");
        }

        String catalogEngine() {
            return engine.equals("mysql") ? "Aurora MySQL" : "Aurora PostgreSQL";
        }

        String catalogConfiguration() {
            return standard() ? "Standard" : "IOOptimized";
        }
    }

    @Override
    public String type() {
        return "aurora";
    }

    @Override
    public String summary() {
        return "Aurora provisioned: instance-hours, storage, I/O (Standard) or I/O-Optimized, backups, backtrack,"
                + " snapshot export, global database";
    }

    @Override
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>(List.of(
                AuroraExtras.ENGINE, AuroraExtras.CONFIGURATION,
                Setting.of("instance_type", SettingKind.TEXT, null, "DB instance class of every instance, e.g. db.r6g.large"),
                AuroraExtras.INSTANCES, AuroraExtras.STORAGE, AuroraExtras.IOS_PER_QUERY,
                Setting.of("purchase", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, "on-demand or reserved 1yr|3yr"
                        + " <payment> (no 3-year No Upfront)"),
                Setting.of("global_regions", SettingKind.TEXT, "none", "Aurora Global Database: the secondary regions,"
                        + " comma-separated (us-west-2, eu-west-1); none for a cluster in one region"),
                Setting.of("secondary_instances", SettingKind.COUNT, BigDecimal.ONE, "instances of the same class in"
                        + " each secondary region (0: a headless secondary, storage only)"),
                ExtendedSupport.PHASE, ExtendedSupport.VERSION));
        out.addAll(AuroraExtras.SETTINGS);
        return out;
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("instance_hours", "Hrs");
        keys.put("storage_gb_months", "GB-Mo");
        keys.put("io_requests", "IOs");
        keys.putAll(AuroraExtras.USAGE_KEYS);
        keys.put("secondary_instance_hours", "Hrs");
        keys.put("replicated_write_ios", "IOs");
        keys.put("global_transfer_gb", "GB");
        keys.put(dev.cloudplan.core.capacity.PlannedComponent.INSTANCE_VCPUS, "vCPU");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        List<String> list = RegionList.read(s.text("global_regions"), "global_regions");
        if (s.count("instances") < 1) {
            throw new InvalidSettingException("instances", "an Aurora provisioned cluster has at least its writer",
                    "give instances: 1 or more");
        }
        return new Config(s.text("engine"), s.text("storage_configuration"), s.text("instance_type"), s.count("instances"),
                s.numberOrAuto("storage"), s.number("ios_per_query"), RdsRule.reservedOnly(s.purchase("purchase")), list,
                s.count("secondary_instances"), AuroraExtras.read(s), ExtendedSupport.read(s));
    }

    /** Extended Support dates by Aurora engine: aurora-mysql 5.7 and 8.0, aurora-postgresql 11 to 18. */
    @Override
    public Config bound(Config c, dev.cloudplan.core.pricing.RuleData data) {
        return c.with(c.extendedSupport().bound("aurora-" + c.engine(), data));
    }

    @Override
    public Config inMonth(Config c, java.time.YearMonth calendar, Assumptions assumptions) {
        return c.with(c.extendedSupport().inMonth(calendar, assumptions));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal storage = c.storageGb() != null ? c.storageGb() : w.get(Driver.STORED_DATA)
                .orElseThrow(() -> new MissingWorkloadException(Driver.STORED_DATA, "an aurora component"));
        BigDecimal reads = w.get(Driver.DB_READS).orElse(BigDecimal.ZERO);
        BigDecimal writes = w.get(Driver.DB_WRITES).orElse(BigDecimal.ZERO);
        if (w.get(Driver.DB_READS).isEmpty() || w.get(Driver.DB_WRITES).isEmpty()) {
            assumptions.add("Aurora I/O: workload.database.reads or writes not given; taken as 0.");
        }
        Usage u = new Usage()
                .put("instance_hours", BigDecimal.valueOf(c.instances()).multiply(HOURS_PER_MONTH), c.instances()
                        + " instances x 730 h")
                .put("storage_gb_months", storage, Decimals.plain(storage) + " GB cluster volume")
                .put("io_requests", c.standard() ? reads.add(writes).multiply(c.iosPerQuery()) : BigDecimal.ZERO,
                        c.standard() ? "(" + Decimals.plain(reads) + " reads + " + Decimals.plain(writes) + " writes) x "
                                + Decimals.plain(c.iosPerQuery()) + " I/O" : "I/O-Optimized: no I/O charge");
        c.extras().usage(u, storage);
        if (!c.globalRegions().isEmpty()) {
            String per = " in each secondary region (" + String.join(", ", c.globalRegions()) + ")";
            BigDecimal kb = w.itemKb(Driver.DB_WRITES).orElse(BigDecimal.ONE);
            u.put("secondary_instance_hours", BigDecimal.valueOf(c.secondaryInstances()).multiply(HOURS_PER_MONTH),
                    c.secondaryInstances() + " instances x 730 h" + per);
            u.put("replicated_write_ios", writes.multiply(c.iosPerQuery()), Decimals.plain(writes) + " writes x "
                    + Decimals.plain(c.iosPerQuery()) + " I/O, replicated to each secondary region");
            u.put("global_transfer_gb", writes.multiply(kb).divide(BillingConventions.KB_PER_GB, BillingConventions.DIVISION),
                    Decimals.plain(writes) + " writes x " + Decimals.plain(kb) + " KB / 1,048,576 KB per GB, to each"
                            + " secondary region");
            assumptions.add("Aurora Global Database: each secondary region bills its instances and its copy of the"
                    + " cluster volume at its own prices; every write's I/O is replicated (replicated write I/Os) and"
                    + " its data crosses to it (" + Decimals.plain(kb) + " KB a write, log overhead not counted).");
        }
        return u;
    }

    @Override
    public boolean changesIn(Config c, int month) {
        return Commitments.changesIn(c.purchase(), month);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        Attributes instance = instanceAttributes(c);
        out.add(Charge.of("Aurora instances (" + c.catalogEngine() + ", " + c.catalogConfiguration() + ", " + c.purchase()
                + ", " + c.instances() + " x " + c.instanceType() + ")", "AmazonRDS", "instance-hours", instance,
                "instance_type", u.get("instance_hours"), "Hrs", u.formula("instance_hours")));
        out.addAll(Commitments.upfront(c.purchase(), "AmazonRDS", instance, c.instances(), month,
                "Upfront (" + c.purchase() + ", " + c.instances() + " x " + c.instanceType() + ")"));
        Attributes storage = Attributes.of("storageConfiguration", c.catalogConfiguration());
        out.add(Charge.of("Aurora storage (" + c.catalogConfiguration() + ")", "AmazonRDS", "aurora-storage", storage,
                "storage_configuration", u.get("storage_gb_months"), "GB-Mo", u.formula("storage_gb_months")));
        if (c.standard()) {
            out.add(Charge.of("Aurora I/O requests", "AmazonRDS", "aurora-io", Attributes.NONE, "ios_per_query",
                    u.get("io_requests"), "IOs", u.formula("io_requests")));
        }
        out.addAll(c.extras().charges(u));
        out.addAll(c.extendedSupport().charges(c.catalogEngine(), u, c.instanceType(), c.instances(), "instances"));
        for (String region : c.globalRegions()) {
            if (c.secondaryInstances() > 0) {
                c.extendedSupport().charges(c.catalogEngine(), u, c.instanceType(), c.secondaryInstances(),
                        "instances in " + region).forEach(x -> out.add(x.inRegion(region)));
            }
            if (c.secondaryInstances() > 0) {
                out.add(Charge.of("Secondary instances (" + region + ", " + c.secondaryInstances() + " x "
                        + c.instanceType() + ")", "AmazonRDS", "instance-hours", instance, "secondary_instances",
                        u.get("secondary_instance_hours"), "Hrs", u.formula("secondary_instance_hours")).inRegion(region));
            }
            out.add(Charge.of("Secondary storage (" + region + ")", "AmazonRDS", "aurora-storage", storage,
                    "global_regions", u.get("storage_gb_months"), "GB-Mo", u.formula("storage_gb_months"))
                    .inRegion(region));
            out.add(Charge.of("Replicated write I/Os (to " + region + ")", "AmazonRDS", "aurora-global-replicated-io",
                    Attributes.NONE, "global_regions", u.get("replicated_write_ios"), "IOs", u.formula("replicated_write_ios")));
            out.add(Charge.of("Replication to " + region + " (cross-region data transfer)", "AWSDataTransfer",
                    "inter-region", Attributes.of("toRegion", region), "global_regions", u.get("global_transfer_gb"), "GB",
                    u.formula("global_transfer_gb")));
        }
        return out;
    }

    private static Attributes instanceAttributes(Config c) {
        return c.purchase().attributes(Attributes.of("databaseEngine", c.catalogEngine(), "deploymentOption",
                "Single-AZ", "instanceType", c.instanceType(), "storageConfiguration", c.catalogConfiguration()));
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.capacity.DatabaseWork;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.ServesQueries;
import dev.cloudplan.core.capacity.Sizing;
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
 * Amazon RDS for MySQL, PostgreSQL and MariaDB: instance-hours (Single-AZ or Multi-AZ, whose price already
 * covers the standby), General Purpose storage, and backup storage beyond the free amount. Backup
 * storage is free up to 100% of the provisioned storage, so a 50 GB database with 40 GB of backups
 * pays nothing for them; only the excess is billed.
 */
public final class RdsRule implements PricingRule<RdsRule.Config> {
    /** Minimum General Purpose storage RDS allocates for MySQL, PostgreSQL and MariaDB. */
    static final BigDecimal MIN_STORAGE_GB = new BigDecimal("20");

    /** Configuration of one RDS DB instance (with its standby when Multi-AZ). */
    public record Config(String engine, String instanceType, boolean multiAz, BigDecimal storageGb, String volumeType,
            BigDecimal backupGb, PurchaseOption purchase, Sizing sizing, DatabaseWork dbWork, int readReplicas,
            Options options) implements ServesQueries, dev.cloudplan.core.architecture.Purchasable {
        /** RDS sells reserved terms only, and No Upfront for 1 year only (see configure). */
        static final List<PurchaseOption> COMMITMENTS = java.util.stream.Stream.of("reserved 1yr no-upfront",
                "reserved 1yr partial-upfront", "reserved 1yr all-upfront", "reserved 3yr partial-upfront",
                "reserved 3yr all-upfront").map(PurchaseOption::parse).toList();

        @Override
        public Config withPurchase(PurchaseOption p) {
            return new Config(engine, instanceType, multiAz, storageGb, volumeType, backupGb, p, sizing, dbWork,
                    readReplicas, options);
        }

        @Override
        public List<PurchaseOption> commitmentOptions() {
            return COMMITMENTS;
        }

        /** An instance sized as given, with the documented work per query and no read replica. */
        public Config(String engine, String instanceType, boolean multiAz, BigDecimal storageGb, String volumeType,
                BigDecimal backupGb, PurchaseOption purchase) {
            this(engine, instanceType, multiAz, storageGb, volumeType, backupGb, purchase, Sizing.FIXED,
                    new DatabaseWork(DatabaseWork.DEFAULT_CPU_MS, DatabaseWork.DEFAULT_POOL, DatabaseWork.DEFAULT_IO_PER_READ),
                    0);
        }

        /** General Purpose storage at its baseline, in one region, without the options. */
        public Config(String engine, String instanceType, boolean multiAz, BigDecimal storageGb, String volumeType,
                BigDecimal backupGb, PurchaseOption purchase, Sizing sizing, DatabaseWork dbWork, int readReplicas) {
            this(engine, instanceType, multiAz, storageGb, volumeType, backupGb, purchase, sizing, dbWork, readReplicas,
                    Options.none(volumeType));
        }

        @Override
        public Config withReadReplicas(int n) {
            return new Config(engine, instanceType, multiAz, storageGb, volumeType, backupGb, purchase, sizing, dbWork, n,
                    options);
        }

        @Override
        public Config withMultiAz() {
            return new Config(engine, instanceType, true, storageGb, volumeType, backupGb, purchase, sizing, dbWork,
                    readReplicas, options);
        }

        /** A Multi-AZ DB cluster's two standbys serve reads too. */
        @Override
        public int readers() {
            return 1 + readReplicas + (options.multiAzCluster() ? 2 : 0);
        }

        @Override
        public BigDecimal provisionedIops() {
            return options.storage().type().equals("gp2") || options.storage().type().equals("magnetic") ? null
                    : options.storage().sustainedIops(storageGb != null ? storageGb : BigDecimal.ZERO);
        }

        @Override
        public String unitType() {
            return instanceType;
        }

        @Override
        public int units() {
            return 1;
        }

        @Override
        public String service() {
            return "AmazonRDS";
        }

        @Override
        public Config sized(String type, int peakUnits, BigDecimal hoursEach) {
            return new Config(engine, type, multiAz, storageGb, volumeType, backupGb, purchase, sizing, dbWork,
                    readReplicas, options);
        }

        @Override
        public BigDecimal hoursEach() {
            return HOURS_PER_MONTH;
        }

        @Override
        public BigDecimal allocatedGb() {
            return storageGb;
        }

        String engineName() {
            return switch (engine) {
                case "postgresql" -> "PostgreSQL";
                case "mariadb" -> "MariaDB";
                default -> "MySQL";
            };
        }

        String deployment() {
            return options.multiAzCluster() ? CLUSTER : multiAz ? "Multi-AZ" : "Single-AZ";
        }

        /** DB instances billed per vCPU: the primary, its standby or two, and the read replicas. */
        int instances() {
            return (options.multiAzCluster() ? 3 : multiAz ? 2 : 1) + readReplicas;
        }
    }

    /**
     * The options beyond the instance and its General Purpose storage.
     *
     * @param storage                 the storage type with its IOPS, throughput or I/O requests
     * @param multiAzCluster          a Multi-AZ DB cluster: a writer and two readable standbys in three AZs
     * @param replicaRegion           the region of the read replicas; null for the primary's own
     * @param insightsRetentionMonths Performance Insights retention beyond the free 7 days, in months; 0 for none
     * @param extendedSupport         RDS Extended Support: a stated phase, or the engine version whose dates give it
     */
    public record Options(RdsStorage storage, boolean multiAzCluster, String replicaRegion, int insightsRetentionMonths,
            ExtendedSupport extendedSupport) {
        /** Options with Extended Support stated as a phase (none, year-1-2, year-3) for the whole projection. */
        public Options(RdsStorage storage, boolean multiAzCluster, String replicaRegion, int insightsRetentionMonths,
                String extendedSupport) {
            this(storage, multiAzCluster, replicaRegion, insightsRetentionMonths, ExtendedSupport.stated(extendedSupport));
        }

        static Options none(String volumeType) {
            return new Options(RdsStorage.generalPurpose(volumeType), false, null, 0, ExtendedSupport.NONE);
        }

        Options with(ExtendedSupport es) {
            return new Options(storage, multiAzCluster, replicaRegion, insightsRetentionMonths, es);
        }
    }

    /** The configuration with other options (Extended Support bound to its dates, or to a month). */
    static Config withOptions(Config c, Options o) {
        return new Config(c.engine(), c.instanceType(), c.multiAz(), c.storageGb(), c.volumeType(), c.backupGb(),
                c.purchase(), c.sizing(), c.dbWork(), c.readReplicas(), o);
    }

    @Override
    public Config bound(Config c, dev.cloudplan.core.pricing.RuleData data) {
        return withOptions(c, c.options().with(c.options().extendedSupport().bound(c.engine(), data)));
    }

    @Override
    public Config inMonth(Config c, java.time.YearMonth calendar, Assumptions assumptions) {
        return withOptions(c, c.options().with(c.options().extendedSupport().inMonth(calendar, assumptions)));
    }

    /** The Price List's deploymentOption of a Multi-AZ DB cluster (two readable standbys). */
    static final String CLUSTER = "Multi-AZ (readable standbys)";

    @Override
    public String type() {
        return "rds";
    }

    @Override
    public String summary() {
        return "RDS for MySQL, PostgreSQL or MariaDB: instance-hours, storage by type, IOPS, backups, replicas,"
                + " Performance Insights, Extended Support";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("engine", "mysql", List.of("mysql", "postgresql", "mariadb"), "database engine"),
                Setting.of("instance_type", SettingKind.TEXT, null,
                        "DB instance class, e.g. db.t4g.medium; auto = the cheapest that carries the peak").orAuto(),
                Setting.of("multi_az", SettingKind.BOOLEAN, Boolean.FALSE, "a synchronous standby in a second AZ"),
                Setting.of("multi_az_cluster", SettingKind.BOOLEAN, Boolean.FALSE, "a Multi-AZ DB cluster: a writer"
                        + " and two readable standbys in three AZs (MySQL and PostgreSQL)"),
                Setting.of("read_replicas", SettingKind.COUNT, BigDecimal.ZERO, "read replicas, each a Single-AZ DB instance of the"
                        + " same class, engine and storage, bought like the primary; reads spread evenly over all"),
                Setting.of("replica_region", SettingKind.TEXT, SAME_REGION, "the region of the read replicas: same, or"
                        + " a region code such as us-west-2 (billed at that region's prices, plus the writes' transfer)"),
                Setting.of("storage", SettingKind.GIGABYTES, Setting.AUTO,
                        "allocated storage; auto = the workload's stored data, at least 20 GB"),
                Setting.choice("volume_type", "gp3", RdsStorage.TYPES, "storage type: gp3, gp2, io1, io2 or magnetic"),
                Setting.of("iops", SettingKind.NUMBER, Setting.AUTO, "provisioned IOPS: gp3 from 400 GB (above the"
                        + " included 12,000 billed), io1 and io2 (required, all billed); auto = gp3's baseline"),
                Setting.of("throughput", SettingKind.NUMBER, Setting.AUTO, "gp3 from 400 GB: MiB/s, those above the"
                        + " included 500 billed; auto = the baseline").onlyWhen("volume_type", "gp3"),
                Setting.of("io_requests", SettingKind.NUMBER, RdsStorage.DEFAULT_IO_REQUESTS,
                        "magnetic: I/O requests a month").onlyWhen("volume_type", "magnetic"),
                Setting.of("backup", SettingKind.GIGABYTES, Setting.AUTO,
                        "backup storage kept; auto = as much as the allocated storage (all of it free)"),
                Setting.of("performance_insights", SettingKind.COUNT, BigDecimal.ZERO, "Performance Insights retention"
                        + " in months beyond the free 7 days (1 to 24), billed per vCPU of the primary; 0 = the free tier"),
                ExtendedSupport.PHASE, ExtendedSupport.VERSION,
                Setting.of("purchase", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, PurchaseOption.SYNTAX));
    }

    static final String SAME_REGION = "same";

    /**
     * RDS and Aurora sell Reserved Instances, not EC2 Savings Plans or spot, and No Upfront only for 1 year
     * (https://aws.amazon.com/rds/reserved-instances/, read 2026-11-23): refuses the rest.
     */
    static PurchaseOption reservedOnly(PurchaseOption purchase) {
        if (purchase.kind() == PurchaseOption.Kind.SPOT) {
            throw new InvalidSettingException("purchase", "RDS has no spot instances", "use on-demand or reserved 1yr|3yr <payment>");
        }
        if (purchase.kind() == PurchaseOption.Kind.COMPUTE_SAVINGS_PLAN
                || purchase.kind() == PurchaseOption.Kind.EC2_INSTANCE_SAVINGS_PLAN) {
            throw new InvalidSettingException("purchase", "RDS instances are not covered by EC2 Savings Plans",
                    "use on-demand or reserved 1yr|3yr <payment>");
        }
        if (purchase.kind() == PurchaseOption.Kind.RESERVED && purchase.termYears() == 3
                && purchase.payment() == PurchaseOption.Payment.NO_UPFRONT) {
            throw new InvalidSettingException("purchase", "RDS offers No Upfront reserved instances for 1-year terms only",
                    "use reserved 3yr partial-upfront, reserved 3yr all-upfront or reserved 1yr no-upfront");
        }
        return purchase;
    }

    private static final String REPLICA = "replica_";

    @Override
    public List<Setting> capacitySettings() {
        List<Setting> out = new ArrayList<>(Sizing.typeSettings());
        out.addAll(DatabaseWork.settings());
        return out;
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("instance_hours", "Hrs");
        keys.put("storage_gb_months", "GB-Mo");
        keys.put("backup_gb_months", "GB-Mo");
        keys.put("replica_hours", "Hrs");
        keys.put("replica_storage_gb_months", "GB-Mo");
        keys.put("iops_months", "IOPS-Mo");
        keys.put("throughput_mibps_months", "MiBps-Mo");
        keys.put("io_requests", "IOs");
        keys.put(REPLICA + "iops_months", "IOPS-Mo");
        keys.put(REPLICA + "throughput_mibps_months", "MiBps-Mo");
        keys.put(REPLICA + "io_requests", "IOs");
        keys.put("replica_transfer_gb", "GB");
        keys.put(PlannedComponent.INSTANCE_VCPUS, "vCPU");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        PurchaseOption purchase = reservedOnly(s.purchase("purchase"));
        RdsStorage storage = new RdsStorage(s.text("volume_type"), s.numberOrAuto("iops"), s.has("throughput")
                ? s.numberOrAuto("throughput") : null, s.has("io_requests") ? s.number("io_requests")
                : RdsStorage.DEFAULT_IO_REQUESTS).checked();
        boolean cluster = s.flag("multi_az_cluster");
        if (cluster && s.flag("multi_az")) {
            throw new InvalidSettingException("multi_az_cluster", "a DB instance is either Multi-AZ (one standby) or a"
                    + " Multi-AZ DB cluster (two readable standbys), not both", "remove multi_az or multi_az_cluster");
        }
        if (cluster && s.text("engine").equals("mariadb")) {
            throw new InvalidSettingException("multi_az_cluster", "Multi-AZ DB clusters run MySQL and PostgreSQL only",
                    "use engine mysql or postgresql, or multi_az: true");
        }
        int insights = s.count("performance_insights");
        if (insights > 24) {
            throw new InvalidSettingException("performance_insights", "Performance Insights keeps at most 24 months",
                    "give 1 to 24 months, or 0 for the free 7 days");
        }
        String replicaRegion = s.text("replica_region").trim().toLowerCase(java.util.Locale.ROOT);
        if (!replicaRegion.equals(SAME_REGION) && !RegionList.isCode(replicaRegion)) {
            throw new InvalidSettingException("replica_region", "'" + replicaRegion + "' is not a region code",
                    "write same, or a code such as us-west-2");
        }
        if (s.numberOrAuto("storage") != null) {
            storage.checkSize(s.numberOrAuto("storage"));
        }
        return new Config(s.text("engine"), s.text("instance_type"), s.flag("multi_az"), s.numberOrAuto("storage"),
                s.text("volume_type"), s.numberOrAuto("backup"), purchase, Sizing.read(s, "instance_type", null),
                DatabaseWork.read(s), s.count("read_replicas"), new Options(storage, cluster,
                        replicaRegion.equals(SAME_REGION) ? null : replicaRegion, insights, ExtendedSupport.read(s)));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        BigDecimal storage;
        String storageFormula;
        if (c.storageGb() != null) {
            storage = c.storageGb();
            storageFormula = storage.toPlainString() + " GB allocated";
        } else {
            // Allocated storage can grow but never shrink, and must hold the data at its largest so far.
            BigDecimal stored = w.peak(Driver.STORED_DATA).orElse(BigDecimal.ZERO);
            if (w.get(Driver.STORED_DATA).isEmpty()) {
                assumptions.add("RDS storage: workload.database.stored not given; allocating the 20 GB minimum.");
            }
            storage = stored.max(MIN_STORAGE_GB);
            storageFormula = "max(most data stored so far " + stored.toPlainString() + " GB, 20 GB minimum)";
        }
        BigDecimal backup;
        String backupFormula;
        if (c.backupGb() != null) {
            backup = c.backupGb();
            backupFormula = backup.toPlainString() + " GB of backups";
        } else {
            backup = storage;
            backupFormula = "backups assumed as large as the " + storage.toPlainString() + " GB allocated";
            assumptions.add("RDS backup storage: assumed equal to the allocated storage, which AWS does not charge for"
                    + " (backup storage is free up to 100% of provisioned storage); set 'backup' to price more.");
        }
        RdsStorage type = c.options().storage();
        type.checkSize(storage);
        if (type.type().equals("magnetic")) {
            assumptions.add("RDS magnetic storage: " + Decimals.plain(type.ioRequests()) + " I/O requests a month"
                    + (type.ioRequests().compareTo(RdsStorage.DEFAULT_IO_REQUESTS) == 0 ? " (default; state io_requests)"
                    : "") + " (CloudWatch ReadIOPS + WriteIOPS of a database like it give the real figure).");
        }
        Usage usage = new Usage()
                .put("instance_hours", HOURS_PER_MONTH, "1 instance x 730 h" + (c.options().multiAzCluster()
                        ? " (the Multi-AZ DB cluster price covers the writer and its two readable standbys)"
                        : c.multiAz() ? " (Multi-AZ price includes the standby)" : ""))
                .put("storage_gb_months", storage, storageFormula)
                .put("backup_gb_months", backup, backupFormula);
        if (c.readReplicas() > 0) {
            // A replica is a DB instance of its own: its hours and its storage are billed like a Single-AZ primary's;
            // it keeps no automated backups unless asked (RDS User Guide, "Working with DB instance read replicas").
            BigDecimal n = BigDecimal.valueOf(c.readReplicas());
            usage.put("replica_hours", n.multiply(HOURS_PER_MONTH), c.readReplicas() + " read replicas x 730 h")
                    .put("replica_storage_gb_months", n.multiply(storage), c.readReplicas() + " read replicas x "
                            + storage.toPlainString() + " GB allocated each");
        }
        type.usage(usage, "", BigDecimal.ONE, storage, "1 " + (c.options().multiAzCluster() ? "cluster volume"
                : "instance"));
        if (c.readReplicas() > 0) {
            type.usage(usage, REPLICA, BigDecimal.valueOf(c.readReplicas()), storage, c.readReplicas() + " read replicas");
        }
        RdsExtras.transfer(c, w, usage, assumptions);
        return usage;
    }

    @Override
    public boolean changesIn(Config c, int month) {
        return Commitments.changesIn(c.purchase(), month);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        Attributes instance = c.purchase().attributes(Attributes.of("databaseEngine", c.engineName(),
                "deploymentOption", c.deployment(), "instanceType", c.instanceType()));
        out.add(Charge.of("DB instance (" + c.engineName() + ", " + c.deployment() + ", " + c.purchase() + ", "
                + c.instanceType() + ")", "AmazonRDS", "instance-hours", instance, "instance_type",
                u.get("instance_hours"), "Hrs", u.formula("instance_hours")));
        out.addAll(Commitments.upfront(c.purchase(), "AmazonRDS", instance, 1, month,
                "Upfront (" + c.purchase() + ", " + c.instanceType() + ")"));
        out.add(Charge.of("Storage (" + c.volumeType() + ", " + c.deployment() + ")", "AmazonRDS", "storage",
                Attributes.of("databaseEngine", c.engineName(), "deploymentOption", c.deployment(), "volumeType",
                        c.volumeType()), "volume_type", u.get("storage_gb_months"), "GB-Mo", u.formula("storage_gb_months")));
        BigDecimal storage = u.get("storage_gb_months");
        out.add(Charge.of("Backup storage", "AmazonRDS", "backup-storage", Attributes.NONE, "backup",
                u.get("backup_gb_months"), "GB-Mo", u.formula("backup_gb_months"))
                .withIncluded(storage, "backup storage up to the provisioned " + storage.toPlainString() + " GB is free"));
        if (c.readReplicas() > 0) {
            Attributes replica = c.purchase().attributes(Attributes.of("databaseEngine", c.engineName(),
                    "deploymentOption", "Single-AZ", "instanceType", c.instanceType()));
            out.add(Charge.of("Read replicas (" + c.readReplicas() + " x " + c.instanceType() + ", Single-AZ, "
                    + (c.options().replicaRegion() != null ? c.options().replicaRegion() + ", " : "")
                    + c.purchase() + ")", "AmazonRDS", "instance-hours", replica, "read_replicas",
                    u.get("replica_hours"), "Hrs", u.formula("replica_hours")).inRegion(c.options().replicaRegion()));
            Commitments.upfront(c.purchase(), "AmazonRDS", replica, c.readReplicas(), month, "Upfront ("
                    + c.purchase() + ", " + c.readReplicas() + " read replicas)")
                    .forEach(x -> out.add(x.inRegion(c.options().replicaRegion())));
            out.add(Charge.of("Read replica storage (" + c.volumeType() + ", Single-AZ)", "AmazonRDS", "storage",
                    Attributes.of("databaseEngine", c.engineName(), "deploymentOption", "Single-AZ", "volumeType",
                            c.volumeType()), "read_replicas", u.get("replica_storage_gb_months"), "GB-Mo",
                    u.formula("replica_storage_gb_months")).inRegion(c.options().replicaRegion()));
        }
        out.addAll(c.options().storage().charges(u, "", c.engineName(), c.deployment(), null, c.deployment()));
        if (c.readReplicas() > 0) {
            c.options().storage().charges(u, REPLICA, c.engineName(), "Single-AZ", "read_replicas", "read replicas")
                    .forEach(x -> out.add(x.inRegion(c.options().replicaRegion())));
        }
        out.addAll(RdsExtras.charges(c, u));
        return out;
    }
}

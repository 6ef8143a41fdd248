package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a DynamoDB table bills besides its throughput and storage: on-demand backups kept, data restored, DynamoDB
 * Streams read request units, the replicas of a global table (each replica region bills the replicated writes, its
 * copy of the storage, and the writes' transfer to it), and reserved capacity for provisioned tables.
 *
 * @param backupGb       on-demand backup storage kept, GB
 * @param restoreGb      data restored from backups or point-in-time recovery a month, GB
 * @param streamReads    Streams read request units a month (GetRecords by other readers than Lambda triggers)
 * @param replicaRegions the other regions of a global table (empty for a table in one region)
 * @param reserved       on-demand, or reserved capacity bought for the provisioned throughput
 */
public record DynamoDbExtras(BigDecimal backupGb, BigDecimal restoreGb, BigDecimal streamReads,
        List<String> replicaRegions, PurchaseOption reserved) {
    public static final DynamoDbExtras NONE = new DynamoDbExtras(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            List.of(), PurchaseOption.ON_DEMAND);

    public DynamoDbExtras {
        replicaRegions = List.copyOf(replicaRegions);
    }

    static final List<Setting> SETTINGS = List.of(
            Setting.of("backups", SettingKind.GIGABYTES, BigDecimal.ZERO, "on-demand backup storage kept (every"
                    + " backup is a full copy of the table at the time)"),
            Setting.of("restores", SettingKind.GIGABYTES, BigDecimal.ZERO, "data restored a month from backups or"
                    + " point-in-time recovery"),
            Setting.of("stream_reads", SettingKind.NUMBER, BigDecimal.ZERO, "DynamoDB Streams read request units a"
                    + " month (GetRecords calls; those by Lambda triggers are free)"),
            Setting.of("replica_regions", SettingKind.TEXT, "none", "global table: the other regions holding a"
                    + " replica, comma-separated (us-west-2, eu-west-1); none for a table in one region"),
            Setting.of("reserved_capacity", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, "provisioned capacity"
                    + " bought as reserved capacity: on-demand, or reserved 1yr|3yr partial-upfront")
                    .onlyWhen("billing", "provisioned"));

    static final Map<String, String> USAGE_KEYS = new LinkedHashMap<>();

    static {
        USAGE_KEYS.put("backup_gb_months", "GB-Mo");
        USAGE_KEYS.put("restore_gb", "GB");
        USAGE_KEYS.put("stream_read_request_units", "StreamsReadRequestUnits");
        USAGE_KEYS.put("replicated_write_request_units", "WriteRequestUnits");
        USAGE_KEYS.put("replicated_write_capacity_unit_hours", "WriteCapacityUnit-Hrs");
        USAGE_KEYS.put("replica_storage_gb_months", "GB-Mo");
        USAGE_KEYS.put("replication_transfer_gb", "GB");
    }

    static DynamoDbExtras read(Settings s) {
        List<String> list = RegionList.read(s.text("replica_regions"), "replica_regions");
        PurchaseOption reserved = s.has("reserved_capacity") ? s.purchase("reserved_capacity") : PurchaseOption.ON_DEMAND;
        // DynamoDB pricing page, reserved capacity: a one-time upfront fee and an hourly fee for the term, 1 or 3 years.
        if (reserved.kind() != PurchaseOption.Kind.ON_DEMAND && (reserved.kind() != PurchaseOption.Kind.RESERVED
                || reserved.payment() != PurchaseOption.Payment.PARTIAL_UPFRONT)) {
            throw new InvalidSettingException("reserved_capacity", "DynamoDB reserved capacity is an upfront fee plus"
                    + " an hourly fee for 1 or 3 years", "use reserved 1yr partial-upfront or reserved 3yr partial-upfront");
        }
        return new DynamoDbExtras(s.number("backups"), s.number("restores"), s.number("stream_reads"), list, reserved);
    }

    /** The same options for an on-demand table, which reserved capacity does not apply to. */
    DynamoDbExtras onDemand() {
        return withReserved(PurchaseOption.ON_DEMAND);
    }

    /** The same options with the capacity bought another way. */
    DynamoDbExtras withReserved(PurchaseOption p) {
        return new DynamoDbExtras(backupGb, restoreGb, streamReads, replicaRegions, p);
    }

    /** The provisioned capacity's attributes: with the reserved term when bought so. */
    Attributes capacityAttributes(Attributes base) {
        return reserved.isCommitment() ? reserved.attributes(base) : base;
    }

    void usage(DynamoDbRule.Config c, Usage u, BigDecimal storage, WorkloadMonth w, BigDecimal writeUnits,
            Assumptions assumptions) {
        u.put("backup_gb_months", backupGb, Decimals.plain(backupGb) + " GB of on-demand backups kept");
        u.put("restore_gb", restoreGb, Decimals.plain(restoreGb) + " GB restored");
        u.put("stream_read_request_units", streamReads, Decimals.plain(streamReads) + " Streams read request units");
        if (replicaRegions.isEmpty()) {
            return;
        }
        String per = " per replica region (" + String.join(", ", replicaRegions) + ")";
        if (c.provisioned()) {
            u.put("replicated_write_capacity_unit_hours", u.get("write_capacity_unit_hours"), "the table's "
                    + u.formula("write_capacity_unit_hours") + ", provisioned again" + per);
        } else {
            u.put("replicated_write_request_units", writeUnits, u.formula("write_request_units") + per);
        }
        u.put("replica_storage_gb_months", storage, Decimals.plain(storage) + " GB copy of the table" + per);
        BigDecimal writes = w.get(Driver.DB_WRITES).orElse(BigDecimal.ZERO);
        BigDecimal kb = w.itemKb(Driver.DB_WRITES).orElse(BigDecimal.ONE);
        u.put("replication_transfer_gb", writes.multiply(kb).divide(BillingConventions.KB_PER_GB,
                BillingConventions.DIVISION), Decimals.plain(writes) + " writes x " + Decimals.plain(kb) + " KB / 1,048,576"
                + " KB per GB" + per);
        assumptions.add("DynamoDB global table: every write is replicated to " + replicaRegions.size() + " other"
                + " region(s), each billing replicated writes, its copy of the storage and the transfer at its own or"
                + " the link's prices; reads are taken to stay in the table's region.");
    }

    List<Charge> charges(DynamoDbRule.Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        if (reserved.isCommitment() && c.provisioned()) {
            int rcu = units(u.get("read_capacity_unit_hours"));
            int wcu = units(u.get("write_capacity_unit_hours"));
            out.addAll(Commitments.upfront(reserved, "AmazonDynamoDB", reserved.attributes(Attributes.of("unit", "RCU",
                    "tableClass", c.catalogTableClass())), rcu, month, "Reserved read capacity upfront (" + rcu + " RCU)"));
            out.addAll(Commitments.upfront(reserved, "AmazonDynamoDB", reserved.attributes(Attributes.of("unit", "WCU",
                    "tableClass", c.catalogTableClass())), wcu, month, "Reserved write capacity upfront (" + wcu + " WCU)"));
        }
        if (u.get("backup_gb_months").signum() > 0) {
            out.add(Charge.of("On-demand backups", "AmazonDynamoDB", "on-demand-backup", Attributes.NONE, "backups",
                    u.get("backup_gb_months"), "GB-Mo", u.formula("backup_gb_months")));
        }
        if (u.get("restore_gb").signum() > 0) {
            out.add(Charge.of("Restores", "AmazonDynamoDB", "restore", Attributes.NONE, "restores", u.get("restore_gb"),
                    "GB", u.formula("restore_gb")));
        }
        if (u.get("stream_read_request_units").signum() > 0) {
            out.add(Charge.of("Streams read request units", "AmazonDynamoDB", "streams-read-request-units",
                    Attributes.NONE, "stream_reads", u.get("stream_read_request_units"), "StreamsReadRequestUnits",
                    u.formula("stream_read_request_units")));
        }
        for (String region : replicaRegions) {
            out.addAll(replica(c, u, region));
        }
        return out;
    }

    private static List<Charge> replica(DynamoDbRule.Config c, Usage u, String region) {
        String cls = c.catalogTableClass();
        List<Charge> out = new ArrayList<>();
        if (c.provisioned()) {
            out.add(Charge.of("Replicated write capacity (" + region + ")", "AmazonDynamoDB",
                    "replicated-write-capacity-unit-hours", Attributes.of("capacityMode", "Provisioned", "tableClass", cls),
                    "replica_regions", u.get("replicated_write_capacity_unit_hours"), "WriteCapacityUnit-Hrs",
                    u.formula("replicated_write_capacity_unit_hours")).inRegion(region));
        } else {
            out.add(Charge.of("Replicated write request units (" + region + ")", "AmazonDynamoDB",
                    "replicated-write-request-units", Attributes.of("capacityMode", "OnDemand", "tableClass", cls),
                    "replica_regions", u.get("replicated_write_request_units"), "WriteRequestUnits",
                    u.formula("replicated_write_request_units")).inRegion(region));
        }
        out.add(Charge.of("Replica storage (" + region + ")", "AmazonDynamoDB", "storage", Attributes.of("tableClass", cls),
                "replica_regions", u.get("replica_storage_gb_months"), "GB-Mo", u.formula("replica_storage_gb_months"))
                .inRegion(region));
        out.add(Charge.of("Replication to " + region + " (cross-region data transfer)", "AWSDataTransfer", "inter-region",
                Attributes.of("toRegion", region), "replica_regions", u.get("replication_transfer_gb"), "GB",
                u.formula("replication_transfer_gb")));
        return out;
    }

    /** The capacity units held through the month, from their unit-hours. */
    private static int units(BigDecimal unitHours) {
        return unitHours.divide(HOURS_PER_MONTH, 0, RoundingMode.CEILING).intValueExact();
    }
}

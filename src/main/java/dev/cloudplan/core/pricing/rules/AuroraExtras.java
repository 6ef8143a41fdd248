package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an Aurora cluster bills besides its compute, storage and I/O, for provisioned and Serverless v2 clusters alike:
 * backup storage beyond the free amount (as much as the cluster volume), Aurora MySQL backtrack (change records kept,
 * per change-record-hour) and snapshot export to S3 (per GB of snapshot exported).
 *
 * @param backupGb        backup storage kept, GB; null = as much as the cluster volume (all of it free)
 * @param backtrackRecords Aurora MySQL backtrack: change records kept on average; 0 = off
 * @param exportGb        snapshot data exported to S3 a month, GB
 */
record AuroraExtras(BigDecimal backupGb, BigDecimal backtrackRecords, BigDecimal exportGb) {
    /** The settings every Aurora cluster has, provisioned or Serverless v2. */
    static final Setting ENGINE = Setting.choice("engine", "postgresql", List.of("postgresql", "mysql"),
            "Aurora PostgreSQL or Aurora MySQL");
    static final Setting CONFIGURATION = Setting.choice("storage_configuration", "standard",
            List.of("standard", "io-optimized"), "standard (I/O billed per request) or io-optimized (no I/O charge)");
    static final Setting INSTANCES = Setting.of("instances", SettingKind.COUNT, BigDecimal.ONE,
            "instances: the writer plus readers");
    static final Setting STORAGE = Setting.of("storage", SettingKind.GIGABYTES, Setting.AUTO,
            "cluster volume; auto = the workload's stored data");
    static final Setting IOS_PER_QUERY = Setting.of("ios_per_query", SettingKind.NUMBER, BigDecimal.ONE,
            "storage I/O requests per database read or write (cache misses and 4 KB pages)");

    static final List<Setting> SETTINGS = List.of(
            Setting.of("backup", SettingKind.GIGABYTES, Setting.AUTO, "backup storage kept; auto = as much as the"
                    + " cluster volume, which is free"),
            Setting.of("backtrack", SettingKind.NUMBER, BigDecimal.ZERO, "Aurora MySQL backtrack: change records kept"
                    + " on average (the BacktrackChangeRecordsStored metric); 0 = off"),
            Setting.of("snapshot_export", SettingKind.GIGABYTES, BigDecimal.ZERO, "snapshot data exported to S3 a month"));

    static final Map<String, String> USAGE_KEYS = Map.of("backup_gb_months", "GB-Mo", "backtrack_change_record_hours",
            "ChangeRecord-Hrs", "snapshot_export_gb", "GB");

    static AuroraExtras read(Settings s) {
        BigDecimal backtrack = s.number("backtrack");
        if (backtrack.signum() > 0 && !s.text("engine").equals("mysql")) {
            throw new InvalidSettingException("backtrack", "backtrack is an Aurora MySQL feature",
                    "remove backtrack, or use engine: mysql");
        }
        return new AuroraExtras(s.numberOrAuto("backup"), backtrack, s.number("snapshot_export"));
    }

    void usage(Usage u, BigDecimal storageGb) {
        u.put("backup_gb_months", backupGb != null ? backupGb : storageGb, backupGb != null
                ? Decimals.plain(backupGb) + " GB of backups" : "backups assumed as large as the " + Decimals.plain(storageGb)
                + " GB cluster volume (free)");
        u.put("backtrack_change_record_hours", backtrackRecords.multiply(BillingConventions.HOURS_PER_MONTH),
                Decimals.plain(backtrackRecords) + " change records x 730 h");
        u.put("snapshot_export_gb", exportGb, Decimals.plain(exportGb) + " GB of snapshots exported");
    }

    List<Charge> charges(Usage u) {
        List<Charge> out = new ArrayList<>();
        BigDecimal volume = u.get("storage_gb_months");
        // With backup: auto the backups are as large as the volume, all free: no line to show.
        if (backupGb != null) {
            out.add(Charge.of("Aurora backup storage", "AmazonRDS", "aurora-backup-storage", Attributes.NONE, "backup",
                    u.get("backup_gb_months"), "GB-Mo", u.formula("backup_gb_months"))
                    .withIncluded(volume, "backup storage up to the " + Decimals.plain(volume) + " GB cluster volume is free"));
        }
        if (u.get("backtrack_change_record_hours").signum() > 0) {
            out.add(Charge.of("Aurora backtrack", "AmazonRDS", "aurora-backtrack", Attributes.NONE, "backtrack",
                    u.get("backtrack_change_record_hours"), "ChangeRecord-Hrs", u.formula("backtrack_change_record_hours")));
        }
        if (u.get("snapshot_export_gb").signum() > 0) {
            out.add(Charge.of("Aurora snapshot export to S3", "AmazonRDS", "aurora-snapshot-export", Attributes.NONE,
                    "snapshot_export", u.get("snapshot_export_gb"), "GB", u.formula("snapshot_export_gb")));
        }
        return out;
    }
}

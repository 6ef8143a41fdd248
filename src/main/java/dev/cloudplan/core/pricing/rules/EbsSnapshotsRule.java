package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
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
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EBS snapshots on their own (kept after their volumes, copied for disaster recovery): standard snapshot storage, the
 * snapshot archive tier, data restored from the archive, and fast snapshot restore per snapshot and AZ hour.
 */
public final class EbsSnapshotsRule implements PricingRule<EbsSnapshotsRule.Config> {
    /** Configuration: GB kept in each tier, GB restored from the archive a month, fast snapshot restores enabled. */
    public record Config(BigDecimal standardGb, BigDecimal archiveGb, BigDecimal archiveRestoreGb,
            int fastRestores) implements ComponentConfig {}

    @Override
    public String type() {
        return "ebs-snapshots";
    }

    @Override
    public String summary() {
        return "EBS snapshots: standard and archive storage, archive restores, fast snapshot restore";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("snapshots", SettingKind.GIGABYTES, BigDecimal.ZERO, "standard snapshot storage kept"
                        + " (incremental: the changed blocks of every snapshot kept)"),
                Setting.of("archive", SettingKind.GIGABYTES, BigDecimal.ZERO, "snapshot archive tier storage (full"
                        + " snapshots, kept 90 days at least)"),
                Setting.of("archive_restores", SettingKind.GIGABYTES, BigDecimal.ZERO, "data restored from the archive"
                        + " tier a month"),
                Setting.of("fast_restores", SettingKind.COUNT, BigDecimal.ZERO, "fast snapshot restore: snapshot and"
                        + " Availability Zone pairs enabled all month"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("snapshot_gb_months", "GB-Mo");
        keys.put("archive_gb_months", "GB-Mo");
        keys.put("archive_restore_gb", "GB");
        keys.put("fast_restore_hours", "DSU-Hr");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        return new Config(s.number("snapshots"), s.number("archive"), s.number("archive_restores"),
                s.count("fast_restores"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(EbsPricing.SNAPSHOT_ASSUMPTION);
        return new Usage()
                .put("snapshot_gb_months", c.standardGb(), Decimals.plain(c.standardGb()) + " GB of snapshots")
                .put("archive_gb_months", c.archiveGb(), Decimals.plain(c.archiveGb()) + " GB in the archive tier")
                .put("archive_restore_gb", c.archiveRestoreGb(), Decimals.plain(c.archiveRestoreGb())
                        + " GB restored from the archive")
                .put("fast_restore_hours", BigDecimal.valueOf(c.fastRestores()).multiply(
                        BillingConventions.HOURS_PER_MONTH), c.fastRestores()
                        + " snapshot-AZ pairs x 730 h");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>(EbsPricing.snapshots(u, "snapshot_gb_months"));
        add(out, u, "archive_gb_months", "EBS snapshot archive", "ebs-snapshots-archive", "archive", "GB-Mo");
        add(out, u, "archive_restore_gb", "EBS snapshot archive restores", "ebs-snapshots-archive-restore",
                "archive_restores", "GB");
        add(out, u, "fast_restore_hours", "EBS fast snapshot restore", "ebs-fast-snapshot-restore", "fast_restores",
                "DSU-Hr");
        return out;
    }

    private static void add(List<Charge> out, Usage u, String key, String label, String charge, String setting,
            String unit) {
        if (u.get(key).signum() > 0) {
            out.add(Charge.of(label, "AmazonEC2", charge, Attributes.NONE, setting, u.get(key), unit, u.formula(key)));
        }
    }
}

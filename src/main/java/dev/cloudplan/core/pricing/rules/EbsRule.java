package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.money.Decimals;
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
 * EBS volumes on their own (a database's data disks, volumes a Kubernetes cluster claims): GB-months of the type, its
 * provisioned IOPS and throughput, magnetic I/O requests, and snapshot storage, all through {@link EbsPricing}.
 */
public final class EbsRule implements PricingRule<EbsRule.Config> {
    /** Configuration of a group of identical volumes and the snapshot storage kept for all of them. */
    public record Config(EbsVolume volume, BigDecimal ioRequestsEach, BigDecimal snapshotGb) implements ComponentConfig {}

    /** The I/O requests a magnetic volume is assumed to make in a month when none are stated. */
    static final BigDecimal DEFAULT_IO_REQUESTS = new BigDecimal("10000000");
    private static final EbsPricing.Keys KEYS = EbsPricing.Keys.of("volume_");
    private static final String SNAPSHOT_KEY = "snapshot_gb_months";

    @Override
    public String type() {
        return "ebs";
    }

    @Override
    public String summary() {
        return "EBS volumes: storage by type, provisioned IOPS and throughput, magnetic I/O, snapshots";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("volume_type", "gp3", EbsVolume.Type.names(), "EBS volume type"),
                Setting.of("size", SettingKind.GIGABYTES, null, "provisioned size of each volume"),
                Setting.of("count", SettingKind.COUNT, BigDecimal.ONE, "volumes of this size and type"),
                // A NUMBER, not a COUNT: counts stop at 10,000 and volumes provision up to 256,000 IOPS.
                Setting.of("iops", SettingKind.NUMBER, Setting.AUTO, "IOPS per volume: gp3, io1, io2 (io1 and io2: required;"
                        + " auto = gp3's included 3,000)"),
                Setting.of("throughput", SettingKind.NUMBER, EbsVolume.GP3_THROUGHPUT_MIBPS,
                        "gp3: throughput per volume in MiB/s, the first 125 included").onlyWhen("volume_type", "gp3"),
                Setting.of("io_requests", SettingKind.NUMBER, DEFAULT_IO_REQUESTS,
                        "standard (magnetic): I/O requests per volume a month").onlyWhen("volume_type", "standard"),
                Setting.of("snapshots", SettingKind.GIGABYTES, BigDecimal.ZERO,
                        "EBS snapshot storage kept for all the volumes (incremental: the changed blocks of every snapshot kept)"));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        KEYS.addTo(keys);
        keys.put(SNAPSHOT_KEY, "GB-Mo");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        EbsVolume.Type type = EbsVolume.Type.of(s.text("volume_type"));
        EbsVolume volume = EbsVolume.baseline(s.count("count"), type, s.number("size"));
        BigDecimal given = s.numberOrAuto("iops");
        if (given != null && (given.stripTrailingZeros().scale() > 0 || given.compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            throw new InvalidSettingException("iops", "iops " + given.toPlainString() + " is not a whole number of IOPS a volume"
                    + " can have", "give whole IOPS, such as 3000");
        }
        Integer iops = given == null ? null : given.intValueExact();
        if (iops != null && !type.provisionsIops()) {
            throw new InvalidSettingException("iops", type.apiName() + " volumes have no IOPS to provision",
                    "remove iops, or use volume_type gp3, io1 or io2");
        }
        if (iops == null && type.provisionsIops() && type != EbsVolume.Type.GP3) {
            throw new InvalidSettingException("iops", type.apiName() + " volumes need their provisioned IOPS stated",
                    "add iops, such as iops: 3000 (io1: 100 to 64,000; io2: 100 to 256,000)");
        }
        if (type.provisionsIops()) {
            volume = new EbsVolume(volume.count(), type, volume.sizeGb(), iops == null ? EbsVolume.GP3_IOPS : iops,
                    type.provisionsThroughput() ? s.number("throughput") : volume.throughputMibps());
        }
        return new Config(volume, s.number("io_requests"), s.number("snapshots"));
    }

    @Override
    public void validate(Config c, Map<String, Limit> limits) {
        EbsPricing.validate(c.volume(), limits, "size", "iops", "throughput");
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        EbsVolume v = c.volume();
        if (c.snapshotGb().signum() > 0) {
            assumptions.add(EbsPricing.SNAPSHOT_ASSUMPTION);
        }
        if (v.type().billsIoRequests()) {
            assumptions.add("EBS magnetic volumes: " + Decimals.plain(c.ioRequestsEach()) + " I/O requests per volume a month"
                    + (c.ioRequestsEach().compareTo(DEFAULT_IO_REQUESTS) == 0 ? " (default; state io_requests)" : "")
                    + " (CloudWatch VolumeReadOps + VolumeWriteOps of a volume like it give the real figure).");
        }
        Usage u = new Usage();
        EbsPricing.usage(u, KEYS, v, BigDecimal.valueOf(v.count()), v.count() + " volumes", c.ioRequestsEach());
        return u.put(SNAPSHOT_KEY, c.snapshotGb(), Decimals.plain(c.snapshotGb()) + " GB of snapshots");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>(EbsPricing.charges(u, KEYS, c.volume().type(), null));
        out.addAll(EbsPricing.snapshots(u, SNAPSHOT_KEY));
        return out;
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.rules.EbsVolume.GP3_IOPS;
import static dev.cloudplan.core.pricing.rules.EbsVolume.GP3_THROUGHPUT_MIBPS;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.capacity.Limit;
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
 * How EBS volumes are billed, in one place for the {@code ebs} component and for an EC2 instance's root and data
 * volumes: GB-months of the type, provisioned IOPS (gp3 above the included 3,000; io1 all; io2 in three per-volume
 * tiers), gp3 throughput above the included 125 MiB/s, magnetic I/O requests, and snapshot storage.
 */
final class EbsPricing {
    /**
     * io2 IOPS are billed per volume in tiers: up to 32,000, from 32,001 to 64,000, and above 64,000 (AWS's EBS pricing
     * page, "$0.065/provisioned IOPS-month up to 32,000 IOPS, $0.046 ... from 32,001 to 64,000 IOPS, $0.032 ... for
     * greater than 64,000 IOPS", as copied in several independent documents, e.g. search index files 59694805490 and
     * 155199161; the Price List has one product per tier, "group" EBS IOPS, EBS IOPS Tier 2, EBS IOPS Tier 3).
     */
    static final int IO2_TIER2_FROM = 32_000;
    static final int IO2_TIER3_FROM = 64_000;

    /** The usage keys one group of volumes is billed under; null for a quantity the holder never bills. */
    record Keys(String gbMonths, String iopsMonths, String iopsTier2Months, String iopsTier3Months,
            String throughputGibpsMonths, String ioRequests) {
        /** The keys of an {@code ebs} component, each prefixed (EC2 data volumes use {@code data_volume_1_}). */
        static Keys of(String prefix) {
            return new Keys(prefix + "gb_months", prefix + "iops_months", prefix + "iops_tier2_months",
                    prefix + "iops_tier3_months", prefix + "throughput_gibps_months", prefix + "io_requests");
        }

        /** Every key, with its unit, for a rule's {@code usageKeys}. */
        void addTo(Map<String, String> out) {
            put(out, gbMonths, "GB-Mo");
            put(out, iopsMonths, "IOPS-Mo");
            put(out, iopsTier2Months, "IOPS-Mo");
            put(out, iopsTier3Months, "IOPS-Mo");
            put(out, throughputGibpsMonths, "GiBps-mo");
            put(out, ioRequests, "IOs");
        }

        private static void put(Map<String, String> out, String key, String unit) {
            if (key != null) {
                out.put(key, unit);
            }
        }
    }

    private EbsPricing() {}

    /**
     * Puts the month's quantities of {@code v} under {@code keys}: {@code volumes} is how many are billed this month
     * (fractional when their instances scale in off-peak), {@code who} says so in the formulas ("3 instances x 2").
     */
    static void usage(Usage u, Keys keys, EbsVolume v, BigDecimal volumes, String who, BigDecimal ioRequestsEach) {
        String type = v.type().apiName();
        u.put(keys.gbMonths(), volumes.multiply(v.sizeGb()), who + " x " + v.sizeGb().toPlainString() + " GB " + type);
        int billedIops = v.type() == EbsVolume.Type.GP3 ? v.iops() - GP3_IOPS : v.type().provisionsIops() ? v.iops() : 0;
        int tier1 = v.type() == EbsVolume.Type.IO2 ? Math.min(billedIops, IO2_TIER2_FROM) : billedIops;
        u.put(keys.iopsMonths(), volumes.multiply(BigDecimal.valueOf(tier1)), who + " x " + switch (v.type()) {
            case GP3 -> "(" + v.iops() + " - 3,000 included) IOPS";
            case IO1 -> v.iops() + " IOPS";
            case IO2 -> tier1 + " IOPS (up to 32,000 per volume)";
            default -> "0 IOPS (" + type + " provisions none)";
        });
        if (keys.iopsTier2Months() != null) {
            int tier2 = Math.max(0, Math.min(billedIops, IO2_TIER3_FROM) - IO2_TIER2_FROM);
            int tier3 = Math.max(0, billedIops - IO2_TIER3_FROM);
            u.put(keys.iopsTier2Months(), volumes.multiply(BigDecimal.valueOf(v.type() == EbsVolume.Type.IO2 ? tier2 : 0)),
                    who + " x " + tier2 + " io2 IOPS from 32,001 to 64,000");
            u.put(keys.iopsTier3Months(), volumes.multiply(BigDecimal.valueOf(v.type() == EbsVolume.Type.IO2 ? tier3 : 0)),
                    who + " x " + tier3 + " io2 IOPS above 64,000");
        }
        BigDecimal extraMibps = v.type().provisionsThroughput() ? v.throughputMibps().subtract(GP3_THROUGHPUT_MIBPS)
                : BigDecimal.ZERO;
        u.put(keys.throughputGibpsMonths(), volumes.multiply(extraMibps).divide(BillingConventions.MB_PER_GB,
                BillingConventions.DIVISION), who + " x (" + Decimals.plain(v.throughputMibps()) + " - 125 included) MiB/s / 1,024");
        if (keys.ioRequests() != null) {
            BigDecimal requests = v.type().billsIoRequests() ? ioRequestsEach : BigDecimal.ZERO;
            u.put(keys.ioRequests(), volumes.multiply(requests), who + " x " + Decimals.plain(requests)
                    + " I/O requests a month" + (v.type().billsIoRequests() ? "" : " (only magnetic volumes bill them)"));
        }
    }

    /**
     * The charges of the quantities under {@code keys}: storage always, the others when there is something to bill;
     * {@code setting} names the setting a missing price points at, null for the component's own volume settings.
     */
    static List<Charge> charges(Usage u, Keys keys, EbsVolume.Type type, String setting) {
        List<Charge> out = new ArrayList<>();
        String name = type.apiName();
        Attributes volumeType = Attributes.of("volumeType", name);
        out.add(Charge.of("EBS storage (" + name + ")", "AmazonEC2", "ebs-storage", volumeType, own(setting, "volume_type"),
                u.get(keys.gbMonths()), "GB-Mo", u.formula(keys.gbMonths())));
        if (type == EbsVolume.Type.IO2) {
            iops(out, u, keys.iopsMonths(), "EBS io2 IOPS (up to 32,000 per volume)", "1", setting);
            iops(out, u, keys.iopsTier2Months(), "EBS io2 IOPS (32,001 to 64,000 per volume)", "2", setting);
            iops(out, u, keys.iopsTier3Months(), "EBS io2 IOPS (above 64,000 per volume)", "3", setting);
        } else if (u.get(keys.iopsMonths()).signum() > 0) {
            out.add(Charge.of(type == EbsVolume.Type.GP3 ? "EBS gp3 IOPS above 3,000" : "EBS " + name + " provisioned IOPS",
                    "AmazonEC2", "ebs-iops", volumeType, own(setting, "iops"),
                    u.get(keys.iopsMonths()), "IOPS-Mo", u.formula(keys.iopsMonths())));
        }
        if (u.get(keys.throughputGibpsMonths()).signum() > 0) {
            out.add(Charge.of("EBS gp3 throughput above 125 MiB/s", "AmazonEC2", "ebs-throughput", volumeType,
                    own(setting, "throughput"), u.get(keys.throughputGibpsMonths()), "GiBps-mo",
                    u.formula(keys.throughputGibpsMonths())));
        }
        if (keys.ioRequests() != null && u.get(keys.ioRequests()).signum() > 0) {
            out.add(Charge.of("EBS magnetic I/O requests", "AmazonEC2", "ebs-io-requests", volumeType,
                    own(setting, "io_requests"), u.get(keys.ioRequests()), "IOs",
                    u.formula(keys.ioRequests())));
        }
        return out;
    }

    private static String own(String setting, String name) {
        return setting == null ? name : setting;
    }

    private static void iops(List<Charge> out, Usage u, String key, String label, String tier, String setting) {
        if (u.get(key).signum() > 0) {
            out.add(Charge.of(label, "AmazonEC2", "ebs-iops", Attributes.of("iopsTier", tier, "volumeType", "io2"),
                    own(setting, "iops"), u.get(key), "IOPS-Mo", u.formula(key)));
        }
    }

    /** Snapshot storage: the GB-months under {@code key}, when there are any. */
    static List<Charge> snapshots(Usage u, String key) {
        if (u.get(key).signum() == 0) {
            return List.of();
        }
        return List.of(Charge.of("EBS snapshots", "AmazonEC2", "ebs-snapshots", Attributes.NONE, "snapshots", u.get(key),
                "GB-Mo", u.formula(key)));
    }

    /** The assumption every estimate with snapshots lists: what the snapshot size given stands for. */
    static final String SNAPSHOT_ASSUMPTION = "EBS snapshots: the snapshot size given is the storage billed (snapshots are"
            + " incremental; give the changed blocks of every snapshot kept, not volume size x snapshots).";

    /**
     * Refuses a size of 0 or less, and IOPS or throughput AWS does not offer for the type (limits.csv:
     * {@code ebs.<type>.min-iops}, {@code max-iops}, {@code ebs.gp3.max-throughput}); each error points at the setting
     * named (a null {@code sizeSetting} skips the size check: an EC2 root volume keeps its own).
     */
    static void validate(EbsVolume v, Map<String, Limit> limits, String sizeSetting, String iopsSetting,
            String throughputSetting) {
        String type = v.type().apiName();
        if (sizeSetting != null && v.sizeGb().signum() <= 0) {
            throw new InvalidSettingException(sizeSetting, "an EBS volume of " + Decimals.plain(v.sizeGb())
                    + " GB holds nothing", "give a size above 0, such as 100 GB");
        }
        Limit minGib = limits.get("ebs." + type + ".min-gib");
        Limit maxGib = limits.get("ebs." + type + ".max-gib");
        String sizeName = sizeSetting != null ? sizeSetting : "volume";
        if (minGib != null && maxGib != null
                && (v.sizeGb().compareTo(minGib.value()) < 0 || v.sizeGb().compareTo(maxGib.value()) > 0)) {
            throw new InvalidSettingException(sizeName, type + " volumes are " + Decimals.plain(minGib.value()) + " to "
                    + Decimals.plain(maxGib.value()) + " GiB, not " + Decimals.plain(v.sizeGb()), "give a size from "
                    + Decimals.plain(minGib.value()) + " to " + Decimals.plain(maxGib.value()) + " GiB, or another"
                    + " volume_type (" + minGib.source() + ")");
        }
        if (v.type().provisionsIops()) {
            Limit min = limits.get("ebs." + type + ".min-iops");
            Limit max = limits.get("ebs." + type + ".max-iops");
            BigDecimal iops = BigDecimal.valueOf(v.iops());
            if (iops.compareTo(min.value()) < 0 || iops.compareTo(max.value()) > 0) {
                throw new InvalidSettingException(iopsSetting, type + " volumes take " + Decimals.plain(min.value()) + " to "
                        + Decimals.plain(max.value()) + " IOPS, not " + v.iops(), "give IOPS from "
                        + Decimals.plain(min.value()) + " to " + Decimals.plain(max.value()) + " (" + max.source() + ")");
            }
        }
        Limit perGib = limits.get("ebs." + type + ".max-iops-per-gib");
        if (perGib != null && v.type().provisionsIops()
                && BigDecimal.valueOf(v.iops()).compareTo(perGib.value().multiply(v.sizeGb())) > 0) {
            throw new InvalidSettingException(iopsSetting, type + " takes at most " + Decimals.plain(perGib.value())
                    + " IOPS per GiB: " + Decimals.plain(perGib.value().multiply(v.sizeGb())) + " for "
                    + Decimals.plain(v.sizeGb()) + " GiB, not " + v.iops(), "give fewer IOPS or a larger size ("
                    + perGib.source() + ")");
        }
        if (v.type().provisionsThroughput()) {
            BigDecimal max = limits.get("ebs.gp3.max-throughput").value();
            if (v.throughputMibps().compareTo(GP3_THROUGHPUT_MIBPS) < 0 || v.throughputMibps().compareTo(max) > 0) {
                throw new InvalidSettingException(throughputSetting, "gp3 volumes take 125 to " + Decimals.plain(max)
                        + " MiB/s, not " + Decimals.plain(v.throughputMibps()), "give a throughput from 125 to "
                        + Decimals.plain(max) + " MiB/s");
            }
        }
    }
}

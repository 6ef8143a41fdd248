package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How RDS for MySQL, PostgreSQL and MariaDB bills its storage: GB-months of the type, provisioned IOPS (gp3 above
 * the included baseline; io1 and io2 all of them), gp3 throughput above the baseline, and magnetic I/O requests.
 * gp3 includes 3,000 IOPS and 125 MiB/s below 400 GiB, 12,000 IOPS and 500 MiB/s from 400 GiB, and only from 400 GiB
 * can more be provisioned (RDS User Guide, "DB instance storage", limits.csv {@code rds.gp3.*}).
 *
 * @param type        gp3, gp2, io1, io2 or magnetic (the catalog's {@code volumeType})
 * @param iops        IOPS provisioned; null = gp3's baseline (io1 and io2 need it)
 * @param throughput  gp3 MiB/s provisioned; null = the baseline
 * @param ioRequests  magnetic only: I/O requests a month
 */
public record RdsStorage(String type, BigDecimal iops, BigDecimal throughput, BigDecimal ioRequests) {
    static final List<String> TYPES = List.of("gp3", "gp2", "io1", "io2", "magnetic");
    static final BigDecimal LARGE_GIB = new BigDecimal("400");
    static final BigDecimal DEFAULT_IO_REQUESTS = new BigDecimal("10000000");

    /** General Purpose storage at its baseline, as before the other types: what the older constructors mean. */
    public static RdsStorage generalPurpose(String type) {
        return new RdsStorage(type, null, null, DEFAULT_IO_REQUESTS);
    }

    boolean gp3() {
        return type.equals("gp3");
    }

    boolean provisionedIops() {
        return type.equals("io1") || type.equals("io2");
    }

    /** gp3's included IOPS for {@code gb} of storage (limits.csv rds.gp3.baseline-iops and .ge400gib). */
    static BigDecimal baselineIops(BigDecimal gb) {
        return new BigDecimal(gb.compareTo(LARGE_GIB) >= 0 ? "12000" : "3000");
    }

    /** gp3's included throughput, MiB/s (the same rows: 125 MiB/s below 400 GiB, 500 from 400 GiB). */
    static BigDecimal baselineThroughput(BigDecimal gb) {
        return new BigDecimal(gb.compareTo(LARGE_GIB) >= 0 ? "500" : "125");
    }

    /** The sustained IOPS the storage gives, when it provisions them (gp3 as given or its baseline; io1, io2); else null. */
    BigDecimal sustainedIops(BigDecimal gb) {
        if (gp3()) {
            return iops != null ? iops : baselineIops(gb);
        }
        return provisionedIops() ? iops : null;
    }

    /** Refuses IOPS or throughput the type cannot take, with the setting to change. */
    RdsStorage checked() {
        if (provisionedIops() && iops == null) {
            throw new InvalidSettingException("iops", type + " storage needs its provisioned IOPS stated",
                    "add iops, such as iops: 3000 (RDS io1 and io2: 1,000 to 256,000, within the class's limit)");
        }
        if (iops != null && !gp3() && !provisionedIops()) {
            throw new InvalidSettingException("iops", type + " storage has no IOPS to provision",
                    "remove iops, or use volume_type gp3, io1 or io2");
        }
        if (throughput != null && !gp3()) {
            throw new InvalidSettingException("throughput", "only gp3 storage provisions throughput",
                    "remove throughput, or use volume_type gp3");
        }
        return this;
    }

    /**
     * Refuses gp3 IOPS or throughput other than the baseline below 400 GiB, and below the baseline above it: for
     * MySQL, PostgreSQL and MariaDB gp3 "Less than 400 GiB | 3,000 IOPS/125 MiB/s | N/A" (limits.csv).
     */
    void checkSize(BigDecimal gb) {
        if (!gp3()) {
            return;
        }
        boolean large = gb.compareTo(LARGE_GIB) >= 0;
        if (iops != null && (large ? iops.compareTo(baselineIops(gb)) < 0 : iops.compareTo(baselineIops(gb)) != 0)) {
            throw new InvalidSettingException("iops", "RDS gp3 storage of " + Decimals.plain(gb) + " GB has "
                    + Decimals.plain(baselineIops(gb)) + " IOPS" + (large ? " at least" : " and no more can be provisioned"
                    + " below 400 GiB"), large ? "give iops from 12000" : "remove iops, or allocate at least 400 GB");
        }
        if (throughput != null && (large ? throughput.compareTo(baselineThroughput(gb)) < 0
                : throughput.compareTo(baselineThroughput(gb)) != 0)) {
            throw new InvalidSettingException("throughput", "RDS gp3 storage of " + Decimals.plain(gb) + " GB has "
                    + Decimals.plain(baselineThroughput(gb)) + " MiB/s" + (large ? " at least" : " and no more can be"
                    + " provisioned below 400 GiB"), large ? "give throughput from 500" : "remove throughput, or allocate"
                    + " at least 400 GB");
        }
    }

    /** Puts the billed IOPS, throughput and I/O of {@code instances} copies of {@code gb}, keys prefixed. */
    void usage(Usage u, String prefix, BigDecimal instances, BigDecimal gb, String who) {
        BigDecimal billedIops = BigDecimal.ZERO;
        String iopsFormula = "0 IOPS (" + type + " provisions none)";
        if (gp3()) {
            billedIops = iops == null ? BigDecimal.ZERO : iops.subtract(baselineIops(gb));
            iopsFormula = "(" + Decimals.plain(iops == null ? baselineIops(gb) : iops) + " - "
                    + Decimals.plain(baselineIops(gb)) + " included) IOPS";
        } else if (provisionedIops()) {
            billedIops = iops;
            iopsFormula = Decimals.plain(iops) + " IOPS";
        }
        u.put(prefix + "iops_months", instances.multiply(billedIops), who + " x " + iopsFormula);
        BigDecimal extra = gp3() && throughput != null ? throughput.subtract(baselineThroughput(gb)) : BigDecimal.ZERO;
        u.put(prefix + "throughput_mibps_months", instances.multiply(extra), who + " x " + (gp3() ? "(" + Decimals.plain(
                throughput == null ? baselineThroughput(gb) : throughput) + " - " + Decimals.plain(baselineThroughput(gb))
                + " included) MiB/s" : "0 MiB/s (" + type + " provisions none)"));
        BigDecimal requests = type.equals("magnetic") ? ioRequests : BigDecimal.ZERO;
        u.put(prefix + "io_requests", instances.multiply(requests), who + " x " + Decimals.plain(requests)
                + " I/O requests" + (type.equals("magnetic") ? "" : " (only magnetic storage bills them)"));
    }

    /** The charges besides GB-months for the quantities under {@code prefix}, when there is something to bill. */
    List<Charge> charges(Usage u, String prefix, String engine, String deployment, String setting, String what) {
        List<Charge> out = new ArrayList<>();
        Attributes a = Attributes.of("databaseEngine", engine, "deploymentOption", deployment, "volumeType", type);
        if (u.get(prefix + "iops_months").signum() > 0) {
            out.add(Charge.of("Provisioned IOPS (" + type + (gp3() ? " above the baseline" : "") + ", " + what + ")",
                    "AmazonRDS", "provisioned-iops", a, setting != null ? setting : "iops", u.get(prefix + "iops_months"),
                    "IOPS-Mo", u.formula(prefix + "iops_months")));
        }
        if (u.get(prefix + "throughput_mibps_months").signum() > 0) {
            out.add(Charge.of("Provisioned throughput (gp3 above the baseline, " + what + ")", "AmazonRDS",
                    "provisioned-throughput", a, setting != null ? setting : "throughput",
                    u.get(prefix + "throughput_mibps_months"), "MiBps-Mo", u.formula(prefix + "throughput_mibps_months")));
        }
        if (u.get(prefix + "io_requests").signum() > 0) {
            out.add(Charge.of("Magnetic storage I/O requests (" + what + ")", "AmazonRDS", "io-requests", a,
                    setting != null ? setting : "io_requests", u.get(prefix + "io_requests"), "IOs",
                    u.formula(prefix + "io_requests")));
        }
        return out;
    }
}

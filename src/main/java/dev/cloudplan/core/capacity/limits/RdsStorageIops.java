package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.ServesQueries;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;

/**
 * The baseline IOPS of RDS General Purpose storage (gp2: 3 per GiB, at least 100; gp3: 3,000 below 400 GiB and
 * 12,000 from 400 GiB for MySQL, MariaDB and PostgreSQL; RDS User Guide, DB instance storage), and no more than the
 * instance class's EBS baseline (DescribeInstanceTypes). gp2's burst to 3,000 IOPS is not counted as sustained.
 */
public final class RdsStorageIops implements CapacityLimit {
    private static final BigDecimal GP3_THRESHOLD_GIB = new BigDecimal("400");
    private static final BigDecimal MIN_STORAGE_GB = new BigDecimal("20");

    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        ServesQueries db = (ServesQueries) u.config();
        BigDecimal reads = u.load().rate(Driver.DB_READS);
        BigDecimal writes = u.load().rate(Driver.DB_WRITES);
        if (reads == null && writes == null) {
            return List.of();
        }
        BigDecimal r = Demand.served(reads, db.dbWork().readShare());
        BigDecimal w = Demand.served(writes, db.dbWork().writeShare());
        BigDecimal perRead = db.dbWork().ioPerRead();
        BigDecimal demand = Demand.perReader(r, db.readers()).multiply(perRead).add(w);
        BigDecimal gb = db.allocatedGb() != null ? db.allocatedGb()
                : u.load().workload().peak(Driver.STORED_DATA).orElse(BigDecimal.ZERO).max(MIN_STORAGE_GB);
        BigDecimal capacity;
        String basis;
        Limit source;
        if (db.volumeType().equals("magnetic")) {
            return List.of();
        }
        String sourceText = null;
        if (!db.volumeType().equals("gp2") && !db.volumeType().equals("gp3") && db.provisionedIops() != null) {
            capacity = db.provisionedIops();
            basis = db.volumeType() + ": " + Decimals.plain(capacity) + " provisioned IOPS";
            source = null;
            sourceText = "the spec's iops";
        } else if (db.volumeType().equals("gp2")) {
            Limit perGib = u.data().limit("rds.gp2.iops-per-gib");
            BigDecimal min = u.data().value("ebs.gp2.min-iops");
            capacity = gb.multiply(perGib.value()).max(min).min(u.data().value("rds.gp2.max-iops"));
            basis = "gp2: " + Demand.n(gb) + " GB x 3 IOPS, at least " + Decimals.plain(min);
            source = perGib;
        } else {
            boolean large = gb.compareTo(GP3_THRESHOLD_GIB) >= 0;
            source = u.data().limit(large ? "rds.gp3.baseline-iops.ge400gib" : "rds.gp3.baseline-iops");
            capacity = source.value();
            basis = "gp3 baseline " + (large ? "from" : "below") + " 400 GiB";
            if (db.provisionedIops() != null && db.provisionedIops().compareTo(capacity) > 0) {
                capacity = db.provisionedIops();
                basis = "gp3: " + Decimals.plain(capacity) + " provisioned IOPS";
            }
        }
        if (u.spec() != null && u.spec().ebsBaselineIops() != null
                && BigDecimal.valueOf(u.spec().ebsBaselineIops()).compareTo(capacity) < 0) {
            capacity = BigDecimal.valueOf(u.spec().ebsBaselineIops());
            basis += "; held to the class's EBS baseline " + u.spec().ebsBaselineIops() + " IOPS (" + Specs.name(u) + ")";
        }
        return List.of(u.check("storage IOPS", demand, BigDecimal.ZERO, capacity, "IOPS", Demand.n(r) + " reads/s" + Demand.spread(db.readers())
                + " x " + Decimals.plain(perRead) + " (io_per_read) + " + Demand.n(w) + " writes/s " + u.load().words(), basis,
                sourceText != null ? sourceText : source.source()));
    }
}

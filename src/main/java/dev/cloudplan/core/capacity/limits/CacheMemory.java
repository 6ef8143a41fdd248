package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CachesData;
import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The memory a Redis OSS or Valkey node can use for data: its documented maxmemory less the default
 * reserved-memory-percent of 25% (ElastiCache User Guide), times the shards (replicas copy, they add no room).
 */
public final class CacheMemory implements CapacityLimit {
    /** Per user online: a session and presence record, when the spec does not state the dataset. */
    public static final BigDecimal DEFAULT_KB_PER_USER = new BigDecimal("16");
    private static final BigDecimal BYTES_PER_GB = new BigDecimal("1073741824");

    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("elasticache");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        CachesData c = (CachesData) u.config();
        var node = u.data().find("elasticache.node." + c.unitType() + ".maxmemory-bytes");
        if (node.isEmpty()) {
            assumptions.add("Capacity of '" + u.component() + "': the memory of " + c.unitType() + " is not in the"
                    + " bundled limits, so it is not checked.");
            return List.of();
        }
        BigDecimal demand;
        String basis;
        if (c.datasetGb() != null) {
            demand = c.datasetGb();
            basis = Decimals.plain(demand) + " GB (dataset)";
        } else {
            BigDecimal users = u.load().rate(Driver.CONCURRENT_USERS);
            if (users == null) {
                assumptions.add("Capacity of '" + u.component() + "': neither dataset nor workload.users.concurrent"
                        + " is given, so its memory is not checked.");
                return List.of();
            }
            demand = users.multiply(DEFAULT_KB_PER_USER).divide(new BigDecimal("1048576"), MathContext.DECIMAL64);
            basis = Demand.n(users) + " users online x 16 KB each (dataset: auto; state dataset to change it)";
        }
        Limit reserved = u.data().limit("elasticache.reserved-memory-share");
        BigDecimal gb = node.get().value().divide(BYTES_PER_GB, MathContext.DECIMAL64);
        BigDecimal usable = gb.multiply(BigDecimal.ONE.subtract(reserved.value()));
        return List.of(u.check("memory", demand, BigDecimal.ZERO, usable.multiply(BigDecimal.valueOf(u.units())), "GiB",
                basis, u.units() + " shard(s) x " + Demand.n(gb) + " GiB maxmemory x (1 - 25% reserved) ("
                        + c.unitType() + ")", node.get().source()));
    }
}

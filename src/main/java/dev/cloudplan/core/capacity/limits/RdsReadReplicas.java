package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.ServesQueries;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.util.List;

/** How many read replicas one DB instance may have (RDS API reference, CreateDBInstanceReadReplica). */
public final class RdsReadReplicas implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        ServesQueries db = (ServesQueries) u.config();
        if (db.readReplicas() == 0) {
            return List.of();
        }
        Limit max = u.data().limit("rds.read-replicas.max");
        // A count the spec sets, not one the load grows: all of it is fixed demand, so it has no "reach".
        BigDecimal n = BigDecimal.valueOf(db.readReplicas());
        return List.of(u.check("read replicas", n, n, max.value(),
                "replicas", db.readReplicas() + " (read_replicas)", "at most " + Decimals.plain(max.value())
                        + " read replicas of one MySQL, MariaDB or PostgreSQL DB instance", max.source()));
    }
}

package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.ServesQueries;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * RDS's default max_connections: DBInstanceClassMemory / a per-engine divisor, capped for PostgreSQL and MariaDB
 * (RDS User Guide, "Maximum number of database connections"). DBInstanceClassMemory is the class's memory less what
 * the OS and RDS reserve, so the figure from the class's memory is an upper bound (AWS's own example: about 60, not 85,
 * for MySQL on db.t3.micro).
 */
public final class RdsConnections implements CapacityLimit {
    private static final BigDecimal BYTES_PER_GIB = new BigDecimal("1073741824");

    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        ServesQueries db = (ServesQueries) u.config();
        if (u.spec() == null) {
            return List.of();
        }
        if (u.load().clients() == null || u.load().clients().signum() == 0) {
            assumptions.add("Capacity of '" + u.component() + "': the architecture has no EC2, Fargate or Lambda"
                    + " component, so its connections are not checked.");
            return List.of();
        }
        Limit divisor = u.data().limit("rds.max-connections." + db.engine() + ".divisor");
        BigDecimal bytes = u.spec().memoryGib().multiply(BYTES_PER_GIB);
        BigDecimal max = bytes.divide(divisor.value(), 0, RoundingMode.FLOOR);
        String formula = "class memory " + Decimals.plain(u.spec().memoryGib()) + " GiB x 2^30 / "
                + Decimals.plain(divisor.value());
        var cap = u.data().find("rds.max-connections." + db.engine() + ".max");
        if (cap.isPresent() && max.compareTo(cap.get().value()) > 0) {
            max = cap.get().value();
            formula += ", capped at " + Decimals.plain(cap.get().value());
        }
        BigDecimal per = db.dbWork().connectionsPerClient();
        // With replicas, the application's pools are split over the instances, like the reads.
        BigDecimal demand = Demand.perReader(u.load().clients().multiply(per), db.readers());
        return List.of(u.check("connections", demand, BigDecimal.ZERO, max, "connections",
                Demand.n(u.load().clients()) + " clients at peak (instances, tasks, Lambda executions) x "
                        + Decimals.plain(per) + " (connections_per_client)" + Demand.spread(db.readers()),
                "default max_connections, at most " + formula + " (" + db.unitType() + ", " + db.engine() + ")",
                divisor.source()));
    }
}

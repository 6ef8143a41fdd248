package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.ServesQueries;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;

/** Storage given as a fixed size holds the data only until the data outgrows it (storage: auto follows the data). */
public final class RdsAllocatedStorage implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        ServesQueries db = (ServesQueries) u.config();
        var stored = u.load().workload().peak(Driver.STORED_DATA);
        if (db.allocatedGb() == null || stored.isEmpty()) {
            return List.of();
        }
        return List.of(u.check("storage", stored.get(), BigDecimal.ZERO, db.allocatedGb(), "GB",
                "most data stored so far: " + Demand.n(stored.get()) + " GB (workload.database.stored)",
                Demand.n(db.allocatedGb()) + " GB allocated (storage)", "the spec's storage setting"));
    }
}

package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.PeakLoad;
import dev.cloudplan.core.capacity.ServesQueries;
import dev.cloudplan.core.usage.Assumptions;

/** The CPU demand of an application server or a database, for the limits that read CPU. */
final class Cpu {
    private Cpu() {}

    static Demand demand(CapacityUnit u, PeakLoad load, Assumptions assumptions) {
        if (u.config() instanceof ServesQueries db) {
            return Demand.dbCpu(u, load, db.dbWork().cpuMsPerQuery(), assumptions);
        }
        return Demand.appCpu(u, load, assumptions);
    }
}

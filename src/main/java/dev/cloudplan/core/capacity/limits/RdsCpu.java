package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.util.List;

/** The vCPUs of a DB instance class (its EC2 type's DescribeInstanceTypes figure) against the queries at peak. */
public final class RdsCpu implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        if (u.spec() == null) {
            return List.of();
        }
        Demand d = Cpu.demand(u, u.load(), assumptions);
        if (d == null) {
            return List.of();
        }
        BigDecimal capacity = BigDecimal.valueOf((long) u.spec().vcpu() * u.units());
        return List.of(u.check("CPU", d.value(), BigDecimal.ZERO, capacity, "vCPU", d.basis(),
                u.spec().vcpu() + " vCPU (" + Specs.name(u) + ")", u.spec().source()));
    }
}

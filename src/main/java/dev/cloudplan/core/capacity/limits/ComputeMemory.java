package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.AppWork;
import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.ServesRequests;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;

/**
 * The memory of an application's instances or tasks: what the OS and runtime hold on each, plus the connections
 * of the users online at the busiest hour.
 */
public final class ComputeMemory implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("ec2") || componentType.equals("fargate");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        ServesRequests c = (ServesRequests) u.config();
        BigDecimal each = c.memoryGibEach(u.spec());
        if (each == null) {
            return List.of();
        }
        AppWork w = c.work();
        BigDecimal n = BigDecimal.valueOf(u.units());
        BigDecimal fixed = n.multiply(w.baseMemoryGb());
        BigDecimal users = u.load().rate(Driver.CONCURRENT_USERS);
        String basis = u.units() + " x " + Decimals.plain(w.baseMemoryGb()) + " GB base (base_memory)";
        BigDecimal demand = fixed;
        if (users == null) {
            assumptions.add("Capacity of '" + u.component() + "': workload.users.concurrent is not given, so its memory"
                    + " holds only base_memory.");
        } else {
            BigDecimal connections = users.multiply(w.requestShare()).multiply(w.memoryPerConnectionKb())
                    .divide(BillingConventions.KB_PER_GB, BillingConventions.DIVISION);
            demand = demand.add(connections);
            basis += " + " + Demand.n(users) + " users online" + (w.requestShare().compareTo(BigDecimal.ONE) == 0 ? ""
                    : " x share " + Decimals.plain(w.requestShare())) + " x " + Decimals.plain(w.memoryPerConnectionKb())
                    + " KB (memory_per_connection)";
        }
        BigDecimal capacity = each.multiply(n);
        return List.of(u.check("memory", demand, fixed, capacity, "GiB", basis,
                u.units() + " x " + Decimals.plain(each) + " GiB (" + Specs.name(u) + ")", Specs.source(u)));
    }
}

package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.ServesRequests;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.util.List;

/** The vCPUs of an application's instances or tasks (EC2 DescribeInstanceTypes; a Fargate task's size). */
public final class ComputeCpu implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("ec2") || componentType.equals("fargate");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        ServesRequests c = (ServesRequests) u.config();
        BigDecimal each = c.vcpuEach(u.spec());
        Demand d = Demand.appCpu(u, u.load(), assumptions);
        if (d == null || each == null) {
            return List.of();
        }
        BigDecimal capacity = each.multiply(BigDecimal.valueOf(u.units()));
        return List.of(u.check("CPU", d.value(), BigDecimal.ZERO, capacity, "vCPU", d.basis(),
                u.units() + " x " + Decimals.plain(each) + " vCPU (" + Specs.name(u) + ")", Specs.source(u)));
    }
}

package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.BalancesLoad;
import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.util.List;

/**
 * An Application Load Balancer's targets (1,000 by default; ELB quotas). An ALB has no bandwidth quota: it scales by
 * itself and bills the traffic as LCUs, so the number of instances and tasks behind it is what can run out.
 */
public final class AlbTargets implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("alb");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        BalancesLoad alb = (BalancesLoad) u.config();
        BigDecimal clients = u.load().clients();
        if (!alb.instanceTargets() || clients == null || clients.signum() == 0) {
            return List.of();
        }
        Limit max = u.data().limit("alb.targets-per-load-balancer");
        return List.of(u.check("targets", clients, BigDecimal.ZERO,
                max.value().multiply(BigDecimal.valueOf(alb.loadBalancers())), "targets",
                Demand.n(clients) + " instances and tasks at peak", alb.loadBalancers() + " x "
                        + Decimals.plain(max.value()) + " targets per load balancer (default quota; Service Quotas can"
                        + " raise it)", max.source()));
    }
}

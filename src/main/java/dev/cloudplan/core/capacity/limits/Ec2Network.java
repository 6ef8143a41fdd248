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

/** An instance's baseline network bandwidth (DescribeInstanceTypes) against the egress at the busiest hour. */
public final class Ec2Network implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("ec2");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        BigDecimal gbps = u.load().egressGbps();
        if (gbps == null || u.spec() == null || u.spec().networkBaselineGbps() == null) {
            return List.of();
        }
        BigDecimal share = ((ServesRequests) u.config()).work().requestShare();
        BigDecimal each = u.spec().networkBaselineGbps();
        return List.of(u.check("network", gbps.multiply(share), BigDecimal.ZERO, each.multiply(BigDecimal.valueOf(u.units())),
                "Gbit/s", "workload.egress " + u.load().words() + ": " + Demand.n(gbps) + " Gbit/s"
                        + (share.compareTo(BigDecimal.ONE) == 0 ? "" : " x share " + Decimals.plain(share)),
                u.units() + " x " + Decimals.plain(each) + " Gbit/s baseline (" + Specs.name(u) + ")", Specs.source(u)));
    }
}

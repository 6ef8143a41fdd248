package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.RoutesTraffic;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A NAT gateway's bandwidth (5 Gbit/s, scaling by itself up to 100; VPC User Guide) against the data it processes,
 * spread evenly over the gateways and following the requests' daily profile.
 */
public final class NatBandwidth implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("nat-gateway");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        RoutesTraffic nat = (RoutesTraffic) u.config();
        if (nat.dataProcessedGb() == null || nat.gateways() == 0) {
            return List.of();
        }
        BigDecimal average = nat.dataProcessedGb().multiply(new BigDecimal("8"))
                .divide(BillingConventions.SECONDS_PER_MONTH, MathContext.DECIMAL64);
        BigDecimal demand = u.load().scaled(average);
        Limit max = u.data().limit("nat-gateway.bandwidth-max-gbps");
        BigDecimal start = u.data().value("nat-gateway.bandwidth-gbps");
        return List.of(u.check("bandwidth", demand, BigDecimal.ZERO, max.value().multiply(BigDecimal.valueOf(nat.gateways())),
                "Gbit/s", Decimals.plain(nat.dataProcessedGb()) + " GB a month (data_processed) x 8 / 2,628,000 s = "
                        + Demand.n(average) + " Gbit/s on average, " + u.load().words(),
                nat.gateways() + " x " + Decimals.plain(max.value()) + " Gbit/s (each starts at "
                        + Decimals.plain(start) + " and scales by itself)", max.source()));
    }
}

package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;

/** API Gateway's account throttle: 10,000 requests a second per Region across REST, HTTP and WebSocket APIs. */
public final class ApiGatewayThrottle implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("api-gateway");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        BigDecimal rate = u.load().rate(Driver.REQUESTS);
        if (rate == null) {
            return List.of();
        }
        Limit quota = u.data().limit("apigateway.account-throttle-rps");
        return List.of(u.check("request rate", rate, BigDecimal.ZERO, quota.value(), "requests/s",
                Demand.n(rate) + " requests/s " + u.load().words(), "account throttle per Region (burst "
                        + Demand.n(u.data().value("apigateway.account-burst")) + "; Service Quotas can raise it)",
                quota.source()));
    }
}

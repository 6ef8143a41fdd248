package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.InvokedPerRequest;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Lambda's default concurrency quota, 1,000 executions per account and Region, shared by every function there. */
public final class LambdaConcurrency implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("lambda");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        BigDecimal rate = u.load().rate(Driver.REQUESTS);
        if (rate == null) {
            return List.of();
        }
        InvokedPerRequest f = (InvokedPerRequest) u.config();
        BigDecimal concurrency = concurrency(u);
        Limit quota = u.data().limit("lambda.account-concurrency");
        return List.of(u.check("concurrency", concurrency, BigDecimal.ZERO, quota.value(), "executions",
                Demand.n(rate) + " requests/s " + u.load().words() + " x " + Decimals.plain(f.invocationsPerRequest())
                        + " invocations x " + Decimals.plain(f.durationMs()) + " ms",
                "account quota per Region, shared by all functions (Service Quotas can raise it)", quota.source()));
    }

    /** Executions running at once: invocations a second x seconds each. */
    public static BigDecimal concurrency(CapacityUnit u) {
        InvokedPerRequest f = (InvokedPerRequest) u.config();
        BigDecimal rate = u.load().rate(Driver.REQUESTS);
        return rate == null ? null : rate.multiply(f.invocationsPerRequest()).multiply(f.durationMs())
                .divide(new BigDecimal("1000"), MathContext.DECIMAL64);
    }
}

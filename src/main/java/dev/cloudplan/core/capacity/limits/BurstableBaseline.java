package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Phase;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A burstable instance's baseline: the CPU its credits pay for all day, against the day's average CPU. Above it a
 * standard-mode instance is throttled and an unlimited-mode one bills surplus credits. One credit is one vCPU at
 * 100% for one minute, so the baseline in vCPUs is credits earned an hour / 60 (EC2 User Guide, burstable
 * performance instances; credits per hour from DescribeInstanceTypes).
 */
public final class BurstableBaseline implements CapacityLimit {
    static final String CREDITS = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html";
    static final BigDecimal MINUTES = new BigDecimal("60");

    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("ec2") || componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        if (u.spec() == null || u.spec().creditsPerHour() == null) {
            return List.of();
        }
        Demand d = Cpu.demand(u, u.load().at(Phase.AVERAGE), new Assumptions());
        if (d == null) {
            return List.of();
        }
        BigDecimal each = baselineVcpu(u);
        return List.of(u.check("CPU baseline (credits)", d.value(), BigDecimal.ZERO,
                each.multiply(BigDecimal.valueOf(u.units())), "vCPU", d.basis(), u.units() + " x "
                        + Decimals.plain(u.spec().creditsPerHour()) + " credits/h / 60 = " + Decimals.plain(each.round(MathContext.DECIMAL32))
                        + " vCPU sustained each (" + Specs.name(u) + ")", CREDITS));
    }

    static BigDecimal baselineVcpu(CapacityUnit u) {
        return u.spec().creditsPerHour().divide(MINUTES, MathContext.DECIMAL64);
    }
}

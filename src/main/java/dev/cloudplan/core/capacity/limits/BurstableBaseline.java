package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Phase;
import dev.cloudplan.core.capacity.Sizable;
import dev.cloudplan.core.pricing.BillingConventions;
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
        // Credits are earned and spent over the whole day: checked with the busiest hour's count, never an off-peak
        // count on its own (which would have to carry the day's average by itself).
        if (u.load().phase() == Phase.OFF_PEAK || u.spec() == null || u.spec().creditsPerHour() == null) {
            return List.of();
        }
        Demand d = Cpu.demand(u, u.load().at(Phase.AVERAGE), new Assumptions());
        if (d == null) {
            return List.of();
        }
        BigDecimal each = baselineVcpu(u);
        // Instances that scale in off-peak earn credits only while they run: the fleet earns as many as its
        // average count, units x hours each / 730.
        BigDecimal hours = u.config() instanceof Sizable s ? s.hoursEach() : BillingConventions.HOURS_PER_MONTH;
        BigDecimal running = hours.divide(BillingConventions.HOURS_PER_MONTH, MathContext.DECIMAL64);
        boolean all = running.compareTo(BigDecimal.ONE) == 0;
        return List.of(u.check("CPU baseline (credits)", d.value(), BigDecimal.ZERO,
                each.multiply(BigDecimal.valueOf(u.units())).multiply(running), "vCPU", d.basis(), u.units() + " x "
                        + Decimals.plain(u.spec().creditsPerHour()) + " credits/h / 60 = " + Decimals.plain(each.round(MathContext.DECIMAL32))
                        + " vCPU sustained each (" + Specs.name(u) + ")" + (all ? "" : " x " + Decimals.plain(hours)
                        + " h of 730 each (fewer off-peak)"), CREDITS));
    }

    static BigDecimal baselineVcpu(CapacityUnit u) {
        return u.spec().creditsPerHour().divide(MINUTES, MathContext.DECIMAL64);
    }
}

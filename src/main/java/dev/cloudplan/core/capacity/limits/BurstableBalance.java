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
 * A burstable instance's credit balance: the credits the busiest hours spend above the baseline, each day, against
 * the most a balance can hold (24 hours of earned credits; DescribeInstanceTypes' maximum credits).
 */
public final class BurstableBalance implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("ec2") || componentType.equals("rds");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        // Credits are earned and spent over the whole day: checked with the busiest hour's count, never an off-peak
        // count on its own (which would have to carry the day's average by itself).
        if (u.load().phase() == Phase.OFF_PEAK || u.spec() == null || u.spec().creditsPerHour() == null || u.spec().maxCredits() == null) {
            return List.of();
        }
        Demand peak = Cpu.demand(u, u.load(), new Assumptions());
        if (peak == null || u.units() == 0) {
            // No instance has a balance; the CPU check already says that none carries the load.
            return List.of();
        }
        BigDecimal n = BigDecimal.valueOf(u.units());
        BigDecimal baseline = BurstableBaseline.baselineVcpu(u);
        BigDecimal hours = u.load().profile().hoursPerDay();
        BigDecimal perUnit = peak.value().divide(n, MathContext.DECIMAL64);
        BigDecimal spent = perUnit.subtract(baseline).max(BigDecimal.ZERO).multiply(BurstableBaseline.MINUTES)
                .multiply(hours);
        return List.of(u.check("CPU credit balance", spent, BigDecimal.ZERO, u.spec().maxCredits(),
                "credits", "(" + peak.basis() + " / " + u.units() + " - " + Decimals.plain(baseline.round(MathContext.DECIMAL32))
                        + " vCPU baseline) x 60 x " + Decimals.plain(hours) + " peak hours a day, per unit",
                "the most a balance holds: " + Decimals.plain(u.spec().maxCredits()) + " credits (" + Specs.name(u) + ")",
                BurstableBaseline.CREDITS));
    }
}

package dev.cloudplan.core.decision;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.ServesRequests;
import dev.cloudplan.core.capacity.Sizable;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.MonthCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a spike does to one architecture: the spike month's bill with and without it, which components' bills grow,
 * and for each component with a capacity check that grows with the load, the factor of the month's peak at which it
 * runs out (docs/decisions.md#spikes).
 *
 * @param complete false when either month has a price the catalog lacks: both bills are then lower bounds
 * @param verdict  "carries a 10x spike", or where it first runs out
 */
public record SpikeRisk(String architecture, Spike spike, Money without, Money with, boolean completeWithout,
        boolean completeWith, List<Growth> growth, List<Limit> limits, String verdict) {
    /** Both months wholly priced: the difference is exact; otherwise it is a lower bound only if the spiked month is. */
    public boolean complete() {
        return completeWithout && completeWith;
    }

    private static final MathContext SHOWN = new MathContext(3);

    public SpikeRisk {
        growth = List.copyOf(growth);
        limits = List.copyOf(limits);
    }

    public Money difference() {
        return with.minus(without);
    }

    /** A component whose bill in the spike month differs with the spike: the pay-per-use part that grows. */
    public record Growth(String component, Money without, Money with) {
        public Money difference() {
            return with.minus(without);
        }
    }

    /**
     * One component's tightest check that grows with the load.
     *
     * @param fixedCapacity true for a component of instances (it saturates); false for a managed service billed by
     *                      use, whose limit is a quota
     * @param saturatesAt   the factor of the month's peak at which {@code check} reaches its capacity
     * @param check         the check at the spike day's load
     */
    public record Limit(String component, String type, boolean fixedCapacity, BigDecimal saturatesAt,
            CapacityCheck check, boolean carries, String verdict) {}

    /**
     * @param planned the spike month's components as projected; {@code during} the same checked at the spike day's
     *                load (Estimator.recheck), in the same order
     */
    public static SpikeRisk of(String architecture, Spike spike, MonthCost base, MonthCost spiked,
            List<PlannedComponent> planned, List<PlannedComponent> during) {
        List<Limit> limits = new ArrayList<>();
        for (int i = 0; i < during.size(); i++) {
            Limit l = limit(spike, planned.get(i), during.get(i));
            if (l != null) {
                limits.add(l);
            }
        }
        Limit first = limits.stream().filter(l -> !l.carries())
                .min((a, b) -> a.saturatesAt().compareTo(b.saturatesAt())).orElse(null);
        String verdict;
        if (first == null) {
            verdict = limits.isEmpty() ? "no capacity check grows with the load: carries a " + x(spike.factor())
                    + " spike as far as cloudplan checks" : "carries a " + x(spike.factor()) + " spike";
        } else {
            String where = first.component() + " " + first.check().resource();
            verdict = first.saturatesAt().compareTo(BigDecimal.ONE) < 0
                    ? "over capacity already at the month's usual peak: " + where
                    : (first.fixedCapacity() ? "saturates at " : "reaches a quota at ") + x(first.saturatesAt())
                            + ": " + where;
        }
        return new SpikeRisk(architecture, spike, base.total(), spiked.total(), base.unpriced().isEmpty(),
                spiked.unpriced().isEmpty(), growth(base, spiked), limits, verdict);
    }

    /** The tightest check of the component that grows with the load; null when none does. */
    private static Limit limit(Spike spike, PlannedComponent planned, PlannedComponent during) {
        CapacityCheck tightest = null;
        BigDecimal at = null;
        for (int i = 0; i < during.checks().size() && i < planned.checks().size(); i++) {
            CapacityCheck k = during.checks().get(i);
            BigDecimal multiple = k.loadMultipleAtLimit();
            if (!grows(planned.checks().get(i), k) || !saturates(during, k) || multiple == null) {
                continue;
            }
            // Relative to the spike day's load: x factor gives it relative to the month's usual peak.
            BigDecimal factor = multiple.multiply(spike.factor(), MathContext.DECIMAL64);
            if (at == null || factor.compareTo(at) < 0) {
                tightest = k;
                at = factor;
            }
        }
        if (tightest == null) {
            return null;
        }
        // Instances saturate; so does DynamoDB's provisioned capacity (requests above it are throttled). A service
        // billed by use grows with the load up to its quota.
        boolean fixed = during.config() instanceof Sizable || tightest.resource().endsWith(" capacity");
        boolean carries = at.compareTo(spike.factor()) >= 0;
        String what = tightest.resource() + " " + Decimals.plain(tightest.capacity().round(SHOWN)) + " "
                + tightest.unit();
        String verdict;
        if (at.compareTo(BigDecimal.ONE) < 0) {
            verdict = "over capacity at the month's usual peak already (" + (fixed ? "saturates" : "quota reached")
                    + " at " + x(at) + ": " + (fixed ? tightest.resource() : what) + ")";
        } else if (fixed) {
            verdict = carries ? "carries a " + x(spike.factor()) + " spike (saturates at " + x(at) + ": "
                    + tightest.resource() + ")" : "saturates at " + x(at) + ": " + tightest.resource();
        } else {
            verdict = carries ? "scales with the load (quota: " + what + ", reached at " + x(at) + ")"
                    : "scales with the load until its quota: " + what + ", reached at " + x(at) + " (ask AWS to raise it)";
        }
        return new Limit(during.component(), during.type(), fixed, at, tightest, carries, verdict);
    }

    /** A check whose demand does not grow with the load (stored data, replicas, a stated figure) is no spike limit. */
    private static boolean grows(CapacityCheck before, CapacityCheck during) {
        return before.resource().equals(during.resource()) && during.demand().compareTo(before.demand()) > 0;
    }

    /**
     * A burstable instance that bills surplus credits runs above its baseline and pays for it (the spike month's bill
     * shows it): its baseline and credit balance are a cost, not a ceiling. One that does not is throttled to its
     * baseline, which the baseline check catches; its balance only says how long a burst lasts.
     */
    private static boolean saturates(PlannedComponent c, CapacityCheck k) {
        if (k.resource().startsWith("CPU credit balance")) {
            return false;
        }
        boolean surplus = c.config() instanceof ServesRequests app && app.billsSurplusCredits();
        return !(surplus && k.resource().startsWith("CPU baseline"));
    }

    private static List<Growth> growth(MonthCost base, MonthCost spiked) {
        Map<String, Money[]> by = new LinkedHashMap<>();
        for (LineItem l : base.lines()) {
            Money[] pair = by.computeIfAbsent(l.component(), c -> new Money[] {Money.ZERO, Money.ZERO});
            pair[0] = pair[0].plus(l.cost());
        }
        for (LineItem l : spiked.lines()) {
            Money[] pair = by.computeIfAbsent(l.component(), c -> new Money[] {Money.ZERO, Money.ZERO});
            pair[1] = pair[1].plus(l.cost());
        }
        List<Growth> out = new ArrayList<>();
        by.forEach((c, pair) -> {
            if (pair[0].compareTo(pair[1]) != 0) {
                out.add(new Growth(c, pair[0], pair[1]));
            }
        });
        return out;
    }

    /** "3.2x": three significant digits, as a factor is read. */
    public static String x(BigDecimal factor) {
        return Decimals.plain(factor.round(SHOWN)) + "x";
    }
}

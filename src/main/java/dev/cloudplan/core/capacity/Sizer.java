package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Auto-sizing: among the types allowed (the bundled current-generation types of the families given, or the one
 * stated), the count each needs at the busiest hour and in the other hours, and of those that carry the peak within
 * the target utilisation, the cheapest at list prices.
 */
final class Sizer {
    private final CapacityData data;
    private final CandidateCost cost;

    Sizer(CapacityData data, CandidateCost cost) {
        this.data = data;
        this.cost = cost;
    }

    /**
     * The configuration chosen, and why; the config is null when no candidate is priced at all.
     *
     * @param fits whether the configuration carries the peak within the target (else it is the closest candidate)
     */
    record Choice(Sizable config, boolean fits, String reason) {}

    private record Fit(Sizable config, BigDecimal monthly, CapacityCheck decidedBy, int peakUnits, int offPeakUnits) {}

    Choice choose(Component c, Sizable s, PeakLoad load, WorkloadMonth w) {
        return choose(c, s, s.sizing(), load, w);
    }

    /** As {@link #choose(Component, Sizable, PeakLoad, WorkloadMonth)}, under another sizing (a next step's). */
    Choice choose(Component c, Sizable s, Sizing z, PeakLoad load, WorkloadMonth w) {
        List<String> types = candidates(s, z);
        List<Fit> fits = new ArrayList<>();
        Fit best = null;
        Fit leastOver = null;
        int priced = 0;
        for (String type : types) {
            Fit fit = fit(c, s, z, type, load, w);
            if (fit == null) {
                continue;
            }
            priced++;
            if (CapacityCheck.withinTarget(fit.decidedBy())) {
                fits.add(fit);
                if (best == null || fit.monthly().compareTo(best.monthly()) < 0) {
                    best = fit;
                }
            } else if (leastOver == null || utilisation(fit).compareTo(utilisation(leastOver)) < 0) {
                leastOver = fit;
            }
        }
        if (best == null && leastOver == null) {
            return new Choice(null, false, "auto: none of the " + types.size() + " candidate types is priced in this region");
        }
        String what = describe(z, best != null ? best : leastOver);
        if (best == null) {
            return new Choice(leastOver.config(), false, what + ": no candidate of " + priced + " carries month " + load.month()
                    + "'s peak within " + percent(z.targetUtilisation()) + "; this one comes closest ("
                    + leastOver.decidedBy().resource() + " at " + percent(utilisation(leastOver)) + ")");
        }
        String decided = best.decidedBy() == null ? "nothing to check it against"
                : best.decidedBy().resource() + " decided it, at " + percent(utilisation(best)) + " at peak";
        return new Choice(best.config(), true, what + ": the cheapest of " + fits.size() + " priced candidates that carry month "
                + load.month() + "'s peak within " + percent(z.targetUtilisation()) + " (" + decided + ")");
    }

    /**
     * The type with the count it needs at peak (and off-peak, when the count is auto), its month at list prices and
     * its tightest check; null when the type is not priced.
     */
    private Fit fit(Component c, Sizable s, Sizing z, String type, PeakLoad load, WorkloadMonth w) {
        int peak = z.autoCount() ? units(c, s, type, load, z) : s.units();
        int off = z.autoCount() ? units(c, s, type, load.at(Phase.OFF_PEAK), z) : peak;
        off = Math.min(off, peak);
        // Off-peak hours must also earn the day's CPU credits: fewer instances than the credit baseline needs would
        // carry the hour but not the day, so the off-peak count grows until the whole day is within target.
        Sizable sized = s.sized(type, peak, hoursEach(load.profile(), peak, off));
        CapacityCheck worst = tightest(c, sized, load);
        while (off < peak && !CapacityCheck.withinTarget(worst)) {
            off++;
            sized = s.sized(type, peak, hoursEach(load.profile(), peak, off));
            worst = tightest(c, sized, load);
        }
        BigDecimal monthly = cost.monthly(c, sized, w);
        return monthly == null ? null : new Fit(sized, monthly, worst, peak, off);
    }

    private int units(Component c, Sizable s, String type, PeakLoad load, Sizing z) {
        for (int n = z.minCount(); n <= z.maxCount(); n++) {
            CapacityCheck t = tightest(c, s.sized(type, n, BillingConventions.HOURS_PER_MONTH), load);
            if (CapacityCheck.withinTarget(t)) {
                return n;
            }
        }
        return z.maxCount();
    }

    /** Hours a month per unit: peak hours at the peak count, the rest at the off-peak count, over the peak count. */
    static BigDecimal hoursEach(LoadProfile p, int peak, int off) {
        if (peak == off) {
            return BillingConventions.HOURS_PER_MONTH;
        }
        BigDecimal h = p.hoursPerDay();
        BigDecimal unitHoursPerDay = h.multiply(BigDecimal.valueOf(peak))
                .add(LoadProfile.HOURS_PER_DAY.subtract(h).multiply(BigDecimal.valueOf(off)));
        return unitHoursPerDay.multiply(BillingConventions.HOURS_PER_MONTH)
                .divide(LoadProfile.HOURS_PER_DAY.multiply(BigDecimal.valueOf(peak)), 4, RoundingMode.HALF_UP);
    }

    /** The candidate's check closest to its limit; what the checks would assume is not this estimate's. */
    private CapacityCheck tightest(Component c, Sizable config, PeakLoad load) {
        return CapacityCheck.tightest(CapacityUnit.of(c.name(), c.type(), config, load, data).checks(new Assumptions()));
    }

    private List<String> candidates(Sizable s, Sizing z) {
        if (!z.autoType()) {
            // A Fargate task has no type (null): its one candidate is the task as sized.
            return java.util.Collections.singletonList(s.unitType());
        }
        TreeSet<String> out = new TreeSet<>();
        if (s.service().equals("AmazonElastiCache")) {
            for (String key : data.limits().keySet()) {
                if (key.startsWith("elasticache.node.") && key.endsWith(".maxmemory-bytes")) {
                    String type = key.substring("elasticache.node.".length(), key.length() - ".maxmemory-bytes".length());
                    if (allowed(type, z)) {
                        out.add(type);
                    }
                }
            }
            return new ArrayList<>(out);
        }
        for (InstanceType t : data.specs().types()) {
            if (t.service().equals(s.service()) && t.currentGeneration() && allowed(t.name(), z)) {
                out.add(t.name());
            }
        }
        return new ArrayList<>(out);
    }

    /** A type's family is its name up to the size: t4g of t4g.medium, db.m7g of db.m7g.large. */
    static String family(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    private static boolean allowed(String type, Sizing z) {
        if (z.families().isEmpty()) {
            return true;
        }
        String f = family(type);
        return z.families().stream().anyMatch(g -> f.equals(g) || f.endsWith("." + g));
    }

    private static String describe(Sizing z, Fit f) {
        String type = f.config().unitType() != null ? f.config().unitType() : "tasks";
        String count = f.peakUnits() == f.offPeakUnits() ? f.peakUnits() + ""
                : f.peakUnits() + " at peak, " + f.offPeakUnits() + " off-peak";
        if (f.config() instanceof CachesData cache && cache.replicas() > 0) {
            // A cache's units are shards; each holds its primary and replicas.
            int each = 1 + cache.replicas();
            count = f.peakUnits() + " shards x " + each + " nodes = " + f.peakUnits() * each + " nodes";
        }
        String auto = (z.autoType() ? "type" : "") + (z.autoType() && z.autoCount() ? " and " : "")
                + (z.autoCount() ? "count" : "");
        return "auto " + auto + ": " + type + " x " + count + ", " + Decimals.plain(f.monthly().setScale(2,
                RoundingMode.HALF_UP)) + " USD a month at list prices";
    }

    private static BigDecimal utilisation(Fit f) {
        return f.decidedBy() == null || f.decidedBy().utilisation() == null ? BigDecimal.ZERO
                : f.decidedBy().utilisation();
    }

    static String percent(BigDecimal share) {
        return share.multiply(new BigDecimal("100")).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }
}

package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.catalog.PriceKey;
import dev.cloudplan.core.catalog.PriceSchedule;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.UnitMismatchException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's ladders and free-tier pools resolved once to primitive arrays, and a month priced on them: the same
 * steps as {@link dev.cloudplan.core.pricing.MonthPricer} (position on the account's ladder, free quantity drawn
 * pool by pool, one cent-rounded line per tier, the part above a partial ladder unpriced) in double arithmetic.
 * The pricing rules stay the source of every quantity; this only replaces BigDecimal by double where a scenario is
 * ranked, and every figure reported is priced again by the exact engine (docs/ranges.md).
 */
final class CompiledPrices {
    private final PriceCatalog catalog;
    private final String region;
    private final Map<PriceKey, Integer> ladders = new HashMap<>();
    private final Map<String, Integer> pools = new HashMap<>();
    private final Map<Signature, Ref> refs = new HashMap<>();

    CompiledPrices(PriceCatalog catalog, String region) {
        this.catalog = catalog;
        this.region = region;
    }

    /** What identifies a charge's price whatever its quantity. */
    record Signature(String service, String charge, Attributes attributes, String unit, BigDecimal statedUsd,
            BigDecimal priceShare, boolean noFreeTier, Set<FreeTierRegime> regimes) {
        static Signature of(Charge c, Set<FreeTierRegime> regimes) {
            return new Signature(c.service(), c.charge(), c.attributes(), c.unit(), c.statedUsd(), c.priceShare(),
                    c.noFreeTier(), regimes);
        }
    }

    /** One charge's price, resolved. {@code missing}: the catalog has no price (NOT PRICED unless wholly included). */
    record Ref(boolean stated, double statedUsd, boolean missing, int ladder, double[] tierStart, double[] tierEnd,
            double[] usd, double bound, int[] allowancePool, double[] allowanceQuantity, boolean noFreeTier) {}

    Ref resolve(Charge c, Set<FreeTierRegime> regimes) {
        return refs.computeIfAbsent(Signature.of(c, regimes), s -> compile(c, regimes));
    }

    int ladderCount() {
        return ladders.size();
    }

    int poolCount() {
        return pools.size();
    }

    private Ref compile(Charge c, Set<FreeTierRegime> regimes) {
        if (c.isStated()) {
            return new Ref(true, c.statedUsd().doubleValue(), false, -1, null, null, null, 0, null, null, true);
        }
        PriceKey key = new PriceKey(c.service(), region, c.charge(), c.attributes());
        if (!catalog.has(key)) {
            return new Ref(false, 0, true, -1, null, null, null, 0, null, null, true);
        }
        PriceSchedule schedule = catalog.schedule(key);
        if (!schedule.unit().equals(c.unit())) {
            throw new UnitMismatchException(key, c.unit(), schedule.unit());
        }
        int n = schedule.tiers().size();
        double[] start = new double[n];
        double[] end = new double[n];
        double[] usd = new double[n];
        for (int t = 0; t < n; t++) {
            Price tier = schedule.tiers().get(t);
            start[t] = tier.tierStart().doubleValue();
            end[t] = tier.tierEnd() == null ? Double.POSITIVE_INFINITY : tier.tierEnd().doubleValue();
            BigDecimal price = c.priceShare() == null ? tier.usd() : tier.usd().multiply(c.priceShare());
            usd[t] = price.doubleValue();
        }
        List<FreeTierAllowance> matching = new ArrayList<>();
        for (FreeTierAllowance a : catalog.allowances()) {
            if (regimes.contains(a.regime()) && a.appliesTo(key)) {
                if (!a.unit().equals(schedule.unit())) {
                    throw new IllegalStateException("free-tier allowance for " + key + " is in " + a.unit()
                            + " but the price is per " + schedule.unit());
                }
                matching.add(a);
            }
        }
        int[] pool = new int[matching.size()];
        double[] quantity = new double[matching.size()];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = pools.computeIfAbsent(matching.get(i).poolId(), id -> pools.size());
            quantity[i] = matching.get(i).quantity().doubleValue();
        }
        int ladder = ladders.computeIfAbsent(key, k -> ladders.size());
        return new Ref(false, 0, false, ladder, start, end, usd, end[n - 1], pool, quantity, c.noFreeTier());
    }

    /** Half-up to the cent, as Money.toCents rounds each line. */
    static double cents(double usd) {
        return usd >= 0 ? Math.floor(usd * 100 + 0.5) / 100 : -Math.floor(-usd * 100 + 0.5) / 100;
    }

    /** A month's pricing state: positions on the account's ladders and what each pool has given. */
    static final class Month {
        double[] position = new double[0];
        double[] poolUsed = new double[0];
        /** The month's AWS charges (cent-rounded lines) and the user's stated ones, apart: credits pay AWS only. */
        double aws;
        double stated;
        /** The same before each line's rounding to the cent: what a sweep compares (core.decision.Measure). */
        double awsExact;
        double statedExact;
        boolean incomplete;

        void reset(int ladderCount, int poolCount) {
            if (position.length < ladderCount) {
                position = new double[ladderCount];
            }
            if (poolUsed.length < poolCount) {
                poolUsed = new double[poolCount];
            }
            java.util.Arrays.fill(position, 0);
            java.util.Arrays.fill(poolUsed, 0);
            aws = 0;
            stated = 0;
            awsExact = 0;
            statedExact = 0;
            incomplete = false;
        }

        /** Starts a month from a state priced beforehand (the charges that are the same in every scenario). */
        void start(Month from) {
            if (position.length < from.position.length) {
                position = new double[from.position.length];
            }
            if (poolUsed.length < from.poolUsed.length) {
                poolUsed = new double[from.poolUsed.length];
            }
            java.util.Arrays.fill(position, 0);
            java.util.Arrays.fill(poolUsed, 0);
            System.arraycopy(from.position, 0, position, 0, from.position.length);
            System.arraycopy(from.poolUsed, 0, poolUsed, 0, from.poolUsed.length);
            aws = from.aws;
            stated = from.stated;
            awsExact = from.awsExact;
            statedExact = from.statedExact;
            incomplete = from.incomplete;
        }

        /** Prices {@code quantity} of {@code ref}, {@code includedQuantity} of it included by the service itself. */
        void price(Ref ref, double quantity, double includedQuantity) {
            if (ref.stated) {
                double usd = quantity * ref.statedUsd;
                stated += cents(usd);
                statedExact += usd;
                return;
            }
            if (ref.missing) {
                // Wholly included costs nothing whatever its price; anything else is NOT PRICED, never zero.
                incomplete |= !(quantity > 0 && includedQuantity >= quantity);
                return;
            }
            if (ref.ladder >= position.length) {
                position = java.util.Arrays.copyOf(position, ref.ladder * 2 + 8);
            }
            for (int p : ref.allowancePool) {
                if (p >= poolUsed.length) {
                    poolUsed = java.util.Arrays.copyOf(poolUsed, p * 2 + 8);
                }
            }
            double start = position[ref.ladder];
            double end = start + quantity;
            position[ref.ladder] = end;
            double included = Math.min(includedQuantity, quantity);
            double freeLeft = included;
            if (!ref.noFreeTier) {
                double wanted = quantity - included;
                double taken = 0;
                for (int a = 0; a < ref.allowancePool.length && taken < wanted; a++) {
                    int p = ref.allowancePool[a];
                    double available = ref.allowanceQuantity[a] - poolUsed[p];
                    if (available <= 0) {
                        continue;
                    }
                    double take = Math.min(available, wanted - taken);
                    poolUsed[p] += take;
                    taken += take;
                }
                freeLeft += taken;
            }
            double[] ts = ref.tierStart;
            for (int t = 0; t < ts.length; t++) {
                double lo = Math.max(start, ts[t]);
                double hi = Math.min(end, ref.tierEnd[t]);
                if (hi > lo) {
                    double qty = hi - lo;
                    double free = Math.min(freeLeft, qty);
                    freeLeft -= free;
                    double usd = (qty - free) * ref.usd[t];
                    aws += cents(usd);
                    awsExact += usd;
                }
            }
            if (end > ref.bound && end - Math.max(start, ref.bound) - freeLeft > 1e-9 * Math.max(1, end)) {
                incomplete = true;
            }
        }
    }
}

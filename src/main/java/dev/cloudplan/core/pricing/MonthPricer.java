package dev.cloudplan.core.pricing;

import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.catalog.PriceKey;
import dev.cloudplan.core.catalog.PriceSchedule;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prices one month of one account: resolves each charge's price, splits it across graduated tiers and
 * deducts free-tier allowances. Tier positions and free pools are shared by every component priced
 * through the same instance, because AWS aggregates both per account (two S3 buckets climb one
 * storage ladder; the 100 GB of free egress is shared by EC2, S3 and the rest).
 *
 * <p>Order of operations for a charge:
 * 1. look the price schedule up (a missing price is an error, never zero);
 * 2. check the rule computed its quantity in the catalog's unit;
 * 3. take this charge's range [position, position + quantity) on the account's tier ladder;
 * 4. take free quantity from the matching pools, at most the billable quantity, lowest tiers first;
 * 5. emit one line per priced tier the range touches;
 * 6. what lies above the catalog's last tier (a ladder bundled only in part), less any free quantity left,
 *    is returned as unpriced: the tiers below it stay billed.
 */
public final class MonthPricer {
    private final PriceCatalog catalog;
    private final String region;
    private final List<FreeTierAllowance> activeAllowances;
    private final Map<PriceKey, BigDecimal> tierPosition = new HashMap<>();
    private final Map<String, BigDecimal> poolUsed = new HashMap<>();

    public MonthPricer(PriceCatalog catalog, String region, Set<FreeTierRegime> activeRegimes) {
        this.catalog = catalog;
        this.region = region;
        this.activeAllowances = catalog.allowances().stream().filter(a -> activeRegimes.contains(a.regime())).toList();
    }

    public PricedCharge price(String component, Charge charge) {
        if (charge.isStated()) {
            return new PricedCharge(List.of(stated(component, charge)), null);
        }
        PriceKey key = new PriceKey(charge.service(), charge.region() != null ? charge.region() : region, charge.charge(),
                charge.attributes());
        if (charge.quantity().signum() > 0 && charge.includedQuantity().compareTo(charge.quantity()) >= 0
                && !catalog.has(key)) {
            return new PricedCharge(List.of(allIncluded(component, charge)), null);
        }
        PriceSchedule schedule = catalog.schedule(key);
        if (!schedule.unit().equals(charge.unit())) {
            throw new UnitMismatchException(key, charge.unit(), schedule.unit());
        }
        BigDecimal start = tierPosition.getOrDefault(key, BigDecimal.ZERO);
        BigDecimal end = start.add(charge.quantity());
        // The position climbs past the catalog's last tier too: a later component on the same ladder starts there.
        tierPosition.put(key, end);

        BigDecimal included = charge.includedQuantity().min(charge.quantity());
        FreeDraw draw = charge.noFreeTier() ? new FreeDraw(BigDecimal.ZERO, List.of())
                : drawFree(key, schedule.unit(), charge.quantity().subtract(included));
        BigDecimal freeLeft = included.add(draw.quantity);
        String freeNote = freeNote(charge, included, draw);

        List<LineItem> lines = new ArrayList<>();
        for (Price tier : schedule.tiers()) {
            BigDecimal tierEnd = tier.tierEnd();
            BigDecimal lo = start.max(tier.tierStart());
            BigDecimal hi = tierEnd == null ? end : end.min(tierEnd);
            boolean touches = hi.compareTo(lo) > 0 || (charge.quantity().signum() == 0 && lines.isEmpty()
                    && (tierEnd == null || start.compareTo(tierEnd) < 0));
            if (!touches) {
                continue;
            }
            BigDecimal qty = hi.subtract(lo).max(BigDecimal.ZERO);
            BigDecimal free = freeLeft.min(qty);
            freeLeft = freeLeft.subtract(free);
            // A share of the price (spot at a stated discount) is billed at that share of the catalog's unit price.
            BigDecimal usd = charge.priceShare() == null ? tier.usd() : tier.usd().multiply(charge.priceShare());
            String description = charge.priceShare() == null ? tier.description()
                    : tier.description() + " [billed: " + charge.priceShareNote() + "]";
            Money exact = Money.of(qty.subtract(free).multiply(usd));
            String label = schedule.isTiered() ? charge.label() + " (" + TierLabel.of(tier) + ")" : charge.label();
            lines.add(new LineItem(component, charge.service(), charge.charge(), label, qty, charge.unit(), usd,
                    free, exact.toCents(), exact, charge.formula(), free.signum() > 0 ? freeNote : null,
                    description, tier.source(), tier.asOf(), charge.amortiseMonths(), tier.grade()));
        }
        return new PricedCharge(lines, beyond(key, schedule, charge, start, end, freeLeft));
    }

    /**
     * The part of [start, end) above the schedule's last tier, less the free quantity the priced tiers did not
     * use (free tiers are deducted first, lowest tiers first); null when the ladder covers it all.
     */
    private PricedCharge.Beyond beyond(PriceKey key, PriceSchedule schedule, Charge charge, BigDecimal start,
            BigDecimal end, BigDecimal freeLeft) {
        BigDecimal bound = schedule.tiers().get(schedule.tiers().size() - 1).tierEnd();
        if (bound == null || end.compareTo(bound) <= 0) {
            return null;
        }
        BigDecimal over = end.subtract(start.max(bound)).subtract(freeLeft).max(BigDecimal.ZERO);
        if (over.signum() == 0) {
            return null;
        }
        String unit = schedule.unit();
        String shared = start.signum() > 0 ? " (" + Decimals.plain(start) + " of it by charges priced before this one)"
                : "";
        String reason = "catalog '" + catalog.info().name() + "' prices " + key + " only up to " + Decimals.plain(bound)
                + " " + unit + " a month (its last tier ends there); this month the account's use reaches "
                + Decimals.plain(end) + shared + ", so " + Decimals.plain(over) + " " + unit
                + " of this charge are above it and not priced; what lies below it is billed at the catalog's tiers.";
        return new PricedCharge.Beyond(charge.label() + " (" + TierLabel.over(bound, unit) + ")", over, unit, bound,
                reason);
    }

    /**
     * A quantity wholly included in what another charge pays for (RDS backup up to the allocated storage) costs
     * nothing whatever its price, so a catalog without that price does not make the estimate incomplete.
     */
    private static LineItem allIncluded(String component, Charge charge) {
        return new LineItem(component, charge.service(), charge.charge(), charge.label(), charge.quantity(),
                charge.unit(), BigDecimal.ZERO, charge.quantity(), Money.ZERO, Money.ZERO, charge.formula(),
                charge.includedReason(), "no price needed: the whole quantity is included (the catalog has no price for"
                        + " this charge here; any quantity beyond the included one would be reported as not priced)",
                "included allowance", null, charge.amortiseMonths(), null);
    }

    /** A user's own figure: quantity x the stated price, no tiers, no free tier, labelled as the user's. */
    private static LineItem stated(String component, Charge charge) {
        Money exact = Money.of(charge.quantity().multiply(charge.statedUsd()));
        return new LineItem(component, charge.service(), charge.charge(), charge.label(), charge.quantity(),
                charge.unit(), charge.statedUsd(), BigDecimal.ZERO, exact.toCents(), exact, charge.formula(), null,
                STATED_DESCRIPTION, charge.statedSource(), null, charge.amortiseMonths(), Grade.STATED);
    }

    /** How a stated price is described in every report, so it is never mistaken for a catalog price. */
    public static final String STATED_DESCRIPTION = "stated by the user, not a catalog price";

    private record FreeDraw(BigDecimal quantity, List<FreeTierAllowance> from) {}

    /** Takes up to {@code wanted} from every active allowance that matches, pool by pool, in catalog order. */
    private FreeDraw drawFree(PriceKey key, String unit, BigDecimal wanted) {
        BigDecimal taken = BigDecimal.ZERO;
        List<FreeTierAllowance> from = new ArrayList<>();
        for (FreeTierAllowance a : activeAllowances) {
            if (taken.compareTo(wanted) >= 0) {
                break;
            }
            if (!a.appliesTo(key)) {
                continue;
            }
            if (!a.unit().equals(unit)) {
                throw new IllegalStateException("free-tier allowance for " + key + " is in " + a.unit()
                        + " but the price is per " + unit);
            }
            BigDecimal used = poolUsed.getOrDefault(a.poolId(), BigDecimal.ZERO);
            BigDecimal available = a.quantity().subtract(used);
            if (available.signum() <= 0) {
                continue;
            }
            BigDecimal take = available.min(wanted.subtract(taken));
            poolUsed.put(a.poolId(), used.add(take));
            taken = taken.add(take);
            from.add(a);
        }
        return new FreeDraw(taken, from);
    }

    private static String freeNote(Charge charge, BigDecimal included, FreeDraw draw) {
        List<String> parts = new ArrayList<>();
        if (included.signum() > 0) {
            parts.add(charge.includedReason());
        }
        for (FreeTierAllowance a : draw.from) {
            parts.add("free tier (" + a.regime().id() + "): " + a.description());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}

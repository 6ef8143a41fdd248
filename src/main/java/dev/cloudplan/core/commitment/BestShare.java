package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * How much of a group to commit for the whole horizon, the rest on demand: the horizon's cost, cash and amortised, of
 * every amount priced, and the cheapest. Committed units (instances, nodes, capacity units, or USD an hour of
 * on-demand spend) are bought in month 1 (and renewed at each term's end within the horizon) and paid for every
 * hour, used or not; each covers one running unit in every hour; the unit-hours above them are billed on demand.
 *
 * @param floor the least level held in any hour of the horizon (committing it wastes no hour)
 */
public record BestShare(List<Option> options, BigDecimal floor, Option onDemand, Option allCommitted, Option best,
        Option bestAmortised, Staggered staggered) {
    public BestShare {
        options = List.copyOf(options);
    }

    /**
     * One amount committed over the horizon.
     *
     * @param cash         upfront fees when paid (month 1 and each renewal) + recurring + on-demand hours, exact
     * @param amortised    the same with each fee spread over its term (months after the horizon not counted)
     * @param paybackMonth the first month whose cumulative cash is at most all on-demand's; null if none in the horizon
     */
    public record Option(BigDecimal committed, BigDecimal cash, BigDecimal amortised, Integer paybackMonth) {}

    /**
     * Commitments bought later in the horizon as the fleet grows: at the start of each year of the horizon, the
     * amount that brings the commitment up to that year's floor (never down: a commitment cannot be given back), each
     * renewed at its own term's end within the horizon.
     *
     * @param tranches the purchases, each in its month; one when the floor does not grow after the first year
     */
    public record Staggered(List<Tranche> tranches, BigDecimal cash, BigDecimal amortised) {
        public Staggered {
            tranches = List.copyOf(tranches);
        }
    }

    /** An amount committed from {@code month}. */
    public record Tranche(int month, BigDecimal amount) {}

    /** Whole instances: every number from none to the largest peak. */
    public static BestShare of(Rates r, List<FleetMonth> months) {
        List<BigDecimal> counts = new ArrayList<>();
        int maxPeak = maxPeak(months).intValueExact();
        for (int n = 0; n <= maxPeak; n++) {
            counts.add(BigDecimal.valueOf(n));
        }
        return over(r, months, counts);
    }

    /**
     * Any amount (a Savings Plan's USD an hour, capacity units by the thousand): priced at none and at every level the
     * group holds in some hour. The horizon's cost is linear in the amount between two such levels and convex over
     * all of them (each more unit committed covers fewer hours than the last), so its least is at one of them.
     */
    public static BestShare atLevels(Rates r, List<FleetMonth> months) {
        TreeSet<BigDecimal> levels = new TreeSet<>(Comparator.naturalOrder());
        levels.add(BigDecimal.ZERO);
        for (FleetMonth m : months) {
            levels.add(m.peak().stripTrailingZeros());
            levels.add(m.offPeak().stripTrailingZeros());
        }
        return over(r, months, List.copyOf(levels));
    }

    private static BestShare over(Rates r, List<FleetMonth> months, List<BigDecimal> amounts) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no months");
        }
        BigDecimal floor = months.stream().map(FleetMonth::offPeak).min(Comparator.naturalOrder()).orElseThrow();
        List<BigDecimal> onDemandCumulative = cumulativeCash(r, months, BigDecimal.ZERO);
        List<Option> out = new ArrayList<>();
        for (BigDecimal n : amounts) {
            boolean none = n.signum() == 0;
            List<BigDecimal> cumulative = none ? onDemandCumulative : cumulativeCash(r, months, n);
            BigDecimal amortised = BigDecimal.ZERO;
            for (FleetMonth m : months) {
                amortised = amortised.add(r.amortisedMonthly().multiply(n)).add(r.onDemandHourly().multiply(m.onDemandHours(n)));
            }
            Integer payback = null;
            for (int i = 0; i < cumulative.size() && !none; i++) {
                if (cumulative.get(i).compareTo(onDemandCumulative.get(i)) <= 0) {
                    payback = months.get(i).month();
                    break;
                }
            }
            out.add(new Option(n, cumulative.get(cumulative.size() - 1), amortised, payback));
        }
        // Ties go to less committed: the same cost for less commitment.
        Option best = out.stream().min(Comparator.comparing(Option::cash).thenComparing(Option::committed)).orElseThrow();
        Option bestAmortised = out.stream().min(Comparator.comparing(Option::amortised)
                .thenComparing(Option::committed)).orElseThrow();
        return new BestShare(out, floor, out.get(0), out.get(out.size() - 1), best, bestAmortised, staggered(r, months));
    }

    static Staggered staggered(Rates r, List<FleetMonth> months) {
        List<Tranche> tranches = new ArrayList<>();
        BigDecimal held = BigDecimal.ZERO;
        for (int start = 0; start < months.size(); start += 12) {
            BigDecimal yearFloor = months.subList(start, Math.min(months.size(), start + 12)).stream()
                    .map(FleetMonth::offPeak).min(Comparator.naturalOrder()).orElseThrow();
            if (yearFloor.compareTo(held) > 0) {
                tranches.add(new Tranche(months.get(start).month(), yearFloor.subtract(held)));
                held = yearFloor;
            }
        }
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal amortised = BigDecimal.ZERO;
        for (FleetMonth m : months) {
            BigDecimal committed = BigDecimal.ZERO;
            for (Tranche t : tranches) {
                if (t.month() <= m.month()) {
                    committed = committed.add(t.amount());
                    if ((m.month() - t.month()) % r.termMonths() == 0) {
                        cash = cash.add(r.upfrontEach().multiply(t.amount()));
                    }
                }
            }
            BigDecimal onDemand = r.onDemandHourly().multiply(m.onDemandHours(committed));
            cash = cash.add(HOURS_PER_MONTH.multiply(r.recurringHourly()).multiply(committed)).add(onDemand);
            amortised = amortised.add(r.amortisedMonthly().multiply(committed)).add(onDemand);
        }
        return new Staggered(tranches, cash, amortised);
    }

    static BigDecimal maxPeak(List<FleetMonth> months) {
        return months.stream().map(FleetMonth::peak).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Cumulative cash month by month with {@code n} committed. */
    static List<BigDecimal> cumulativeCash(Rates r, List<FleetMonth> months, BigDecimal n) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (FleetMonth m : months) {
            BigDecimal month = HOURS_PER_MONTH.multiply(r.recurringHourly()).multiply(n)
                    .add(r.onDemandHourly().multiply(m.onDemandHours(n)));
            if ((m.month() - 1) % r.termMonths() == 0) {
                month = month.add(r.upfrontEach().multiply(n));
            }
            running = running.add(month);
            out.add(running);
        }
        return out;
    }
}

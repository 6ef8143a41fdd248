package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many instances of a group to commit for the whole horizon, the rest on demand: the horizon's cost, cash and
 * amortised, of every number from none to the largest peak, and the cheapest. Committed instances are bought in month
 * 1 (and renewed at each term's end within the horizon) and paid for every hour, running or not; each covers one
 * running instance in every hour; the instance-hours above them are billed on demand.
 *
 * @param floor the fewest instances running in any hour of the horizon (committing them wastes no hour)
 */
public record BestShare(List<Option> options, int floor, Option onDemand, Option allCommitted, Option best,
        Option bestAmortised) {
    public BestShare {
        options = List.copyOf(options);
    }

    /**
     * One number of committed instances over the horizon.
     *
     * @param cash         upfront fees when paid (month 1 and each renewal) + recurring + on-demand hours, exact
     * @param amortised    the same with each fee spread over its term (months after the horizon not counted)
     * @param paybackMonth the first month whose cumulative cash is at most all on-demand's; null if none in the horizon
     */
    public record Option(int committed, BigDecimal cash, BigDecimal amortised, Integer paybackMonth) {}

    public static BestShare of(Rates r, List<FleetMonth> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no months");
        }
        int maxPeak = months.stream().mapToInt(FleetMonth::peakCount).max().orElseThrow();
        int floor = months.stream().mapToInt(FleetMonth::offPeakCount).min().orElseThrow();
        List<BigDecimal> onDemandCumulative = cumulativeCash(r, months, 0);
        List<Option> out = new ArrayList<>();
        for (int n = 0; n <= maxPeak; n++) {
            List<BigDecimal> cumulative = n == 0 ? onDemandCumulative : cumulativeCash(r, months, n);
            BigDecimal amortised = BigDecimal.ZERO;
            for (FleetMonth m : months) {
                amortised = amortised.add(r.amortisedMonthly().multiply(BigDecimal.valueOf(n)))
                        .add(r.onDemandHourly().multiply(m.onDemandHours(n)));
            }
            Integer payback = null;
            for (int i = 0; i < cumulative.size() && n > 0; i++) {
                if (cumulative.get(i).compareTo(onDemandCumulative.get(i)) <= 0) {
                    payback = months.get(i).month();
                    break;
                }
            }
            out.add(new Option(n, cumulative.get(cumulative.size() - 1), amortised, n == 0 ? null : payback));
        }
        // Ties go to fewer committed instances: the same cost for less commitment.
        Option best = out.stream().min(Comparator.comparing(Option::cash).thenComparingInt(Option::committed)).orElseThrow();
        Option bestAmortised = out.stream().min(Comparator.comparing(Option::amortised)
                .thenComparingInt(Option::committed)).orElseThrow();
        return new BestShare(out, floor, out.get(0), out.get(maxPeak), best, bestAmortised);
    }

    /** Cumulative cash month by month with {@code n} committed. */
    static List<BigDecimal> cumulativeCash(Rates r, List<FleetMonth> months, int n) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal count = BigDecimal.valueOf(n);
        for (FleetMonth m : months) {
            BigDecimal month = HOURS_PER_MONTH.multiply(r.recurringHourly()).multiply(count)
                    .add(r.onDemandHourly().multiply(m.onDemandHours(n)));
            if ((m.month() - 1) % r.termMonths() == 0) {
                month = month.add(r.upfrontEach().multiply(count));
            }
            running = running.add(month);
            out.add(running);
        }
        return out;
    }
}

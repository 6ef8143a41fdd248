package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.Budget;
import java.time.YearMonth;
import java.util.List;

/**
 * A Monte Carlo's outcome (docs/ranges.md): per architecture the P10, P50 and P90 of its horizon total and of each
 * month's cost, each the exact figure of the scenario at that rank, and how often it goes over the budget.
 */
public record MonteCarloResult(int simulations, long seed, List<Range> ranges, int horizon, YearMonth start,
        Budget budget, List<Outcome> outcomes, List<String> warnings, Timing timing) {
    public MonteCarloResult {
        ranges = List.copyOf(ranges);
        outcomes = List.copyOf(outcomes);
        warnings = List.copyOf(warnings);
    }

    /**
     * A reported figure: the exact cost (BigDecimal engine) of scenario {@code scenario} (0-based, in draw order);
     * {@code complete} false when a price is missing there, so the figure is a lower bound.
     */
    public record Figure(Money usd, boolean complete, int scenario) {}

    /** One month's P10, P50 and P90 across the scenarios, for a band chart. */
    public record Band(int month, YearMonth calendar, Figure p10, Figure p50, Figure p90) {}

    /**
     * One architecture.
     *
     * @param point          the ordinary estimate's horizon total (every range at its median)
     * @param incomplete     scenarios with a price missing (their figures are lower bounds)
     * @param overBudget     scenarios over the budget, null without one; an incomplete scenario over it counts
     * @param budgetUnknown  incomplete scenarios whose priced part fits: over or not is unknown
     * @param modelledMonths months priced on the quantity model; the rest asked the rules at every scenario
     */
    public record Outcome(String architecture, Money point, boolean pointComplete, Figure p10, Figure p50, Figure p90,
            List<Band> months, int incomplete, Integer overBudget, int budgetUnknown, int modelledMonths) {
        public Outcome {
            months = List.copyOf(months);
        }
    }

    /** Where the time went, for the benchmark (never in a report: it differs from run to run). */
    public record Timing(double drawSeconds, double compileSeconds, double evaluateSeconds, double exactSeconds,
            long componentMonths) {}
}

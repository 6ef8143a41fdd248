package dev.cloudplan.cli;

import dev.cloudplan.core.decide.BudgetRisk;
import dev.cloudplan.core.montecarlo.MonteCarloResult;
import dev.cloudplan.core.montecarlo.MonteCarloResult.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The decision matrix's budget_risk from a Monte Carlo over the spec's ranges: the share of the runs over budget,
 * counting an incomplete run only when its priced part is already over (its fit is otherwise unknown, and said).
 */
record MonteCarloRisk(MonteCarloResult result) implements BudgetRisk {
    @Override
    public Optional<BigDecimal> probabilityOverBudget(String architecture) {
        return outcome(architecture).filter(o -> o.overBudget() != null).map(o -> BigDecimal.valueOf(o.overBudget())
                .divide(BigDecimal.valueOf(result.simulations()), 6, RoundingMode.HALF_EVEN));
    }

    @Override
    public String basis(String architecture) {
        int unknown = outcome(architecture).map(Outcome::budgetUnknown).orElse(0);
        return " (" + String.format(Locale.ROOT, "%,d", result.simulations()) + " runs of the spec's ranges, seed "
                + result.seed() + (unknown == 0 ? ")" : "; " + String.format(Locale.ROOT, "%,d", unknown)
                + " more are INCOMPLETE and fit on their priced part: over or not is unknown, so this is a lower bound)");
    }

    @Override
    public String absent(String architecture) {
        return outcome(architecture).isPresent() ? "the spec has no budget" : "not computed without ranges";
    }

    private Optional<Outcome> outcome(String architecture) {
        return result.outcomes().stream().filter(o -> o.architecture().equals(architecture)).findFirst();
    }
}

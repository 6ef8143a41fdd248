package dev.cloudplan.core.decide;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The probability that an architecture goes over budget, where ranged inputs make one (a Monte Carlo run over the
 * spec's ranges). The hook for {@link Criterion#BUDGET_RISK}: without ranges there is none, and the matrix says
 * "not computed without ranges" and leaves the criterion's weight out.
 */
public interface BudgetRisk {
    BudgetRisk NONE = architecture -> Optional.empty();

    /** The share of runs over budget (0 to 1), or empty when the spec gives no ranges. */
    Optional<BigDecimal> probabilityOverBudget(String architecture);
}

package dev.cloudplan.core.decide;

import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.SpikeRisk;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.BudgetVerdict;
import java.util.List;
import java.util.Map;

/**
 * What was computed about one architecture for the matrix; a null field is a criterion not computed (the matrix's
 * context says why).
 *
 * @param components component name to type, in the architecture's order
 * @param at10x      the steady month's cost with every load figure at 10x
 * @param overCapacityAt10x some component is over a capacity limit in some month at 10x: the cost is of what does
 *                          not carry the load
 * @param budget     null without a budget
 * @param wins       where it is cheapest over the break-even driver's grid
 */
public record Facts(String architecture, boolean complete, Map<String, String> components, Money horizonCost,
        Cost at10x, boolean overCapacityAt10x, SpikeRisk spike, BudgetVerdict budget, Wins wins) {
    public Facts {
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    }

    /**
     * Where over the grid this architecture is the cheapest complete one.
     *
     * @param decided grid points where every architecture is priced complete (the others say nothing of the cheapest)
     * @param wonAt   the values where it is the cheapest, in grid order
     */
    public record Wins(int decided, List<java.math.BigDecimal> wonAt) {
        public Wins {
            wonAt = List.copyOf(wonAt);
        }
    }

    /**
     * How the computed criteria were measured, for the reasons; {@code notComputed} gives, per criterion, why it was
     * not (its weight is then left out).
     */
    public record Context(String tenX, String spike, String breakEven,
            java.util.function.Function<java.math.BigDecimal, String> driverValue, int gridPoints,
            Map<Criterion, String> notComputed) {
        public Context {
            notComputed = Map.copyOf(notComputed);
        }
    }
}

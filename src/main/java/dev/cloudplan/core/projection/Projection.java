package dev.cloudplan.core.projection;

import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.money.Money;
import java.util.List;

/**
 * One architecture priced month by month over the horizon.
 *
 * @param annual first 12 months; for a shorter horizon, the horizon's total scaled to 12 months
 */
public record Projection(String architecture, String description, List<MonthCost> months, Money total,
        Money amortisedTotal, Money annual, BudgetVerdict budget, List<String> assumptions, List<MonthPlan> capacity) {
    public Projection {
        months = List.copyOf(months);
        assumptions = List.copyOf(assumptions);
        capacity = List.copyOf(capacity);
    }

    /** True when some component is over a limit in some month. */
    public boolean overCapacity() {
        for (MonthPlan plan : capacity) {
            if (plan.anyOver()) {
                return true;
            }
        }
        return false;
    }

    /** True when every charge of every month was priced. */
    public boolean complete() {
        for (MonthCost m : months) {
            if (!m.unpriced().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public List<UnpricedCharge> unpriced() {
        return months.stream().flatMap(m -> m.unpriced().stream()).distinct().toList();
    }
}

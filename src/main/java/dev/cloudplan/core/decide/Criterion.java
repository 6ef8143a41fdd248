package dev.cloudplan.core.decide;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One criterion of the decision matrix: its name in the spec, its default weight, and whether it is computed. */
public enum Criterion {
    HORIZON_COST("horizon_cost", 3, true, "the horizon's cash cost"),
    COST_AT_10X("cost_at_10x", 2, true, "a steady month's cash cost with every load figure at 10x"),
    SPIKE("spike", 1, true, "the spike month's bill, and whether the spike is carried"),
    BUDGET_FIT("budget_fit", 2, true, "the worst period's spend against the budget"),
    /** The probability of going over budget: computed only from ranged inputs (Monte Carlo), see {@link BudgetRisk}. */
    BUDGET_RISK("budget_risk", 0, true, "the probability of going over budget, from ranged inputs"),
    BREAK_EVEN("break_even", 1, true, "the share of the scale around the spec's (a tenth to 10x) where it is cheapest"),
    OPERATIONS("operations", 1, false, "operational effort, by component type (10 = least)"),
    LOCK_IN("lock_in", 1, false, "how hard it is to move elsewhere, by component type (10 = most portable)");

    private final String specName;
    private final BigDecimal defaultWeight;
    private final boolean computed;
    private final String meaning;

    Criterion(String specName, int defaultWeight, boolean computed, String meaning) {
        this.specName = specName;
        this.defaultWeight = BigDecimal.valueOf(defaultWeight);
        this.computed = computed;
        this.meaning = meaning;
    }

    public String specName() {
        return specName;
    }

    public BigDecimal defaultWeight() {
        return defaultWeight;
    }

    /** False for the criteria scored from stated figures (the component-type defaults or the spec's own). */
    public boolean computed() {
        return computed;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<Criterion> of(String name) {
        return Arrays.stream(values()).filter(c -> c.specName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Criterion::specName).toList();
    }
}

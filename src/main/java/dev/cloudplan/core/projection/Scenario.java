package dev.cloudplan.core.projection;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.money.Currency;
import dev.cloudplan.core.workload.Workload;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything one estimate depends on besides prices: where, how long, from when, for which account,
 * under which workload and budget, and the candidate architectures.
 */
public record Scenario(
        String name,
        String region,
        int horizonMonths,
        YearMonth start,
        Account account,
        Workload workload,
        Budget budget,
        List<FixedCost> fixedCosts,
        List<Architecture> architectures,
        List<String> assumptions,
        Currency currency) {

    /** A scenario reported in USD only. */
    public Scenario(String name, String region, int horizonMonths, YearMonth start, Account account, Workload workload,
            Budget budget, List<FixedCost> fixedCosts, List<Architecture> architectures, List<String> assumptions) {
        this(name, region, horizonMonths, start, account, workload, budget, fixedCosts, architectures, assumptions, null);
    }

    public Scenario {
        fixedCosts = List.copyOf(fixedCosts);
        architectures = List.copyOf(architectures);
        assumptions = List.copyOf(assumptions);
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 month");
        }
    }
}

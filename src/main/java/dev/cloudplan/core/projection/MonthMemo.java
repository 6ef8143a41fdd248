package dev.cloudplan.core.projection;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.rules.Rules;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The month before's priced components, for a month that would price the same: a flat workload prices its first
 * month again and again (the what-if server recomputes a 12-month comparison on every slider move). A month repeats
 * the one before when its workload figures, free-tier regimes and every component's configuration for the calendar
 * month are equal, no rule's charges change in the month for its configuration (an upfront fee, logs piling up) and nothing
 * was sized by {@code auto} (whose decision names the month). Fixed costs and credits are not remembered: they are
 * the estimator's own, month by month.
 */
final class MonthMemo {
    private WorkloadMonth workload;
    private Set<FreeTierRegime> regimes;
    private YearMonth calendar;
    private MonthPlan plan;
    private List<LineItem> lines;
    private List<UnpricedCharge> unpriced;

    /** What a month remembers: its plan and its components' priced lines and unpriced charges. */
    record Month(MonthPlan plan, List<LineItem> lines, List<UnpricedCharge> unpriced) {}

    /** Remembers a month priced in full. */
    void priced(WorkloadMonth w, Set<FreeTierRegime> r, YearMonth cal, MonthPlan p, List<LineItem> l,
            List<UnpricedCharge> u) {
        workload = w;
        regimes = r;
        calendar = cal;
        plan = p;
        lines = List.copyOf(l);
        unpriced = List.copyOf(u);
    }

    /** The month before's plan (as month {@code w.month()}) and priced lines, or null when this month may differ. */
    Month repeat(Architecture architecture, WorkloadMonth w, Set<FreeTierRegime> r, YearMonth cal,
            Assumptions assumptions) {
        if (plan == null || !regimes.equals(r) || !workload.sameFiguresAs(w) || !sameConfigurations(architecture,
                cal, w.month(), assumptions)) {
            return null;
        }
        workload = w;
        calendar = cal;
        plan = new MonthPlan(w.month(), plan.components(), plan.clients());
        return new Month(plan, lines, unpriced);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean sameConfigurations(Architecture architecture, YearMonth cal, int month, Assumptions assumptions) {
        for (Component component : architecture.components()) {
            PricingRule rule = Rules.forType(component.type()).orElse(null);
            PlannedComponent planned = plan.component(component.name()).orElse(null);
            if (rule == null || planned == null || planned.decision() != null) {
                return false;
            }
            ComponentConfig config = planned.config();
            if (rule.changesIn(config, month)
                    || !rule.inMonth(config, calendar, assumptions).equals(rule.inMonth(config, cal, assumptions))) {
                return false;
            }
        }
        return true;
    }
}

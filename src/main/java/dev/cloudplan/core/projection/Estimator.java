package dev.cloudplan.core.projection;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.CandidateCost;
import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.capacity.CapacityPlanner;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.ScalingPath;
import dev.cloudplan.core.capacity.Sizable;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.MissingPriceException;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.pricing.MonthPricer;
import dev.cloudplan.core.pricing.PricedCharge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.UnitMismatchException;
import dev.cloudplan.core.pricing.rules.MissingWorkloadException;
import dev.cloudplan.core.pricing.rules.Rules;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Workload;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices an architecture month by month.
 *
 * <p>Order of operations for each month:
 * 1. the workload as it stands that month;
 * 2. each component's usage: derived by its rule, then replaced by the spec's explicit overrides;
 * 3. the rule's charges, priced with the account's free tiers of that calendar month (pools shared by
 *    all components); a price the catalog lacks becomes an unpriced charge, never zero, and so does the
 *    quantity above the last tier of a ladder the catalog holds only in part (the tiers below are billed);
 * 4. fixed costs due that month;
 * 5. free-plan credits against the month's AWS charges;
 * 6. totals: cash, running cash, and amortised (upfront spread over its term).
 * Then the annual figure and the budget verdict.
 */
public final class Estimator {
    /** The service of fixed-cost lines and of the free-plan credits line (a sweep tells them from AWS charges). */
    public static final String FIXED = "Fixed";
    public static final String CREDITS = "Credits";

    private final PriceCatalog catalog;
    private final CapacityData capacity;
    private final boolean monthMemo;
    /** By identity: a workload is immutable, and the same one is priced for every architecture of a spec. */
    private final Map<Workload, List<WorkloadMonth>> workloadCache = new java.util.IdentityHashMap<>();

    public Estimator(PriceCatalog catalog) {
        this(catalog, CapacityData.NONE);
    }

    /** An estimator that also checks capacity and sizes {@code auto} components from {@code capacity}. */
    public Estimator(PriceCatalog catalog, CapacityData capacity) {
        this(catalog, capacity, true);
    }

    private Estimator(PriceCatalog catalog, CapacityData capacity, boolean monthMemo) {
        this.catalog = catalog;
        this.capacity = capacity;
        this.monthMemo = monthMemo;
    }

    /** This estimator pricing every month in full, never from the month before's (MonthMemo): to check the memo. */
    public Estimator withoutMonthMemo() {
        return new Estimator(catalog, capacity, false);
    }

    /** Where the architecture of {@code projection} breaks as the load grows, and what each next step costs. */
    public ScalingPath.Path scalingPath(Scenario scenario, Architecture architecture, Projection projection) {
        CandidateCost cost = new ListPrices(catalog, capacity, scenario);
        return new ScalingPath(new CapacityPlanner(capacity, cost), cost, Estimator::autoSized).of(architecture,
                projection.capacity(), workloadMonths(scenario));
    }

    /**
     * The components of {@code plan} (a month of the architecture's projection) checked at the load of {@code w}
     * without resizing them: what a spike day meets.
     */
    public List<PlannedComponent> recheck(Scenario scenario, MonthPlan plan, WorkloadMonth w) {
        return new CapacityPlanner(capacity, new ListPrices(catalog, capacity, scenario)).recheck(plan, w,
                new Assumptions());
    }

    /** A component of the type with its defaults and instance_type: auto, for a step that adds one. */
    private static Optional<Sizable> autoSized(String type) {
        return Rules.forType(type).flatMap(rule -> {
            Map<String, Object> values = new HashMap<>();
            rule.allSettings().forEach(s -> values.put(s.name(), s.defaultValue()));
            values.put("instance_type", Setting.AUTO);
            return rule.configure(new Settings(values)) instanceof Sizable s ? Optional.of(s) : Optional.empty();
        });
    }

    public Projection estimate(Scenario scenario, Architecture architecture) {
        checkEgressShares(architecture);
        Assumptions assumptions = new Assumptions();
        architecture.defaultsApplied().forEach(assumptions::add);
        List<List<LineItem>> monthLines = new ArrayList<>();
        List<List<UnpricedCharge>> monthUnpriced = new ArrayList<>();
        Money creditsLeft = scenario.account().credits();
        List<Money[]> credits = new ArrayList<>();
        List<WorkloadMonth> workloads = workloadMonths(scenario);
        CapacityPlanner planner = new CapacityPlanner(capacity, new ListPrices(catalog, capacity, scenario));
        List<MonthPlan> plans = new ArrayList<>();
        MonthMemo memo = new MonthMemo();
        for (int m = 1; m <= scenario.horizonMonths(); m++) {
            YearMonth calendar = scenario.start().plusMonths(m - 1);
            WorkloadMonth workload = workloads.get(m - 1);
            Set<FreeTierRegime> regimes = scenario.account().regimesIn(calendar);
            MonthMemo.Month same = monthMemo ? memo.repeat(architecture, workload, regimes, calendar, assumptions) : null;
            List<LineItem> lines;
            List<UnpricedCharge> unpriced;
            if (same != null) {
                plans.add(same.plan());
                lines = new ArrayList<>(same.lines());
                unpriced = new ArrayList<>(same.unpriced());
            } else {
                MonthPricer pricer = new MonthPricer(catalog, scenario.region(), regimes);
                lines = new ArrayList<>();
                unpriced = new ArrayList<>();
                MonthPlan plan = planner.plan(architecture, workload, assumptions);
                plans.add(plan);
                for (Component component : architecture.components()) {
                    PlannedComponent planned = plan.component(component.name()).orElseThrow();
                    priceComponent(architecture, component, planned, workload, calendar, m, pricer, assumptions, lines,
                            unpriced);
                }
                memo.priced(workload, regimes, calendar, plan, lines, unpriced);
            }
            // Free-plan credits pay AWS charges only: a stated price (a PaaS plan) is not on the AWS bill.
            Money awsTotal = sum(lines.stream().filter(l -> !Charge.STATED_SERVICE.equals(l.service())).toList());
            lines.addAll(fixedCosts(scenario, m));
            Money used = Money.ZERO;
            if (scenario.account().creditsUsableIn(calendar) && creditsLeft.compareTo(Money.ZERO) > 0
                    && awsTotal.compareTo(Money.ZERO) > 0) {
                used = creditsLeft.min(awsTotal);
                creditsLeft = creditsLeft.minus(used);
                lines.add(creditLine(used, creditsLeft));
            } else if (!scenario.account().creditsUsableIn(calendar)) {
                // Expired credits are gone, not carried as if still spendable.
                creditsLeft = Money.ZERO;
            }
            credits.add(new Money[] {used, creditsLeft});
            monthLines.add(lines);
            monthUnpriced.add(unpriced);
        }
        return assemble(scenario, architecture, monthLines, monthUnpriced, credits, assumptions, plans);
    }

    /** The scenario's workload month by month, computed once however many architectures are priced against it. */
    private List<WorkloadMonth> workloadMonths(Scenario scenario) {
        int horizon = scenario.horizonMonths();
        List<WorkloadMonth> months = workloadCache.get(scenario.workload());
        if (months == null || months.size() < horizon) {
            months = scenario.workload().months(horizon);
            workloadCache.put(scenario.workload(), months);
        }
        return months.subList(0, horizon);
    }

    /** Data transfer out and a CDN each bill a share of workload.egress; together they must not bill it twice. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void checkEgressShares(Architecture architecture) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        Component last = null;
        for (Component component : architecture.components()) {
            PricingRule rule = Rules.forType(component.type()).orElse(null);
            if (rule == null) {
                continue;
            }
            BigDecimal share = rule.egressShare((ComponentConfig) component.config());
            if (share.signum() > 0) {
                total = total.add(share);
                parts.add(component.name() + " " + share.stripTrailingZeros().toPlainString());
                last = component;
            }
        }
        if (total.compareTo(BigDecimal.ONE) > 0) {
            throw new EstimateException(architecture.name(), last.name(), "share", "the components of architecture '"
                    + architecture.name() + "' bill " + total.multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                    .toPlainString() + "% of workload.egress (" + String.join(" + ", parts) + "): the same bytes would be"
                    + " billed twice; give each its part, e.g. a CDN share: 0.5 and data transfer out share: 0.5", null);
        }
    }

    /** A charge with the component it bills. */
    public record ComponentCharge(String component, Charge charge) {}

    /**
     * The charges of {@code architecture} in the month of {@code workload}, in the order {@link #estimate} prices
     * them (one account's tiers and free pools are climbed in that order), before any price: what a compiled plan
     * (core.montecarlo) models and prices on its own arrays. Sized and planned as the estimate plans the month.
     */
    public List<ComponentCharge> monthCharges(Scenario scenario, Architecture architecture, WorkloadMonth workload) {
        Assumptions assumptions = new Assumptions();
        MonthPlan plan = new CapacityPlanner(capacity, new ListPrices(catalog, capacity, scenario)).plan(architecture, workload,
                assumptions);
        List<ComponentCharge> out = new ArrayList<>();
        for (Component component : architecture.components()) {
            PlannedComponent planned = plan.component(component.name()).orElseThrow();
            for (Charge c : charges(architecture, component, planned, workload, scenario.start().plusMonths(
                    workload.month() - 1L), workload.month(), assumptions)) {
                out.add(new ComponentCharge(component.name(), c));
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Charge> charges(Architecture architecture, Component component, PlannedComponent planned,
            WorkloadMonth workload, YearMonth calendar, int month, Assumptions assumptions) {
        PricingRule rule = Rules.forType(component.type()).orElseThrow(() -> new EstimateException(
                architecture.name(), component.name(), null, "unknown component type '" + component.type() + "'", null));
        ComponentConfig config = (ComponentConfig) rule.inMonth(planned.config(), calendar, assumptions);
        Usage usage = usage(architecture, component, config, rule, workload, assumptions);
        if (planned.surplusCreditVcpuHours().signum() > 0
                && !component.usageOverrides().containsKey(PlannedComponent.SURPLUS_CREDITS)) {
            usage.put(PlannedComponent.SURPLUS_CREDITS, planned.surplusCreditVcpuHours(),
                    CapacityPlanner.surplusFormula(planned));
        }
        if (!component.usageOverrides().containsKey(PlannedComponent.INSTANCE_VCPUS)) {
            ListPrices.putVcpus(capacity, rule, planned.config(), usage);
        }
        try {
            return rule.charges(config, usage, month);
        } catch (IllegalArgumentException e) {
            throw new EstimateException(architecture.name(), component.name(), null, e.getMessage(), e);
        }
    }

    private void priceComponent(Architecture architecture, Component component, PlannedComponent planned,
            WorkloadMonth workload, YearMonth calendar, int month, MonthPricer pricer, Assumptions assumptions,
            List<LineItem> lines, List<UnpricedCharge> unpriced) {
        for (Charge charge : charges(architecture, component, planned, workload, calendar, month, assumptions)) {
            try {
                PricedCharge priced = pricer.price(component.name(), charge);
                lines.addAll(priced.lines());
                if (priced.beyond() != null) {
                    unpriced.add(UnpricedCharge.beyond(component.name(), charge.setting(), priced.beyond()));
                }
            } catch (MissingPriceException e) {
                unpriced.add(new UnpricedCharge(component.name(), charge.setting(), charge.label(), e.getMessage()));
            } catch (UnitMismatchException e) {
                throw new EstimateException(architecture.name(), component.name(), null, "component '" + component.name()
                        + "': " + e.getMessage(), e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Usage usage(Architecture architecture, Component component, ComponentConfig config, PricingRule rule,
            WorkloadMonth workload, Assumptions assumptions) {
        Map<String, BigDecimal> overrides = component.usageOverrides();
        Usage usage;
        try {
            usage = rule.derive(config, workload, assumptions);
        } catch (MissingWorkloadException e) {
            if (!overrides.keySet().containsAll(rule.usageKeys().keySet())) {
                throw new EstimateException(architecture.name(), component.name(), null,
                        "component '" + component.name() + "': " + e.getMessage(), e);
            }
            usage = new Usage();
        } catch (IllegalArgumentException e) {
            throw new EstimateException(architecture.name(), component.name(), null, e.getMessage(), e);
        }
        for (Map.Entry<String, BigDecimal> o : overrides.entrySet()) {
            usage.put(o.getKey(), o.getValue(), o.getValue().toPlainString() + " " + rule.usageKeys().get(o.getKey())
                    + " (given in the spec)");
        }
        return usage;
    }

    private static List<LineItem> fixedCosts(Scenario scenario, int month) {
        List<LineItem> out = new ArrayList<>();
        for (FixedCost f : scenario.fixedCosts()) {
            if (f.dueIn(month)) {
                String when = switch (f.recurrence()) {
                    case ONCE -> "one-time, paid in month 1";
                    case MONTHLY -> "every month";
                    case YEARLY -> "yearly, paid in month " + month;
                };
                out.add(new LineItem("fixed costs", FIXED, "fixed", f.name(), BigDecimal.ONE, "Quantity",
                        f.amount().amount(), BigDecimal.ZERO, f.amount().toCents(), f.amount(), "1 x " + when, null,
                        "stated in the spec", "spec", null,
                        f.recurrence() == FixedCost.Recurrence.YEARLY ? 12 : 0, Grade.STATED));
            }
        }
        return out;
    }

    private static LineItem creditLine(Money used, Money left) {
        return new LineItem("free plan", CREDITS, "credits", "Free plan credits", used.amount(), "USD",
                BigDecimal.ONE.negate(), BigDecimal.ZERO, used.negate(), used.negate(),
                "credits applied up to the month's AWS charges; " + left + " USD left", null,
                "AWS Free Tier credits of the free plan", "https://aws.amazon.com/free/", null, 0, null);
    }

    private Projection assemble(Scenario scenario, Architecture architecture, List<List<LineItem>> monthLines,
            List<List<UnpricedCharge>> monthUnpriced, List<Money[]> credits, Assumptions assumptions,
            List<MonthPlan> plans) {
        int horizon = scenario.horizonMonths();
        BigDecimal[] amortised = new BigDecimal[horizon];
        java.util.Arrays.fill(amortised, BigDecimal.ZERO);
        for (int m = 0; m < horizon; m++) {
            for (LineItem line : monthLines.get(m)) {
                if (line.amortiseMonths() > 0) {
                    BigDecimal share = line.cost().amount().divide(BigDecimal.valueOf(line.amortiseMonths()), 10,
                            RoundingMode.HALF_UP);
                    for (int k = m; k < Math.min(horizon, m + line.amortiseMonths()); k++) {
                        amortised[k] = amortised[k].add(share);
                    }
                } else {
                    amortised[m] = amortised[m].add(line.cost().amount());
                }
            }
        }
        List<MonthCost> months = new ArrayList<>();
        Money cumulative = Money.ZERO;
        Money amortisedTotal = Money.ZERO;
        for (int m = 0; m < horizon; m++) {
            Money total = sum(monthLines.get(m));
            cumulative = cumulative.plus(total);
            Money am = Money.of(amortised[m]).toCents();
            amortisedTotal = amortisedTotal.plus(am);
            months.add(new MonthCost(m + 1, scenario.start().plusMonths(m), monthLines.get(m), total, am, cumulative,
                    monthUnpriced.get(m), credits.get(m)[0], credits.get(m)[1]));
        }
        Money annual;
        if (horizon >= 12) {
            annual = months.get(11).cumulative();
        } else {
            // What is paid once in a year (one-time and yearly fixed costs, upfront payments) counts once, not 12 / N
            // times: only the running cost is scaled to a year.
            Money once = Money.ZERO;
            for (List<LineItem> lines : monthLines) {
                for (LineItem l : lines) {
                    if (l.amortiseMonths() > 0 || l.formula().endsWith("one-time, paid in month 1")) {
                        once = once.plus(l.cost());
                    }
                }
            }
            annual = cumulative.minus(once).times(new BigDecimal("12")).times(BigDecimal.ONE.divide(
                    BigDecimal.valueOf(horizon), 10, RoundingMode.HALF_UP)).plus(once).toCents();
            assumptions.add("Annual figure: the horizon is " + horizon + " months, so 'annual' is its total x 12 / "
                    + horizon + (once.compareTo(Money.ZERO) == 0 ? "." : ", except " + once.toCents().amount()
                    .toPlainString() + " USD paid once (one-time and yearly fixed costs, upfront payments), counted once."));
        }
        boolean complete = monthUnpriced.stream().allMatch(List::isEmpty);
        BudgetVerdict verdict = scenario.budget() == null ? null : BudgetVerdict.of(scenario.budget(), months, complete);
        return new Projection(architecture.name(), architecture.description(), months, cumulative, amortisedTotal,
                annual, verdict, assumptions.list(), plans);
    }

    private static String amount(Money m) {
        return String.format(java.util.Locale.ROOT, "%,.2f", m.amount());
    }

    private static Money sum(List<LineItem> lines) {
        Money total = Money.ZERO;
        for (LineItem l : lines) {
            total = total.plus(l.cost());
        }
        return total;
    }
}

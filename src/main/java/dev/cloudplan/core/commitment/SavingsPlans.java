package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.SavingsPlanCovered;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.Sizable;
import dev.cloudplan.core.catalog.MissingPriceException;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.commitment.CommitmentAnalysis.ComponentCommitments;
import dev.cloudplan.core.commitment.CommitmentAnalysis.Missing;
import dev.cloudplan.core.commitment.CommitmentAnalysis.Priced;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.pricing.MonthPricer;
import dev.cloudplan.core.pricing.PricedCharge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.rules.Rules;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compute Savings Plans for what they cover beyond EC2 (Fargate vCPU and memory, Lambda duration and provisioned
 * concurrency): an hourly spend commitment. One committed unit is 1 USD an hour of on-demand spend covered; it costs the
 * plan's rate over the on-demand rate (the covered usage of the horizon priced both ways), so that ratio is its
 * break-even utilisation. The spend floor and peaks come from the estimate's own usage, hour shape from the tasks the
 * sizer runs (Fargate) or the workload's daily peak (Lambda duration; provisioned concurrency is held all month).
 */
final class SavingsPlans {
    /** limits.csv: the least share of a Partial Upfront plan's commitment paid upfront (the CreateSavingsPlan API). */
    static final String PARTIAL_SHARE = "savingsplans.partial-upfront.min-share";
    static final String UNIT = "USD/h";
    private static final List<PurchaseOption> OPTIONS = java.util.stream.Stream.of("1yr", "3yr")
            .flatMap(t -> java.util.stream.Stream.of("no-upfront", "partial-upfront", "all-upfront")
                    .map(p -> PurchaseOption.parse("compute-savings-plan " + t + " " + p))).toList();

    private final PriceCatalog catalog;
    private final Map<String, Limit> limits;

    SavingsPlans(PriceCatalog catalog, Map<String, Limit> limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    ComponentCommitments analyse(String region, String architecture, Component c, List<ComponentConfig> configs,
            List<WorkloadMonth> workload) {
        SavingsPlanCovered first = (SavingsPlanCovered) configs.get(0);
        if (!first.savingsPlanApplies()) {
            return none(architecture, c, "bought on spot capacity, which no Savings Plan covers: set capacity: on-demand"
                    + " to see its Compute Savings Plans");
        }
        PricingRule rule = Rules.forType(c.type()).orElseThrow();
        Set<String> names = Set.copyOf(first.savingsPlanCharges());
        Set<String> steady = Set.copyOf(first.steadyCharges());
        MonthPricer pricer = new MonthPricer(catalog, region, Set.of());
        List<List<Charge>> covered = new ArrayList<>();
        List<FleetMonth> fleet = new ArrayList<>();
        BigDecimal onDemand = BigDecimal.ZERO;
        for (int i = 0; i < configs.size(); i++) {
            SavingsPlanCovered p = ((SavingsPlanCovered) configs.get(i)).withoutSavingsPlan();
            WorkloadMonth w = workload.get(i);
            List<Charge> charges = CommitmentAnalysis.of(rule.charges(p, rule.derive(p, w, new Assumptions()), i + 1), names);
            BigDecimal spend = BigDecimal.ZERO;
            BigDecimal held = BigDecimal.ZERO;
            try {
                for (Charge ch : charges) {
                    BigDecimal cost = cost(pricer, region, c.name(), ch);
                    spend = spend.add(cost);
                    held = steady.contains(ch.charge()) ? held.add(cost) : held;
                }
            } catch (MissingPriceException e) {
                return none(architecture, c, "its on-demand rate is NOT PRICED in this catalog (" + e.key().charge()
                        + "), so no Savings Plan can be compared with it");
            }
            covered.add(charges);
            onDemand = onDemand.add(spend);
            fleet.add(spendMonth(i + 1, p, spend, held, w));
        }
        if (onDemand.signum() == 0) {
            return none(architecture, c, "a Compute Savings Plan covers its " + String.join(", ", first.savingsPlanCharges())
                    + ", but it has no such spend over the horizon");
        }
        List<Priced> priced = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (PurchaseOption o : OPTIONS) {
            BigDecimal plan = BigDecimal.ZERO;
            try {
                for (List<Charge> month : covered) {
                    for (Charge ch : month) {
                        plan = plan.add(cost(pricer, region, c.name(), Charge.of(ch.label(), ch.service(), ch.charge(),
                                o.attributes(ch.attributes()), ch.setting(), ch.quantity(), ch.unit(), ch.formula())));
                    }
                }
            } catch (MissingPriceException e) {
                String unit = covered.stream().flatMap(List::stream).filter(ch -> ch.charge().equals(e.key().charge()))
                        .map(Charge::unit).findFirst().orElse("");
                missing.add(new Missing(o, e.key(), unit, null));
                continue;
            }
            Rates r = rates(o, plan.divide(onDemand, DIVISION));
            List<String> billed = covered.stream().flatMap(List::stream).map(Charge::charge).distinct().toList();
            priced.add(new Priced(o, "on-demand spend on " + String.join(", ", billed), UNIT, r,
                    CommitmentAnalysis.utilisation(fleet), r.cashPaybackMonth(BigDecimal.ONE), BestShare.atLevels(r, fleet)));
        }
        return new ComponentCommitments(architecture, c.name(), c.type(), null, "on-demand", priced, missing,
                note(first, c.type()));
    }

    /**
     * One USD an hour of on-demand spend committed: the plan's rate for it ({@code ratio}, the break-even use), paid
     * hourly, upfront for the term (All Upfront) or the least share upfront and the rest hourly (Partial Upfront).
     */
    Rates rates(PurchaseOption o, BigDecimal ratio) {
        BigDecimal upfrontShare = switch (o.payment()) {
            case NO_UPFRONT -> BigDecimal.ZERO;
            case ALL_UPFRONT -> BigDecimal.ONE;
            case PARTIAL_UPFRONT -> limit(PARTIAL_SHARE);
        };
        BigDecimal termHours = HOURS_PER_MONTH.multiply(BigDecimal.valueOf(o.termMonths()));
        return new Rates(BigDecimal.ONE, ratio.multiply(BigDecimal.ONE.subtract(upfrontShare)),
                ratio.multiply(upfrontShare).multiply(termHours), o.termMonths());
    }

    private BigDecimal limit(String key) {
        Limit l = limits.get(key);
        if (l == null) {
            throw new IllegalStateException("limits.csv has no row '" + key + "'");
        }
        return l.value();
    }

    /**
     * The month's on-demand spend an hour: tasks at the sizer's peak and off-peak counts (Fargate), else the steady
     * part all month and the rest shaped as the requests are over the day (workload.peak).
     */
    private static FleetMonth spendMonth(int month, SavingsPlanCovered p, BigDecimal spend, BigDecimal held,
            WorkloadMonth w) {
        LoadProfile profile = w.profile();
        if (p instanceof Sizable s) {
            BigDecimal taskHours = BigDecimal.valueOf(s.units()).multiply(s.hoursEach());
            if (taskHours.signum() == 0) {
                return FleetMonth.steady(month, BigDecimal.ZERO);
            }
            return CommitmentAnalysis.fleetMonth(month, BigDecimal.valueOf(s.units()), taskHours, profile)
                    .times(spend.divide(taskHours, DIVISION));
        }
        BigDecimal base = held.divide(HOURS_PER_MONTH, DIVISION);
        BigDecimal varying = spend.subtract(held).divide(HOURS_PER_MONTH, DIVISION);
        BigDecimal average = profile.averagePerSecond(Driver.REQUESTS, w);
        if (average == null || average.signum() == 0) {
            return new FleetMonth(month, base.add(varying), base.add(varying), HOURS_PER_MONTH, spend);
        }
        BigDecimal peak = profile.peak(Driver.REQUESTS, w).divide(average, DIVISION);
        BigDecimal off = profile.offPeak(Driver.REQUESTS, w).divide(average, DIVISION);
        BigDecimal peakHours = HOURS_PER_MONTH.multiply(profile.hoursPerDay()).divide(LoadProfile.HOURS_PER_DAY, DIVISION);
        return new FleetMonth(month, base.add(varying.multiply(peak)), base.add(varying.multiply(off)), peakHours, spend);
    }

    /** The charge's cost at the catalog's (or stated) prices, every tier; a part beyond the last tier is NOT PRICED. */
    private static BigDecimal cost(MonthPricer pricer, String region, String component, Charge charge) {
        PricedCharge priced = pricer.price(component, charge);
        if (priced.beyond() != null) {
            throw new MissingPriceException(new dev.cloudplan.core.catalog.PriceKey(charge.service(), region,
                    charge.charge(), charge.attributes()), priced.beyond().reason());
        }
        return priced.lines().stream().map(LineItem::exactCost).map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String note(SavingsPlanCovered first, String type) {
        String shape = type.equals("fargate") ? "the tasks the estimate runs at peak and off-peak"
                : "provisioned concurrency held all month, duration following the requests' daily peak (workload.peak)";
        String stated = first.savingsPlanDiscount() == null ? "" : "; the estimate already bills it at the stated"
                + " savings_plan_discount of " + Decimals.percent(first.savingsPlanDiscount()) + " (the plan taken as"
                + " fully used, break-even " + Decimals.percent(BigDecimal.ONE.subtract(first.savingsPlanDiscount()))
                + "), and the plans below are priced against its on-demand rates";
        return "a Compute Savings Plan is an hourly spend commitment: one unit is 1 USD an hour of on-demand spend"
                + " covered, costing the plan's rate / the on-demand rate (blended over the horizon's covered usage),"
                + " which is its break-even use; Partial Upfront is taken at the least share AWS allows upfront (limits.csv "
                + PARTIAL_SHARE + "); the hourly spend is " + shape + stated;
    }

    private static ComponentCommitments none(String architecture, Component c, String note) {
        return new ComponentCommitments(architecture, c.name(), c.type(), null, null, List.of(), List.of(), note);
    }
}

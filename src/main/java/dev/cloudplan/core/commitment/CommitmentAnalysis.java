package dev.cloudplan.core.commitment;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.Purchasable;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.SavingsPlanCovered;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.catalog.MissingPriceException;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.catalog.PriceKey;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.MonthPricer;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.pricing.rules.Rules;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every commitment AWS sells for each component of an architecture, priced from the catalog (or the spec's stated
 * prices) against the component's own on-demand rate: rates, break-even utilisation, payback and the best number of
 * instances to commit over the horizon, from the instance-hours the estimate runs month by month. A commitment the
 * catalog has no rate for is listed with the key to state it under {@code prices:}, never priced at zero.
 */
public final class CommitmentAnalysis {
    private static final String UPFRONT = "upfront";
    private static final PurchaseOption ALL_UPFRONT = PurchaseOption.parse("reserved 1yr all-upfront");

    private final PriceCatalog catalog;
    private final Map<String, Limit> limits;

    /** @param limits limits.csv: the least share of a Partial Upfront Savings Plan paid upfront */
    public CommitmentAnalysis(PriceCatalog catalog, Map<String, Limit> limits) {
        this.catalog = catalog;
        this.limits = Map.copyOf(limits);
    }

    /** One component's commitments; {@code note} says why there are none, or what was assumed. */
    public record ComponentCommitments(String architecture, String component, String type, String unitType,
            String purchase, List<Priced> priced, List<Missing> missing, String note) {
        public ComponentCommitments {
            priced = List.copyOf(priced);
            missing = List.copyOf(missing);
        }
    }

    /**
     * One commitment priced for one instance group of the component (an RDS primary and its read replicas are two).
     *
     * @param utilisation the group's instance-hours over the horizon / (its largest peak x 730 x months)
     * @param paybackFullUse the cash payback month of one instance running every hour; null when it never pays back
     */
    public record Priced(PurchaseOption option, String group, String unit, Rates rates, BigDecimal utilisation,
            Integer paybackFullUse, BestShare share) {}

    /**
     * A commitment without a rate: the catalog key a stated price must give, in {@code unit}; {@code upfront} the key of
     * the upfront fee per unit to state too (reserved terms with an upfront payment), else null (a Savings Plan's
     * upfront is its rate x the share prepaid).
     */
    public record Missing(PurchaseOption option, PriceKey key, String unit, PriceKey upfront) {}

    public List<ComponentCommitments> analyse(Scenario scenario, Architecture architecture, Projection projection) {
        List<WorkloadMonth> workload = scenario.workload().months(scenario.horizonMonths());
        LoadProfile profile = scenario.workload().profile();
        List<ComponentCommitments> out = new ArrayList<>();
        for (Component c : architecture.components()) {
            List<ComponentConfig> configs = monthConfigs(c, projection, scenario.horizonMonths());
            if (configs.get(0) instanceof SavingsPlanCovered) {
                out.add(new SavingsPlans(catalog, limits).analyse(scenario.region(), architecture.name(), c, configs,
                        workload));
                continue;
            }
            if (!(configs.get(0) instanceof Purchasable first) || first.commitmentOptions().isEmpty()) {
                out.add(new ComponentCommitments(architecture.name(), c.name(), c.type(), null, null, List.of(), List.of(),
                        Notes.without(c.type(), c.config())));
                continue;
            }
            if (first.purchase().kind() == PurchaseOption.Kind.SPOT) {
                out.add(new ComponentCommitments(architecture.name(), c.name(), c.type(), null, first.purchase().toString(),
                        List.of(), List.of(), "bought on spot at a stated discount: a commitment is compared with"
                                + " on-demand, so set purchase: on-demand to see its commitments"));
                continue;
            }
            out.add(analyse(scenario, architecture.name(), c, first, configs, workload, profile));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ComponentCommitments analyse(Scenario scenario, String architecture, Component c, Purchasable inAnyMonth,
            List<ComponentConfig> configs, List<WorkloadMonth> workload, LoadProfile profile) {
        PricingRule rule = Rules.forType(c.type()).orElseThrow();
        String region = scenario.region();
        // As billed in each calendar month: settings that follow the calendar (Extended Support) charge by it.
        Purchasable first = (Purchasable) rule.inMonth(inAnyMonth, scenario.start(), new Assumptions());
        Set<String> names = first.committedCharges().stream().map(Purchasable.Metered::charge)
                .collect(java.util.stream.Collectors.toSet());
        Set<String> types = new LinkedHashSet<>();
        List<List<FleetMonth>> fleets = new ArrayList<>();
        int unpaired = 0;
        for (int i = 0; i < configs.size(); i++) {
            Purchasable p = (Purchasable) rule.inMonth(configs.get(i), scenario.start().plusMonths(i), new Assumptions());
            if (p instanceof dev.cloudplan.core.capacity.RunsInstanceType sized && sized.unitType() != null) {
                types.add(sized.unitType());
            }
            WorkloadMonth w = workload.get(i);
            var usage = rule.derive(p.withPurchase(PurchaseOption.ON_DEMAND), w, new Assumptions());
            List<Charge> hours = of(rule.charges(p.withPurchase(PurchaseOption.ON_DEMAND), usage, i + 1), names);
            // The upfront charge's quantity is the group's unit count, whatever its price: asked at a term start.
            List<Charge> counts = of(rule.charges(p.withPurchase(ALL_UPFRONT), usage, 1), Set.of(UPFRONT));
            // A group the estimate bills without an upfront fee (Aurora Global Database secondaries) is left out.
            unpaired = Math.max(unpaired, hours.size() - counts.size());
            for (int g = 0; g < counts.size(); g++) {
                if (fleets.size() <= g) {
                    fleets.add(new ArrayList<>());
                }
                BigDecimal peak = p.peakUnits(g, w);
                fleets.get(g).add(fleetMonth(i + 1, peak != null ? peak : counts.get(g).quantity(),
                        hours.get(g).quantity(), profile));
            }
        }
        var usage1 = rule.derive(first.withPurchase(PurchaseOption.ON_DEMAND), workload.get(0), new Assumptions());
        List<Charge> onDemand = of(rule.charges(first.withPurchase(PurchaseOption.ON_DEMAND), usage1, 1), names);
        MonthPricer pricer = new MonthPricer(catalog, region, Set.of());
        List<BigDecimal> onDemandRates = new ArrayList<>();
        for (Charge h : onDemand.subList(0, Math.min(onDemand.size(), fleets.size()))) {
            BigDecimal rate = unitPrice(pricer, c.name(), h);
            if (rate == null) {
                return new ComponentCommitments(architecture, c.name(), c.type(), types.isEmpty() ? null : String.join(", ", types),
                        first.purchase().toString(), List.of(), List.of(), "its on-demand rate is NOT PRICED in this"
                                + " catalog, so no commitment can be compared with it (state it under prices: as {service: "
                                + h.service() + ", charge: " + h.charge() + ", attributes: {" + h.attributes().toString()
                                .replace("=", ": ").replace(";", ", ") + "}, unit: " + h.unit() + ", usd: RATE, ...})");
            }
            onDemandRates.add(rate);
        }
        List<Priced> priced = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (PurchaseOption o : first.commitmentOptions()) {
            List<Charge> charges = rule.charges(first.withPurchase(o), usage1, 1);
            List<Charge> hours = of(charges, names);
            List<Charge> upfronts = of(charges, Set.of(UPFRONT));
            List<Priced> found = new ArrayList<>();
            PriceKey lacking = null;
            String lackingUnit = null;
            for (int g = 0; g < fleets.size() && lacking == null; g++) {
                try {
                    BigDecimal recurring = price(pricer, c.name(), hours.get(g));
                    BigDecimal upfront = upfronts.isEmpty() ? BigDecimal.ZERO : price(pricer, c.name(), upfronts.get(g));
                    Rates r = new Rates(onDemandRates.get(g), recurring, upfront, o.termMonths());
                    List<FleetMonth> fleet = fleets.get(g);
                    Purchasable.Metered m = metered(first, hours.get(g));
                    found.add(new Priced(o, hours.get(g).label(), m.unit(), r, utilisation(fleet),
                            r.cashPaybackMonth(BigDecimal.ONE), m.everyCount() ? BestShare.of(r, fleet)
                                    : BestShare.atLevels(r, fleet)));
                } catch (MissingPriceException e) {
                    lacking = e.key();
                    lackingUnit = hours.get(g).unit();
                }
            }
            if (lacking != null) {
                missing.add(new Missing(o, lacking, lackingUnit, upfronts.isEmpty() ? null : new PriceKey(
                        upfronts.get(0).service(), region, UPFRONT, upfronts.get(0).attributes())));
            } else {
                priced.addAll(found);
            }
        }
        String note = types.size() > 1 ? "the instance type changes over the horizon (" + String.join(", ", types)
                + "): every commitment is priced on month 1's type, a Compute Savings Plan being the one that follows a"
                + " change of type" : null;
        if (unpaired > 0) {
            note = (note == null ? "" : note + "; ") + unpaired + " instance group(s) in other regions (a global"
                    + " database's secondaries) are not analysed: only the primary region's instances";
        }
        return new ComponentCommitments(architecture, c.name(), c.type(), types.isEmpty() ? null : String.join(", ", types),
                first.purchase().toString(), priced, missing, note);
    }

    private static Purchasable.Metered metered(Purchasable p, Charge hours) {
        return p.committedCharges().stream().filter(m -> m.charge().equals(hours.charge())).findFirst().orElseThrow();
    }

    /** The group's month: a steady fleet, or the peak count for the profile's peak hours and fewer off-peak. */
    static FleetMonth fleetMonth(int month, BigDecimal peak, BigDecimal hours, LoadProfile profile) {
        BigDecimal full = HOURS_PER_MONTH.multiply(peak);
        BigDecimal h = profile.hoursPerDay();
        if (hours.compareTo(full) >= 0 || peak.signum() == 0 || h.compareTo(LoadProfile.HOURS_PER_DAY) >= 0) {
            return new FleetMonth(month, peak, peak, HOURS_PER_MONTH, hours);
        }
        // hours = 730 / 24 x (h x peak + (24 - h) x off): solved for the off-peak count the sizer chose.
        BigDecimal perDay = hours.multiply(LoadProfile.HOURS_PER_DAY).divide(HOURS_PER_MONTH, 10, RoundingMode.HALF_UP);
        BigDecimal off = perDay.subtract(h.multiply(peak))
                .divide(LoadProfile.HOURS_PER_DAY.subtract(h), 0, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(peak);
        BigDecimal peakHours = HOURS_PER_MONTH.multiply(h).divide(LoadProfile.HOURS_PER_DAY, 10, RoundingMode.HALF_UP);
        return new FleetMonth(month, peak, off, peakHours, hours);
    }

    static BigDecimal utilisation(List<FleetMonth> fleet) {
        BigDecimal maxPeak = BestShare.maxPeak(fleet);
        if (maxPeak.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal hours = fleet.stream().map(FleetMonth::unitHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return hours.divide(HOURS_PER_MONTH.multiply(maxPeak).multiply(BigDecimal.valueOf(fleet.size())),
                dev.cloudplan.core.pricing.BillingConventions.DIVISION);
    }

    /** Each month's configuration as the estimate priced it (auto sized for the month), or as written. */
    static List<ComponentConfig> monthConfigs(Component c, Projection projection, int horizon) {
        List<ComponentConfig> out = new ArrayList<>();
        for (int m = 1; m <= horizon; m++) {
            ComponentConfig config = c.config();
            if (projection.capacity().size() >= m) {
                MonthPlan plan = projection.capacity().get(m - 1);
                config = plan.component(c.name()).map(PlannedComponent::config).orElse(config);
            }
            out.add(config);
        }
        return out;
    }

    static List<Charge> of(List<Charge> charges, Set<String> names) {
        return charges.stream().filter(ch -> names.contains(ch.charge())).toList();
    }

    private static BigDecimal price(MonthPricer pricer, String component, Charge charge) {
        return pricer.price(component, charge).lines().get(0).unitPrice();
    }

    static BigDecimal unitPrice(MonthPricer pricer, String component, Charge charge) {
        try {
            return price(pricer, component, charge);
        } catch (MissingPriceException e) {
            return null;
        }
    }
}

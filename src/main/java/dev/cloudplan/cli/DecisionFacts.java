package dev.cloudplan.cli;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.decide.Criterion;
import dev.cloudplan.core.decide.Facts;
import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.decision.SpikeRisk;
import dev.cloudplan.core.decision.SpikeRisks;
import dev.cloudplan.core.decision.Sweep;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import dev.cloudplan.report.SweepReport;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecException;
import dev.cloudplan.spec.SpecReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The computed facts of the decision matrix, for every architecture of a priced spec: the horizon's cost, a steady
 * month at 10x every load figure (the spec read again, as a sweep reads it), the spike (the spec's first, else 10x for
 * 3 days in the steady month), the budget, and where over the break-even driver's grid each is cheapest.
 */
final class DecisionFacts {
    /** Sizes and content are not load: 10x the users does not make items larger or the app's own assets more. */
    private static final Set<Driver> NOT_LOAD = Set.of(Driver.REQUEST_SIZE, Driver.ITEM_SIZE, Driver.READ_ITEM_SIZE,
            Driver.WRITE_ITEM_SIZE, Driver.STATIC_ASSETS);
    private static final BigDecimal SCALE = BigDecimal.TEN;

    private DecisionFacts() {}

    /** The facts, in the spec's order of architectures, and how each criterion was measured. */
    record Found(List<Facts> facts, Facts.Context context) {}

    static Found of(PricedSpec priced, String file, Path path) {
        Spec spec = priced.spec();
        Scenario scenario = spec.scenario();
        Measure steady = Measure.steadyMonth(scenario.horizonMonths());
        int month = steady.month() == null ? 1 : steady.month();
        Map<Criterion, String> notComputed = new EnumMap<>(Criterion.class);
        Function<Map<Driver, BigDecimal>, Spec> reading = new SpecReader(region -> priced.catalog(), priced.today())
                .varying(file, path);

        Map<Driver, BigDecimal> tenX = new LinkedHashMap<>();
        WorkloadMonth w = scenario.workload().month(month);
        for (Driver d : scenario.workload().drivers().keySet()) {
            if (!NOT_LOAD.contains(d)) {
                w.get(d).ifPresent(v -> tenX.put(d, v.multiply(SCALE)));
            }
        }
        List<Cost> at10x = null;
        List<Boolean> over10x = null;
        try {
            Spec scaled = reading.apply(tenX);
            Estimator e = new Estimator(priced.catalog().prices().withPrices(scaled.statedPrices()),
                    dev.cloudplan.catalogio.LimitsLoader.with(priced.catalog().instanceTypes()));
            List<Projection> projected = scaled.scenario().architectures().stream()
                    .map(a -> ReportingCommand.estimate(e, scaled, a)).toList();
            at10x = projected.stream().map(steady::of).toList();
            over10x = projected.stream().map(Projection::overCapacity).toList();
        } catch (SpecException | UserError e) {
            notComputed.put(Criterion.COST_AT_10X, "the spec does not read at 10x: " + e.getMessage());
        }
        String tenXText = "in month " + month + " (" + scenario.start().plusMonths(month - 1L) + ") with "
                + String.join(", ", tenX.keySet().stream().map(Driver::specName).toList()) + " at 10x";

        Spike spike = spec.spikes().isEmpty() ? new Spike(SCALE, new BigDecimal("3"), month) : spec.spikes().get(0);
        List<SpikeRisk> spikes = SpikeRisks.assess(priced.estimator(), scenario, scenario.architectures(),
                priced.projections(), spike);
        if (scenario.budget() == null) {
            notComputed.put(Criterion.BUDGET_FIT, "the spec states no budget");
        }

        Driver driver = driver(spec);
        List<Facts.Wins> wins = null;
        String grid = "";
        if (driver == null) {
            notComputed.put(Criterion.BREAK_EVEN, "the workload has no driver to sweep");
        } else {
            VaryOption range = CompareCommand.ownScale(spec, new VaryOption(driver, null, null));
            SweepReport found = SweepCommand.run(spec, reading, priced.catalog(), range, true, Grid.DEFAULT_STEPS, steady,
                    priced.today());
            wins = wins(found.sweep());
            grid = "of " + driver.specName() + " from " + dev.cloudplan.report.Scale.number(range.from(), driver) + " to "
                    + dev.cloudplan.report.Scale.of(range.to(), driver) + ", log-spaced (a tenth to 10x the spec's)";
            if (wins.stream().allMatch(x -> x.decided() == 0)) {
                notComputed.put(Criterion.BREAK_EVEN, "no point of the grid has every architecture priced complete");
            }
        }
        List<Facts> out = new ArrayList<>();
        List<Architecture> all = scenario.architectures();
        for (int i = 0; i < all.size(); i++) {
            Architecture a = all.get(i);
            Projection p = priced.projections().get(i);
            Map<String, String> types = new LinkedHashMap<>();
            for (Component c : a.components()) {
                types.put(c.name(), c.type());
            }
            out.add(new Facts(a.name(), p.complete(), types, p.total(), at10x == null ? null : at10x.get(i),
                    over10x != null && over10x.get(i), spikes.get(i), p.budget(), wins == null ? null : wins.get(i)));
        }
        String spikeText = spike.factor().stripTrailingZeros().toPlainString() + "x for "
                + spike.days().stripTrailingZeros().toPlainString() + " days in month " + spike.month();
        Function<BigDecimal, String> value = v -> driver == null ? v.toPlainString()
                : dev.cloudplan.report.Scale.of(v, driver);
        return new Found(out, new Facts.Context(tenXText, spikeText, grid, value, Grid.DEFAULT_STEPS, notComputed));
    }

    /** The spec's decision.driver, else requests, else concurrent users, else the first rate the workload gives. */
    private static Driver driver(Spec spec) {
        Map<Driver, ?> drivers = spec.scenario().workload().drivers();
        String stated = spec.decision().driver();
        if (stated != null) {
            Driver d = dev.cloudplan.spec.DriverValues.byName(stated).orElseThrow();
            if (!drivers.containsKey(d)) {
                throw new UserError("decision.driver " + stated + ": the spec's workload has no " + stated,
                        Main.BAD_INPUT, "give a driver the workload states, such as " + String.join(", ", drivers.keySet()
                                .stream().map(Driver::specName).toList()));
            }
            return d;
        }
        for (Driver d : List.of(Driver.REQUESTS, Driver.CONCURRENT_USERS, Driver.ACTIVE_USERS)) {
            if (drivers.containsKey(d)) {
                return d;
            }
        }
        return drivers.keySet().stream().filter(d -> !NOT_LOAD.contains(d)).findFirst().orElse(null);
    }

    /** Per architecture: at how many points everything is priced, and where it is the cheapest (exact costs). */
    private static List<Facts.Wins> wins(Sweep sweep) {
        List<String> names = sweep.architectures();
        List<List<BigDecimal>> won = new ArrayList<>();
        names.forEach(n -> won.add(new ArrayList<>()));
        int decided = 0;
        for (Sweep.Point p : sweep.points()) {
            if (p.costs().stream().allMatch(Cost::complete)) {
                decided++;
                Cost best = p.costs().stream().min(java.util.Comparator.comparing(c -> c.exact().amount())).orElseThrow();
                won.get(names.indexOf(best.architecture())).add(p.value());
            }
        }
        List<Facts.Wins> out = new ArrayList<>();
        for (List<BigDecimal> w : won) {
            out.add(new Facts.Wins(decided, w));
        }
        return out;
    }
}

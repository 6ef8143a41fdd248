package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.decision.Cost;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Pricer;
import dev.cloudplan.core.decision.Scan;
import dev.cloudplan.core.montecarlo.SweepPlan;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Series;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The spec priced again with one driver fixed at each value asked, every architecture, as {@code compare} prices
 * it: the pricer behind {@code sweep} and {@code compare --break-even}; its scan is the spec compiled once.
 */
final class DriverPricing implements Pricer {
    private final Function<Map<Driver, BigDecimal>, Spec> reading;
    private final LoadedCatalog catalog;
    private final CapacityData capacity;
    private final Driver driver;
    private final Measure measure;

    DriverPricing(Function<Map<Driver, BigDecimal>, Spec> reading, LoadedCatalog catalog, Driver driver,
            Measure measure) {
        this.reading = reading;
        this.catalog = catalog;
        this.capacity = LimitsLoader.with(catalog.instanceTypes());
        this.driver = driver;
        this.measure = measure;
    }

    @Override
    public List<Cost> at(BigDecimal value) {
        Spec spec = spec(value);
        // A new estimator each time: its workload cache would otherwise keep every point's workload.
        Estimator estimator = estimator(spec);
        return spec.scenario().architectures().stream()
                .map(a -> measure.of(ReportingCommand.estimate(estimator, spec, a))).toList();
    }

    /** Every architecture compiled once (core.montecarlo.SweepPlan), the same costs in doubles. */
    @Override
    public Scan scan(List<BigDecimal> grid) {
        SweepPlan plan = plan(grid);
        return new Scan() {
            @Override
            public double[][] costs(List<BigDecimal> values, boolean[] which) {
                return plan.costs(values, which);
            }

            @Override
            public boolean slow(int a) {
                return !plan.modelled(a);
            }
        };
    }

    SweepPlan plan(List<BigDecimal> grid) {
        Spec spec = spec(grid.get(0));
        return SweepPlan.compile(estimator(spec), catalog.prices().withPrices(spec.statedPrices()),
                v -> spec(v).scenario(), driver, grid, measure.month());
    }

    private Estimator estimator(Spec spec) {
        return new Estimator(catalog.prices().withPrices(spec.statedPrices()), capacity);
    }

    private Spec spec(BigDecimal value) {
        try {
            return reading.apply(Map.of(driver, value));
        } catch (SpecException e) {
            // The file reads as written; only this value breaks it (a stated peak now below the average ...).
            throw new UserError("with " + driver.specName() + " at " + Series.plain(value) + " " + driver.unit() + ": "
                    + e.getMessage(), Main.BAD_INPUT);
        }
    }
}

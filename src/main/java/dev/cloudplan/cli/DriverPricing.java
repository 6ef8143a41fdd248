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
    private final Function<BigDecimal, Spec> reading;
    /** The point in words for an error: "requests at 5 requests/month", "app.count at 12". */
    private final Function<BigDecimal, String> point;
    private final LoadedCatalog catalog;
    private final CapacityData capacity;
    private final Measure measure;
    /** The workload driver swept, which a compiled plan can vary; null for a component setting. */
    private final Driver driver;

    DriverPricing(Function<Map<Driver, BigDecimal>, Spec> reading, LoadedCatalog catalog, Driver driver,
            Measure measure) {
        this(v -> reading.apply(Map.of(driver, v)), v -> driver.specName() + " at " + Series.plain(v) + " "
                + driver.unit(), catalog, measure, driver);
    }

    /** The spec as {@code reading} reads it at each value, which {@code point} names in an error. */
    DriverPricing(Function<BigDecimal, Spec> reading, Function<BigDecimal, String> point, LoadedCatalog catalog,
            Measure measure) {
        this(reading, point, catalog, measure, null);
    }

    private DriverPricing(Function<BigDecimal, Spec> reading, Function<BigDecimal, String> point,
            LoadedCatalog catalog, Measure measure, Driver driver) {
        this.driver = driver;
        this.reading = reading;
        this.point = point;
        this.catalog = catalog;
        this.capacity = LimitsLoader.with(catalog.instanceTypes());
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

    /**
     * Every architecture compiled once (core.montecarlo.SweepPlan), the same costs in doubles; none for a component
     * setting, whose every value changes the architecture itself (those sweeps stay on the exact engine).
     */
    @Override
    public Scan scan(List<BigDecimal> grid) {
        if (driver == null) {
            return null;
        }
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
        return read(() -> reading.apply(value), () -> point.apply(value));
    }

    /** The spec at one point; a SpecException there is the user's, named with the point {@code point} gives. */
    static Spec read(java.util.function.Supplier<Spec> reading, java.util.function.Supplier<String> point) {
        try {
            return reading.get();
        } catch (SpecException e) {
            // The file reads as written; only this value breaks it (a stated peak now below the average ...).
            throw new UserError("with " + point.get() + ": " + e.getMessage(), Main.BAD_INPUT);
        }
    }
}

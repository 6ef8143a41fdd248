package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.decision.Pricer;
import dev.cloudplan.core.montecarlo.SweepPlan;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A spec and a --vary option made into what {@code sweep} prices: for its benchmark ({@code bench sweep}). */
public final class SweepRuns {
    private SweepRuns() {}

    /** The sweep's grid, its exact pricer (whose scan is the compiled plan), and the resolution it is solved to. */
    public static final class Prepared {
        private final List<BigDecimal> grid;
        private final DriverPricing pricing;
        private final BigDecimal resolution;
        private final Spec spec;

        Prepared(List<BigDecimal> grid, DriverPricing pricing, BigDecimal resolution, Spec spec) {
            this.grid = grid;
            this.pricing = pricing;
            this.resolution = resolution;
            this.spec = spec;
        }

        public List<BigDecimal> grid() {
            return grid;
        }

        public BigDecimal resolution() {
            return resolution;
        }

        /** The sweep's pricer: exact at each value asked, with the compiled plan as its scan. */
        public Pricer pricer() {
            return pricing;
        }

        /** The same exact pricer without a scan: the sweep as it was before the compiled plan (grid points only). */
        public Pricer exactOnly() {
            return pricing::at;
        }

        /** Every architecture compiled for this sweep, as the pricer's scan compiles it. */
        public SweepPlan plan() {
            return pricing.plan(grid);
        }

        /** Components over every architecture: what one month of one value prices. */
        public int components() {
            return spec.scenario().architectures().stream().mapToInt(a -> a.components().size()).sum();
        }

        public int architectures() {
            return spec.scenario().architectures().size();
        }

        public int horizon() {
            return spec.scenario().horizonMonths();
        }
    }

    /** {@code sweep SPEC --vary VARY --steps STEPS [--log]} of month 2 (the sweep's default), priced with {@code catalog}. */
    public static Prepared prepare(LoadedCatalog catalog, Path path, String vary, int steps, boolean log,
            LocalDate today) {
        VaryOption range = VaryOption.parse("--vary", vary, false);
        var reading = new SpecReader(region -> catalog, today).varying(path.toString(), path);
        Spec spec = reading.apply(Map.of());
        Measure measure = Measure.steadyMonth(spec.scenario().horizonMonths());
        List<BigDecimal> grid = log ? Grid.log(range.from(), range.to(), steps)
                : Grid.linear(range.from(), range.to(), steps);
        return new Prepared(grid, new DriverPricing(reading, catalog, range.driver(), measure), range.resolution(),
                spec);
    }
}

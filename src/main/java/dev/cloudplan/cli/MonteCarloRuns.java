package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.montecarlo.MonteCarlo;
import dev.cloudplan.core.montecarlo.Range;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecException;
import dev.cloudplan.spec.SpecReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A spec and --range options made into a Monte Carlo: for the montecarlo command and its benchmark. */
public final class MonteCarloRuns {
    private MonteCarloRuns() {}

    /** The Monte Carlo of the spec at {@code path} priced with {@code catalog}, as the command prepares it. */
    public static MonteCarlo prepare(LoadedCatalog catalog, Path path, List<String> rangeOptions, LocalDate today) {
        dev.cloudplan.spec.Sampling sampling = new SpecReader(region -> catalog, today).sampling(path.toString(), path);
        return prepare(sampling, rangeOptions, new LoadedCatalog[] {catalog}).monteCarlo();
    }

    /** The spec read at its medians and a Monte Carlo over its ranges and the --range options. */
    record Run(Spec spec, MonteCarlo monteCarlo) {}

    static Run prepare(dev.cloudplan.spec.Sampling sampling, List<String> rangeOptions, LoadedCatalog[] loaded) {
        Map<Driver, Range> driverRanges = new LinkedHashMap<>();
        for (String option : rangeOptions) {
            VaryOption v = VaryOption.parse("--range", option, false);
            if (driverRanges.containsKey(v.driver())) {
                throw new UserError("--range " + v.driver().specName() + " is given twice", Main.BAD_INPUT,
                        "keep one --range for each driver");
            }
            driverRanges.put(v.driver(), new Range("--range " + v.driver().specName(), option.substring(
                    option.indexOf('=') + 1), Range.Kind.UNIFORM, v.from(), v.to(), v.driver().unit(), "command line"));
        }
        Map<Driver, BigDecimal> medians = new EnumMap<>(Driver.class);
        driverRanges.forEach((d, r) -> medians.put(d, r.median()));
        Spec spec = sampling.spec(medians, Map.of());
        List<Range> ranges = new ArrayList<>();
        for (Range r : spec.ranges()) {
            // A driver the command line draws replaces whatever the file says of it, ranges included.
            if (driverRanges.keySet().stream().noneMatch(d -> r.path().startsWith("workload." + d.specName()))) {
                ranges.add(r);
            }
        }
        ranges.addAll(driverRanges.values());
        if (ranges.isEmpty()) {
            throw new UserError(spec.file() + ": the spec has no ranges, so every scenario would be the same",
                    Main.BAD_INPUT, "write a workload figure as a range, such as requests: 80M..150M/month or growth:"
                    + " 5%..15%/month (docs/ranges.md), or give --range requests=80M..150M");
        }
        PriceCatalog prices = loaded[0].prices().withPrices(spec.statedPrices());
        Estimator estimator = new Estimator(prices, LimitsLoader.with(loaded[0].instanceTypes()));
        MonteCarlo.Source source = new MonteCarlo.Source() {
            @Override
            public List<WorkloadMonth> workload(Map<String, BigDecimal> draw) {
                return read(draw, (o, d) -> sampling.workload(o, d).months(spec.scenario().horizonMonths()));
            }

            @Override
            public Scenario scenario(Map<String, BigDecimal> draw) {
                return read(draw, (o, d) -> sampling.spec(o, d).scenario());
            }

            private <T> T read(Map<String, BigDecimal> draw,
                    java.util.function.BiFunction<Map<Driver, BigDecimal>, Map<String, BigDecimal>, T> how) {
                Map<Driver, BigDecimal> overrides = new EnumMap<>(Driver.class);
                Map<String, BigDecimal> draws = new LinkedHashMap<>();
                draw.forEach((path, v) -> {
                    if (path.startsWith("--range ")) {
                        overrides.put(driverOf(path), v);
                    } else {
                        draws.put(path, v);
                    }
                });
                try {
                    return how.apply(overrides, draws);
                } catch (SpecException e) {
                    // The file reads at its medians; only this draw breaks it (a stated peak below the average ...).
                    throw new UserError("with " + draw + ": " + e.getMessage(), Main.BAD_INPUT);
                }
            }
        };
        return new Run(spec, new MonteCarlo(spec.scenario(), ranges, source, estimator, prices));
    }

    /**
     * {@code run}'s Monte Carlo of {@code simulations} scenarios (default 10,000) from {@code seed} (default 1), as
     * every command that draws one runs it: the count checked, an estimate's error placed in the spec.
     */
    static dev.cloudplan.core.montecarlo.MonteCarloResult simulate(Run run, Integer simulations, Long seed) {
        int n = simulations == null ? MonteCarlo.DEFAULT_SIMULATIONS : simulations;
        if (n < 1 || n > MonteCarlo.MAX_SIMULATIONS) {
            throw new UserError("--simulations " + n + " is out of range", Main.BAD_INPUT, "give 1 to 100,000 scenarios"
                    + " (default 10,000)");
        }
        try {
            return run.monteCarlo().run(n, seed == null ? MonteCarlo.DEFAULT_SEED : seed);
        } catch (dev.cloudplan.core.projection.EstimateException e) {
            throw run.spec().locations().error(e.getMessage(), "correct the component, or give its usage explicitly"
                    + " under the architecture's usage:", e.architecture(), e.component(), e.setting());
        }
    }

    private static Driver driverOf(String path) {
        return dev.cloudplan.spec.DriverValues.byName(path.substring("--range ".length())).orElseThrow();
    }
}

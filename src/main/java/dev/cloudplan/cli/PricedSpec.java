package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A spec read and priced as {@code compare} prices it, for the commands that reason about the result
 * (commitments, decide): the spec, its catalog with the stated prices, and every architecture's projection.
 */
record PricedSpec(Spec spec, LoadedCatalog catalog, PriceCatalog prices, Estimator estimator,
        List<Projection> projections, LocalDate today) {

    static PricedSpec read(Environment env, CatalogOptions catalogOptions, Path specFile) {
        LocalDate today = LocalDate.now(env.clock());
        LoadedCatalog[] loaded = new LoadedCatalog[1];
        Spec spec = new SpecReader(region -> loaded[0] = catalogOptions.load(env, region), today)
                .read(specFile.toString(), env.resolve(specFile));
        PriceCatalog prices = loaded[0].prices().withPrices(spec.statedPrices());
        Estimator estimator = new Estimator(prices, LimitsLoader.with(loaded[0].instanceTypes()));
        List<Projection> projections = spec.scenario().architectures().stream()
                .map(a -> ReportingCommand.estimate(estimator, spec, a)).toList();
        return new PricedSpec(spec, loaded[0], prices, estimator, projections, today);
    }

    /** The architecture named (at the spec's first architecture when there is none of that name: exit 2). */
    Architecture architecture(String name) {
        return EstimateCommand.named(spec, name);
    }

    Projection projection(Architecture a) {
        return projections.get(spec.scenario().architectures().indexOf(a));
    }
}

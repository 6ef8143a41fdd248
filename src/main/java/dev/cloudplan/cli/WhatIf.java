package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.report.HtmlRenderer;
import dev.cloudplan.report.RenderOptions;
import dev.cloudplan.report.Report;
import dev.cloudplan.report.SpikeRenderer;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.decision.SpikeRisks;
import java.util.ArrayList;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import dev.cloudplan.web.Engine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code compare --format html} on a spec's text, for the what-if server: the catalog and capacity data are loaded
 * once per region and kept, so a recompute is a read of the text, the pricing and the rendering, nothing from disk.
 */
final class WhatIf implements Engine {
    private final String file;
    private final Environment env;
    private final Function<String, LoadedCatalog> load;
    private final Map<String, Loaded> regions = new ConcurrentHashMap<>();

    /**
     * A region's catalog and the capacity data built from its instance types, and that catalog with a spec's own
     * prices in it: merging rebuilds the catalog's index (a third of llm-chat's recompute), and an edit of a slider
     * leaves the stated prices as they were.
     */
    private record Loaded(LoadedCatalog catalog, CapacityData capacity, Map<List<Price>, PriceCatalog> withStated) {
        /** Past this many sets of stated prices, the merged catalogs are dropped. */
        private static final int KEPT = 16;

        PriceCatalog prices(List<Price> stated) {
            PriceCatalog kept = withStated.get(stated);
            if (kept != null) {
                return kept;
            }
            PriceCatalog merged = catalog.prices().withPrices(stated);
            if (withStated.size() >= KEPT) {
                withStated.clear();
            }
            withStated.put(List.copyOf(stated), merged);
            return merged;
        }
    }

    WhatIf(String file, Environment env, Function<String, LoadedCatalog> load) {
        this.file = file;
        this.env = env;
        this.load = load;
    }

    @Override
    public String report(String specText) {
        LocalDate today = LocalDate.now(env.clock());
        Loaded[] used = new Loaded[1];
        Spec spec = new SpecReader(region -> (used[0] = loaded(region)).catalog(), today).read(file, specText);
        PriceCatalog prices = used[0].prices(spec.statedPrices());
        Estimator estimator = new Estimator(prices, used[0].capacity());
        List<Projection> projections = spec.scenario().architectures().stream()
                .map(a -> ReportingCommand.estimate(estimator, spec, a)).toList();
        Report report = new Report(spec.scenario(), prices.info(), today, projections, true);
        // The spec's spikes, as compare's HTML report shows them.
        List<SpikeRenderer.Section> spikes = new ArrayList<>();
        for (Spike s : spec.spikes()) {
            spikes.add(new SpikeRenderer.Section(s, spec.scenario().start().plusMonths(s.month() - 1L),
                    SpikeRisks.assess(estimator, spec.scenario(), spec.scenario().architectures(), projections, s)));
        }
        return new HtmlRenderer().body(report, new RenderOptions(true, 1),
                spikes.isEmpty() ? List.of() : List.of(SpikeRenderer.html(spikes)));
    }

    private Loaded loaded(String region) {
        return regions.computeIfAbsent(region, r -> {
            LoadedCatalog c = load.apply(r);
            return new Loaded(c, LimitsLoader.with(c.instanceTypes()), new ConcurrentHashMap<>());
        });
    }
}

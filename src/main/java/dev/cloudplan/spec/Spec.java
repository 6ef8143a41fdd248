package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.projection.Scenario;
import java.util.List;

/** A spec file as read: the scenario to estimate, the prices it states itself, and where things were written. */
public record Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations,
        List<Spike> spikes, List<dev.cloudplan.core.montecarlo.Range> ranges) {
    public Spec {
        statedPrices = List.copyOf(statedPrices);
        spikes = List.copyOf(spikes);
        ranges = List.copyOf(ranges);
    }

    /** A spec without ranges (docs/ranges.md). */
    public Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations, List<Spike> spikes) {
        this(file, scenario, statedPrices, locations, spikes, List.of());
    }

    /** A spec without spikes (workload.spike). */
    public Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations) {
        this(file, scenario, statedPrices, locations, List.of());
    }
}

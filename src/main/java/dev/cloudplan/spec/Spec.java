package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.decide.DecisionSpec;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.montecarlo.Range;
import dev.cloudplan.core.projection.Scenario;
import java.util.List;

/** A spec file as read: the scenario to estimate, the prices it states itself, where things were written, its
 * spikes, its decision matrix's weights and stated scores, and its ranges (docs/ranges.md). */
public record Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations,
        List<Spike> spikes, DecisionSpec decision, List<Range> ranges) {
    public Spec {
        statedPrices = List.copyOf(statedPrices);
        spikes = List.copyOf(spikes);
        ranges = List.copyOf(ranges);
    }

    /** A spec without a decision section (the matrix's defaults) and without ranges. */
    public Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations, List<Spike> spikes) {
        this(file, scenario, statedPrices, locations, spikes, DecisionSpec.DEFAULT, List.of());
    }

    /** A spec without spikes (workload.spike). */
    public Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations) {
        this(file, scenario, statedPrices, locations, List.of());
    }
}

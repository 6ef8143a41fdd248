package dev.cloudplan.spec;

import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.decide.DecisionSpec;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.projection.Scenario;
import java.util.List;

/** A spec file as read: the scenario to estimate, the prices it states itself, where things were written, its
 * spikes and its decision matrix's weights and stated scores. */
public record Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations,
        List<Spike> spikes, DecisionSpec decision) {
    public Spec {
        statedPrices = List.copyOf(statedPrices);
        spikes = List.copyOf(spikes);
    }

    /** A spec without a decision section (the matrix's defaults). */
    public Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations, List<Spike> spikes) {
        this(file, scenario, statedPrices, locations, spikes, DecisionSpec.DEFAULT);
    }

    /** A spec without spikes (workload.spike). */
    public Spec(String file, Scenario scenario, List<Price> statedPrices, SpecLocations locations) {
        this(file, scenario, statedPrices, locations, List.of());
    }
}

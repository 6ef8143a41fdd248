package dev.cloudplan.core.catalog;

import java.util.List;

/** The prices of one key, ordered by tier: one entry when flat, several when graduated. */
public record PriceSchedule(PriceKey key, String unit, List<Price> tiers) {
    public PriceSchedule {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one price: " + key);
        }
    }

    public boolean isTiered() {
        return tiers.size() > 1 || tiers.get(0).isTiered();
    }
}

package dev.cloudplan.core.decide;

import java.util.Map;
import java.util.Optional;

/**
 * The documented default scores of each component type for the stated criteria (operations, lock-in), read from
 * {@code cloudplan/decision/component-scores.csv}; a type without a score for a criterion is not counted in it.
 */
public record TypeScores(Map<String, Map<Criterion, StatedScore>> byType) {
    public TypeScores {
        byType = Map.copyOf(byType);
    }

    public Optional<StatedScore> of(String type, Criterion criterion) {
        return Optional.ofNullable(byType.getOrDefault(type, Map.of()).get(criterion));
    }
}

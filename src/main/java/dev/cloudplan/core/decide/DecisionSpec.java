package dev.cloudplan.core.decide;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The spec's {@code decision:} section: the weight of each criterion (defaults where not given) and the scores it
 * states per architecture for the stated criteria, which replace the component-type defaults.
 *
 * @param driver the workload driver the break-even position is found over (spec name), or null for the default
 */
public record DecisionSpec(Map<Criterion, BigDecimal> weights, Map<String, Map<Criterion, StatedScore>> stated,
        String driver) {
    public static final DecisionSpec DEFAULT = new DecisionSpec(Map.of(), Map.of(), null);

    public DecisionSpec {
        Map<Criterion, BigDecimal> all = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            all.put(c, weights.getOrDefault(c, c.defaultWeight()));
        }
        weights = Map.copyOf(all);
        stated = Map.copyOf(stated);
    }

    public BigDecimal weight(Criterion c) {
        return weights.get(c);
    }
}

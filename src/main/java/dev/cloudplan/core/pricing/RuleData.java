package dev.cloudplan.core.pricing;

import dev.cloudplan.core.capacity.Limit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled data a rule's configuration reads when a spec is read: the documented limits (limits.csv, by key) and
 * the engine versions' support dates (engine-support.csv). Read by the adapters, handed to
 * {@link PricingRule#bound}, so the rules stay free of I/O and of literals.
 */
public record RuleData(Map<String, Limit> limits, List<EngineSupport> engineSupport) {
    public static final RuleData NONE = new RuleData(Map.of(), List.of());

    public RuleData {
        limits = Map.copyOf(limits);
        engineSupport = List.copyOf(engineSupport);
    }

    /** The limit under {@code key}; a missing row is a build error, not a user's. */
    public Limit limit(String key) {
        return Limit.in(limits, key);
    }

    public Optional<EngineSupport> support(String engine, String majorVersion) {
        return engineSupport.stream().filter(e -> e.engine().equals(engine) && e.majorVersion().equals(majorVersion))
                .findFirst();
    }

    /** The major versions of {@code engine} that have support dates, as listed in the file. */
    public List<String> versions(String engine) {
        return engineSupport.stream().filter(e -> e.engine().equals(engine)).map(EngineSupport::majorVersion).toList();
    }
}

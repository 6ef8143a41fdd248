package dev.cloudplan.catalogio;

import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.PriceCatalog;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A catalog as loaded: its prices and the instance types it knows (to tell a typo from a missing price). */
public final class LoadedCatalog {
    private final PriceCatalog prices;
    private final InstanceTypes instanceTypes;
    /**
     * {@link #knownTypes} per service. Both inputs are immutable, and the what-if server reads a spec naming
     * instance families on every edit: the scan of every price was a third of llm-chat's recompute.
     */
    private final Map<String, Set<String>> knownTypes = new ConcurrentHashMap<>();

    public LoadedCatalog(PriceCatalog prices, InstanceTypes instanceTypes) {
        this.prices = Objects.requireNonNull(prices);
        this.instanceTypes = Objects.requireNonNull(instanceTypes);
    }

    public PriceCatalog prices() {
        return prices;
    }

    public InstanceTypes instanceTypes() {
        return instanceTypes;
    }

    /** Whether {@code name} is a type of {@code service} the specifications describe or a price names. */
    public boolean knowsType(String service, String name) {
        return instanceTypes.find(service, name).isPresent() || knownTypes(service).contains(name);
    }

    /** Every type of {@code service} the specifications describe or a price names, for suggestions. */
    public Set<String> knownTypes(String service) {
        return knownTypes.computeIfAbsent(service, s -> {
            Set<String> out = new TreeSet<>(instanceTypes.names(s));
            prices.prices().stream().filter(p -> p.service().equals(s)).map(p -> p.attributes().get("instanceType"))
                    .filter(Objects::nonNull).forEach(out::add);
            return Collections.unmodifiableSet(out);
        });
    }
}

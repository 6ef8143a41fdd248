package dev.cloudplan.catalogio;

import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.PriceCatalog;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A catalog as loaded: its prices and the instance types it knows (to tell a typo from a missing price). */
public record LoadedCatalog(PriceCatalog prices, InstanceTypes instanceTypes) {

    /** Whether {@code name} is a type of {@code service} the specifications describe or a price names. */
    public boolean knowsType(String service, String name) {
        return instanceTypes.find(service, name).isPresent() || prices.prices().stream()
                .anyMatch(p -> p.service().equals(service) && name.equals(p.attributes().get("instanceType")));
    }

    /** Every type of {@code service} the specifications describe or a price names, for suggestions. */
    public Set<String> knownTypes(String service) {
        Set<String> out = new TreeSet<>(instanceTypes.names(service));
        prices.prices().stream().filter(p -> p.service().equals(service)).map(p -> p.attributes().get("instanceType"))
                .filter(Objects::nonNull).forEach(out::add);
        return out;
    }
}

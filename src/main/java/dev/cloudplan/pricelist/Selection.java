package dev.cloudplan.pricelist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The SKUs cloudplan's rules can use, per Price List service code, and the names AWS gives its regions
 * (older offer files name a region only by its location). Loaded from {@code cloudplan/pricelist/selection.json}.
 */
public final class Selection {
    public static final String RESOURCE = "cloudplan/pricelist/selection.json";

    private final Map<String, String> regionsByLocation;
    private final Map<String, List<SelectionRule>> services;
    private final Map<SelectionRule, Pattern> patterns = new java.util.IdentityHashMap<>();

    /** The data file's shape. */
    record Data(Map<String, String> locations, Map<String, List<SelectionRule>> services) {}

    Selection(Map<String, String> regionsByLocation, Map<String, List<SelectionRule>> services) {
        this.regionsByLocation = Map.copyOf(regionsByLocation);
        this.services = Map.copyOf(services);
        services.values().forEach(rules -> rules.forEach(r -> patterns.put(r, r.usagetypePattern())));
    }

    /** The selection shipped with cloudplan. */
    public static Selection bundled() {
        try (InputStream in = Selection.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Data data = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Data.class);
            return new Selection(data.locations(), data.services());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Service codes with at least one rule, sorted. */
    public Set<String> services() {
        return new TreeSet<>(services.keySet());
    }

    /** Region codes the selection knows by location name, sorted. */
    public Set<String> regions() {
        return new TreeSet<>(regionsByLocation.values());
    }

    public List<SelectionRule> rules(String service) {
        return services.getOrDefault(service, List.of());
    }

    /** The first rule of {@code service} selecting {@code product}. */
    public Optional<SelectionRule> ruleFor(String service, OfferProduct product) {
        for (SelectionRule r : rules(service)) {
            if (r.matches(product, patterns.get(r))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The product's region code: its regionCode attribute, else its location's code (data transfer products
     * name the region they leave or enter); {@link #GLOBAL} for global services; else null.
     */
    public String region(OfferProduct product) {
        for (String code : new String[] {"regionCode", "fromRegionCode", "toRegionCode"}) {
            String value = product.attribute(code);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        for (String name : new String[] {"location", "fromLocation", "toLocation"}) {
            String value = product.attribute(name);
            if (value != null && regionsByLocation.containsKey(value)) {
                return regionsByLocation.get(value);
            }
        }
        return null;
    }

    /** The region code of global services' products (Route 53, CloudFront), priced the same in every region. */
    public static final String GLOBAL = "global";

    /** Every product attribute the rules of {@code service} and the region lookup read, normalised. */
    public Set<String> attributesRead(String service) {
        Set<String> out = new java.util.HashSet<>();
        for (String a : List.of("regionCode", "fromRegionCode", "toRegionCode", "location", "fromLocation", "toLocation",
                "usagetype", "instanceType", "vcpu", "memory", "networkPerformance")) {
            out.add(OfferProduct.normalise(a));
        }
        for (SelectionRule r : rules(service)) {
            r.match().keySet().forEach(k -> out.add(OfferProduct.normalise(k)));
            r.copy().values().forEach(k -> out.add(OfferProduct.normalise(k)));
        }
        return out;
    }
}

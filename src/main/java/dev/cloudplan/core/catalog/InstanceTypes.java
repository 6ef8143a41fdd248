package dev.cloudplan.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instance types and DB instance classes with their specifications (vCPUs, memory, network and EBS baselines, CPU
 * credits), from AWS's DescribeInstanceTypes API; used to validate specs and, later, to size capacity.
 */
public final class InstanceTypes {
    public static final InstanceTypes NONE = new InstanceTypes(List.of());

    private final List<InstanceType> types;
    private final Map<String, InstanceType> byKey = new HashMap<>(); // "service name", for lookups while reading a spec
    private final Map<String, Set<String>> namesByService = new ConcurrentHashMap<>();

    /**
     * One instance type. Numbers AWS does not publish for a type are null (never 0).
     *
     * @param networkBaselineGbps sustained network bandwidth; {@code networkPeakGbps} is the burst ("up to")
     * @param ebsBaselineMbps     sustained EBS bandwidth in megabits per second
     * @param creditsPerHour      CPU credits a burstable type earns an hour (one credit = one vCPU at 100% for a minute)
     */
    public record InstanceType(String service, String name, int vcpu, BigDecimal memoryGib, String architecture,
            BigDecimal networkBaselineGbps, BigDecimal networkPeakGbps, BigDecimal ebsBaselineMbps,
            Integer ebsBaselineIops, Integer ebsMaxIops, BigDecimal creditsPerHour, BigDecimal maxCredits,
            boolean currentGeneration, String source, LocalDate asOf) {}

    public InstanceTypes(List<InstanceType> types) {
        this.types = List.copyOf(types);
        types.forEach(t -> byKey.putIfAbsent(t.service() + " " + t.name(), t));
    }

    public List<InstanceType> types() {
        return types;
    }

    // Two sets of the same types are the same (a region slice's and the whole catalog's, say).
    @Override
    public boolean equals(Object o) {
        return o instanceof InstanceTypes other && types.equals(other.types);
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    public Optional<InstanceType> find(String service, String name) {
        return Optional.ofNullable(byKey.get(service + " " + name));
    }

    /** The names a service offers, sorted; kept once made, since a spec's reading asks for every component. */
    public Set<String> names(String service) {
        return namesByService.computeIfAbsent(service, s -> {
            Set<String> out = new TreeSet<>();
            types.stream().filter(t -> t.service().equals(s)).forEach(t -> out.add(t.name()));
            return Collections.unmodifiableSet(out);
        });
    }
}

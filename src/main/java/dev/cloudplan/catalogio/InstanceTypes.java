package dev.cloudplan.catalogio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Instance types and DB instance classes AWS documents, with vCPU and memory; used to validate specs. */
public record InstanceTypes(List<InstanceType> types) {
    public static final InstanceTypes NONE = new InstanceTypes(List.of());

    /** One documented instance type. */
    public record InstanceType(String service, String name, int vcpu, BigDecimal memoryGib, String network, String source,
            java.time.LocalDate asOf) {}

    public InstanceTypes {
        types = List.copyOf(types);
    }

    public Optional<InstanceType> find(String service, String name) {
        return types.stream().filter(t -> t.service().equals(service) && t.name().equals(name)).findFirst();
    }

    public Set<String> names(String service) {
        Set<String> out = new TreeSet<>();
        types.stream().filter(t -> t.service().equals(service)).forEach(t -> out.add(t.name()));
        return out;
    }
}

package dev.cloudplan.catalogbuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Instance specifications from DescribeInstanceTypes: every EC2 type, and each RDS class {@code db.X} priced in the
 * catalog with the specifications of EC2 type {@code X} (RDS classes run on the EC2 type of the same name).
 */
final class InstanceSpecs {
    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);

    private InstanceSpecs() {}

    static List<InstanceType> read(Mirror specs, Collection<String> rdsClasses) throws IOException {
        Map<String, InstanceType> ec2 = new TreeMap<>();
        for (JsonNode t : new ObjectMapper().readTree(specs.file().toFile())) {
            InstanceType type = type("AmazonEC2", t.path("name").asText(), t, specs);
            ec2.put(type.name(), type);
        }
        List<InstanceType> out = new ArrayList<>(ec2.values());
        for (String dbClass : new TreeSet<>(rdsClasses)) {
            InstanceType base = ec2.get(dbClass.substring("db.".length()));
            if (base != null) {
                out.add(new InstanceType("AmazonRDS", dbClass, base.vcpu(), base.memoryGib(), base.architecture(),
                        base.networkBaselineGbps(), base.networkPeakGbps(), base.ebsBaselineMbps(), base.ebsBaselineIops(),
                        base.ebsMaxIops(), base.creditsPerHour(), base.maxCredits(), base.currentGeneration(),
                        base.source() + " (EC2 type " + base.name() + ")", base.asOf()));
            }
        }
        out.sort(Comparator.comparing(InstanceType::service).thenComparing(InstanceType::name));
        return out;
    }

    private static InstanceType type(String service, String name, JsonNode t, Mirror specs) {
        JsonNode cpu = t.path("cpu");
        JsonNode arch = cpu.path("architectures");
        JsonNode burst = t.path("burst_info");
        BigDecimal memory = BigDecimal.valueOf(t.path("memory").path("sizeInMiB").asLong())
                .divide(MIB_PER_GIB, 10, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return new InstanceType(service, name, cpu.path("vcpus").asInt(), Mirror.exact(memory),
                arch.isArray() && arch.size() > 0 ? String.join("|", strings(arch)) : null,
                decimal(t.path("network").path("baselineBandwidthInGbps")),
                decimal(t.path("network").path("peakBandwidthInGbps")),
                decimal(t.path("storage").path("baseline").path("bandwidthInMbps")),
                integer(t.path("storage").path("baseline").path("iops")),
                integer(t.path("storage").path("maximum").path("iops")),
                integer(burst.path("credits_per_hour")), integer(burst.path("max_earnable_credits")),
                t.path("properties").path("currentGeneration").asBoolean(true), specs.source(), specs.asOf());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? Mirror.exact(n.decimalValue()) : null;
    }

    private static Integer integer(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

}

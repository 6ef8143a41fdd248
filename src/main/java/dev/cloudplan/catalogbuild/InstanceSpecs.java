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

    private static final BigDecimal HOURS_OF_CREDITS = new BigDecimal("24");

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
                credits(name, burst), decimal(burst.path("max_earnable_credits")),
                t.path("properties").path("currentGeneration").asBoolean(true), specs.source(), specs.asOf());
    }

    /**
     * Credits earned an hour. The mirror's burst_info is kept by hand, and for t4g.large it says 26 where its own
     * maximum (864 = 36 x 24) and the 30% baseline say 36: a balance holds 24 hours of credits (EC2 User Guide, "Key concepts and
     * definitions for burstable performance instances"), so where the two disagree the maximum / 24 is taken, and
     * docs/catalog.md lists the row.
     */
    static BigDecimal credits(String name, JsonNode burst) {
        BigDecimal perHour = decimal(burst.path("credits_per_hour"));
        BigDecimal max = decimal(burst.path("max_earnable_credits"));
        if (perHour == null || max == null || perHour.multiply(HOURS_OF_CREDITS).compareTo(max) == 0) {
            return perHour;
        }
        return Mirror.exact(max.divide(HOURS_OF_CREDITS, 10, RoundingMode.UNNECESSARY).stripTrailingZeros());
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

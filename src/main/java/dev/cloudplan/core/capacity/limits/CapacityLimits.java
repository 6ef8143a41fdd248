package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityLimit;
import java.util.List;

/** Every capacity limit cloudplan checks, in the order a report lists them. */
public final class CapacityLimits {
    private static final List<CapacityLimit> ALL = List.of(new ComputeCpu(), new ComputeMemory(), new Ec2Network(),
            new BurstableBaseline(), new BurstableBalance(), new RdsCpu(), new RdsConnections(), new RdsStorageIops(),
            new RdsAllocatedStorage(), new RdsReadReplicas(), new CacheMemory(), new LambdaConcurrency(), new ApiGatewayThrottle(), new NatBandwidth(), new AlbTargets(),
            new DynamoDbThroughput());

    private CapacityLimits() {}

    public static List<CapacityLimit> all() {
        return ALL;
    }

    public static List<CapacityLimit> forType(String componentType) {
        return ALL.stream().filter(l -> l.appliesTo(componentType)).toList();
    }
}

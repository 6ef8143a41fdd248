package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;
import java.math.BigDecimal;
import java.util.List;

/**
 * One component in one month after capacity planning: the configuration priced (a chosen type and count when it was
 * auto), its capacity checks, why auto chose what it did, and the surplus CPU credits its load bills.
 *
 * @param decision null when nothing was auto
 */
public record PlannedComponent(String component, String type, ComponentConfig config, List<CapacityCheck> checks,
        String decision, BigDecimal surplusCreditVcpuHours) {
    /** The usage key of the surplus CPU credits, which the capacity check finds and the EC2 rule bills. */
    public static final String SURPLUS_CREDITS = "surplus_credit_vcpu_hours";
    /**
     * The usage key of the vCPUs of one of a component's instances, from the instance specifications, for charges
     * billed per vCPU (RDS Performance Insights retention, Extended Support); put only for rules that declare it.
     */
    public static final String INSTANCE_VCPUS = "instance_vcpus";

    public PlannedComponent {
        checks = List.copyOf(checks);
    }

    /** The check closest to its limit, or null when nothing was checked. */
    public CapacityCheck bottleneck() {
        return CapacityCheck.tightest(checks);
    }
}

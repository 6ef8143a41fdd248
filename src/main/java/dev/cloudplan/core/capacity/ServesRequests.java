package dev.cloudplan.core.capacity;

import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import java.math.BigDecimal;

/** A component that runs the application: EC2 instances or Fargate tasks, each with vCPUs and memory. */
public interface ServesRequests extends Sizable {
    AppWork work();

    /** Whether CPU above a burstable type's baseline is billed as surplus credits (EC2 unlimited mode). */
    default boolean billsSurplusCredits() {
        return false;
    }

    /** vCPUs of one instance or task; null when its type is not described. */
    BigDecimal vcpuEach(InstanceType spec);

    /** Memory of one instance or task, GiB; null when its type is not described. */
    BigDecimal memoryGibEach(InstanceType spec);
}

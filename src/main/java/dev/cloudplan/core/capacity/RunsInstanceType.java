package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;

/** A configuration running instances of one class, whose specifications (vCPUs) a per-vCPU charge reads. */
public interface RunsInstanceType extends ComponentConfig {
    /** The instance type, node type or DB class; {@code auto} when it is to be chosen (null when it has none). */
    String unitType();

    /** The catalog service whose types it runs: AmazonEC2, AmazonRDS, AmazonElastiCache; null for Fargate. */
    String service();
}

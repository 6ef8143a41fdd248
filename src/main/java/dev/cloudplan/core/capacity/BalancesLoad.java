package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;

/** A load balancer: how many share the traffic and whether its targets are instances and tasks or Lambda. */
public interface BalancesLoad extends ComponentConfig {
    int loadBalancers();

    boolean instanceTargets();
}

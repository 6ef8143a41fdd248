package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.workload.Driver;

/** A component needs a workload figure the spec does not give and that has no honest default. */
public class MissingWorkloadException extends RuntimeException {
    public MissingWorkloadException(Driver driver, String who) {
        super(who + " needs workload." + driver.specName() + " (" + driver.unit() + "); add it to the workload"
                + " section or give the component's usage explicitly");
    }
}

package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Sizable;

/** How a limit names the unit it checks and the source of that unit's specification. */
final class Specs {
    static final String FARGATE_SIZES = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size";

    private Specs() {}

    static String name(CapacityUnit u) {
        String type = u.config() instanceof Sizable s ? s.unitType() : null;
        return type != null ? type : u.type() + " task";
    }

    static String source(CapacityUnit u) {
        return u.spec() != null ? u.spec().source() : FARGATE_SIZES;
    }
}

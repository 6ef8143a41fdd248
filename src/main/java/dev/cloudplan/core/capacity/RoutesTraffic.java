package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.ComponentConfig;
import java.math.BigDecimal;

/** A NAT gateway: how many, and the data they process a month when the spec states it. */
public interface RoutesTraffic extends ComponentConfig {
    int gateways();

    /** GB a month through all gateways; null when not given (then nothing is checked). */
    BigDecimal dataProcessedGb();
}

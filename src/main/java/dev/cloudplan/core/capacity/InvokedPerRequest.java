package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** A function run for requests: how many runs each request makes and how long each lasts. */
public interface InvokedPerRequest extends dev.cloudplan.core.architecture.ComponentConfig {
    BigDecimal invocationsPerRequest();

    BigDecimal durationMs();
}

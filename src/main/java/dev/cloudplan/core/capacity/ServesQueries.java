package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** A relational database instance: its engine, storage and the work its queries do. */
public interface ServesQueries extends Sizable {
    DatabaseWork dbWork();

    /** mysql, postgresql or mariadb. */
    String engine();

    /** Allocated storage, GB; null when it follows the data stored. */
    BigDecimal allocatedGb();

    /** gp3 or gp2. */
    String volumeType();
}

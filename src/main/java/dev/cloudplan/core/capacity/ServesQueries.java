package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** A relational database instance: its engine, storage and the work its queries do. */
public interface ServesQueries extends Sizable {
    DatabaseWork dbWork();

    /** mysql, postgresql or mariadb. */
    String engine();

    /** Allocated storage, GB; null when it follows the data stored. */
    BigDecimal allocatedGb();

    /** gp3, gp2, io1, io2 or magnetic. */
    String volumeType();

    /** The IOPS the storage sustains when it states them (gp3 given or its baseline, io1, io2); null for gp2, magnetic. */
    default BigDecimal provisionedIops() {
        return null;
    }

    /** Read replicas beside the primary; the reads spread evenly over all of them, every one applies the writes. */
    int readReplicas();

    boolean multiAz();

    ServesQueries withReadReplicas(int n);

    ServesQueries withMultiAz();

    /** DB instances that share the reads: the primary and its replicas. */
    default int readers() {
        return 1 + readReplicas();
    }
}

package dev.cloudplan.core.capacity;

import java.math.BigDecimal;

/** An in-memory cache cluster: the data it must hold and how its nodes split into shards and replicas. */
public interface CachesData extends Sizable {
    /** The data held, GB; null for auto (the users online x the per-user size). */
    BigDecimal datasetGb();

    /** Replicas per shard: they copy a shard's data, so they add nodes but not room. */
    int replicas();
}

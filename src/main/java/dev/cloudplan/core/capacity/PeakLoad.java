package dev.cloudplan.core.capacity;

import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The load of one month at one part of the day, as the capacity checks read it.
 *
 * @param clients database clients at the busiest hour: application instances and tasks, and Lambda executions,
 *                of the architecture (each holds connections to the database)
 * @param readShare the share of the workload's database reads that reach the database: 1, or less behind a cache
 */
public record PeakLoad(WorkloadMonth workload, Phase phase, BigDecimal clients, BigDecimal readShare) {
    private static final MathContext MC = MathContext.DECIMAL64;

    public PeakLoad(WorkloadMonth workload, Phase phase) {
        this(workload, phase, null);
    }

    public PeakLoad(WorkloadMonth workload, Phase phase, BigDecimal clients) {
        this(workload, phase, clients, BigDecimal.ONE);
    }

    public PeakLoad at(Phase other) {
        return new PeakLoad(workload, other, clients, readShare);
    }

    public PeakLoad withClients(BigDecimal n) {
        return new PeakLoad(workload, phase, n, readShare);
    }

    /** The load with only {@code share} of the database reads reaching the database (a cache serves the rest). */
    public PeakLoad withReadShare(BigDecimal share) {
        return new PeakLoad(workload, phase, clients, share);
    }

    public LoadProfile profile() {
        return workload.profile();
    }

    public int month() {
        return workload.month();
    }

    /** The driver's rate per second in this phase (concurrent users: the number online); null when not given. */
    public BigDecimal rate(Driver d) {
        BigDecimal r = workloadRate(d);
        return d == Driver.DB_READS && r != null && readShare.compareTo(BigDecimal.ONE) != 0 ? r.multiply(readShare) : r;
    }

    private BigDecimal workloadRate(Driver d) {
        return switch (phase) {
            case PEAK -> profile().peak(d, workload);
            case OFF_PEAK -> profile().offPeak(d, workload);
            case AVERAGE -> d == Driver.CONCURRENT_USERS ? profile().peak(d, workload)
                    : profile().averagePerSecond(d, workload);
        };
    }

    /** Data leaving to the internet in this phase, in Gbit/s (egress follows the requests' daily profile). */
    public BigDecimal egressGbps() {
        BigDecimal avg = profile().averagePerSecond(Driver.EGRESS, workload);
        if (avg == null) {
            return null;
        }
        return scaled(avg.multiply(new BigDecimal("8")));
    }

    /** A traffic's Gbit/s in this phase from its daily average: it follows the requests' daily profile. */
    public BigDecimal scaled(BigDecimal gbps) {
        BigDecimal requestsAvg = profile().averagePerSecond(Driver.REQUESTS, workload);
        BigDecimal requestsNow = rate(Driver.REQUESTS);
        if (phase == Phase.AVERAGE || requestsAvg == null || requestsAvg.signum() == 0) {
            return phase == Phase.PEAK ? gbps.multiply(profile().factor(), MC) : gbps;
        }
        return gbps.multiply(requestsNow.divide(requestsAvg, MC), MC);
    }

    /** "at peak", "off-peak", "on average": for the demand's basis. */
    public String words() {
        return switch (phase) {
            case PEAK -> "at peak";
            case OFF_PEAK -> "off-peak";
            case AVERAGE -> "on average";
        };
    }
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A demand on a resource with the arithmetic that gave it; shared by the limits that read the same load. */
public record Demand(BigDecimal value, String basis) {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    /** vCPUs the application's requests keep busy in the load's phase; null when workload.requests is not given. */
    public static Demand appCpu(CapacityUnit u, PeakLoad load, Assumptions assumptions) {
        AppWork w = ((ServesRequests) u.config()).work();
        BigDecimal rate = load.rate(Driver.REQUESTS);
        if (rate == null) {
            assumptions.add("Capacity: workload.requests is not given, so the CPU of '" + u.component() + "' is not checked.");
            return null;
        }
        BigDecimal v = rate.multiply(w.requestShare()).multiply(w.cpuMsPerRequest()).divide(THOUSAND, MC);
        return new Demand(v, n(rate) + " requests/s " + load.words() + share(w.requestShare()) + " x "
                + Decimals.plain(w.cpuMsPerRequest()) + " ms CPU each (cpu_per_request)");
    }

    /** vCPUs the database's queries keep busy; null when neither queries nor requests are given. */
    public static Demand dbCpu(CapacityUnit u, PeakLoad load, BigDecimal cpuMsPerQuery, Assumptions assumptions) {
        Demand q = queries(u, load, assumptions);
        if (q == null) {
            return null;
        }
        return new Demand(q.value().multiply(cpuMsPerQuery).divide(THOUSAND, MC), q.basis() + " x "
                + Decimals.plain(cpuMsPerQuery) + " ms CPU each (cpu_per_query)");
    }

    /** Queries a second: database reads and writes, or one per request when the workload gives neither. */
    public static Demand queries(CapacityUnit u, PeakLoad load, Assumptions assumptions) {
        BigDecimal reads = load.rate(Driver.DB_READS);
        BigDecimal writes = load.rate(Driver.DB_WRITES);
        if (reads == null && writes == null) {
            BigDecimal requests = load.rate(Driver.REQUESTS);
            if (requests == null) {
                assumptions.add("Capacity: neither workload.database.reads/writes nor workload.requests is given, so"
                        + " the queries of '" + u.component() + "' are not checked.");
                return null;
            }
            assumptions.add("Capacity of '" + u.component() + "': workload.database.reads and writes are not given;"
                    + " assumed one query per request.");
            return new Demand(requests, n(requests) + " queries/s " + load.words() + " (one per request)");
        }
        ServesQueries db = u.config() instanceof ServesQueries q ? q : null;
        BigDecimal r = served(reads, db == null ? BigDecimal.ONE : db.dbWork().readShare());
        BigDecimal w = served(writes, db == null ? BigDecimal.ONE : db.dbWork().writeShare());
        int readers = db == null ? 1 : db.readers();
        return new Demand(perReader(r, readers).add(w), "(" + n(r) + " reads" + share(db, true) + spread(readers)
                + " + " + n(w) + " writes" + share(db, false) + ")/s " + load.words());
    }

    /** The part of a workload rate a database serves: its read_share or write_share of it; 0 when not given. */
    public static BigDecimal served(BigDecimal rate, BigDecimal share) {
        return rate == null ? BigDecimal.ZERO : share.compareTo(BigDecimal.ONE) == 0 ? rate : rate.multiply(share);
    }

    private static String share(ServesQueries db, boolean reads) {
        if (db == null) {
            return "";
        }
        BigDecimal s = reads ? db.dbWork().readShare() : db.dbWork().writeShare();
        return s.compareTo(BigDecimal.ONE) == 0 ? "" : " (" + (reads ? "read_share " : "write_share ")
                + Decimals.plain(s) + " of the workload's)";
    }

    /** The reads one DB instance serves when the primary and its replicas share them evenly. */
    public static BigDecimal perReader(BigDecimal reads, int readers) {
        return readers == 1 ? reads : reads.divide(BigDecimal.valueOf(readers), MC);
    }

    /** The words for reads shared by {@code readers} instances, for a basis. */
    public static String spread(int readers) {
        return readers == 1 ? "" : " / " + readers + " instances (primary and " + (readers - 1) + " read replicas)";
    }

    private static String share(BigDecimal s) {
        return s.compareTo(BigDecimal.ONE) == 0 ? "" : " x share " + Decimals.plain(s);
    }

    /** A figure for a basis: four significant digits, grouped. */
    public static String n(BigDecimal v) {
        BigDecimal r = v.abs().compareTo(new BigDecimal("1000")) >= 0 ? v.setScale(0, RoundingMode.HALF_UP)
                : v.round(new MathContext(4, RoundingMode.HALF_UP));
        // Decimals.plain of the whole number is what "%,d" wrote, without a Formatter for every demand of every month.
        return r.scale() <= 0 ? Decimals.plain(new BigDecimal(r.toBigInteger()))
                : r.stripTrailingZeros().toPlainString();
    }
}

package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import java.math.BigDecimal;
import java.util.List;

/**
 * The work a database does per query and per client: stated assumptions with documented defaults
 * (docs/spec.md#capacity).
 *
 * @param cpuMsPerQuery        CPU time one query takes on one vCPU
 * @param connectionsPerClient connections each application instance, task or Lambda execution holds open
 * @param ioPerRead            storage I/Os a read takes (the rest come from the buffer cache); a write takes one
 * @param readShare            share of the workload's database reads this database serves (0 for one that only
 *                             receives copies of the writes, such as an analytics store)
 * @param writeShare           share of the workload's database writes it applies
 */
public record DatabaseWork(BigDecimal cpuMsPerQuery, BigDecimal connectionsPerClient, BigDecimal ioPerRead,
        BigDecimal readShare, BigDecimal writeShare) {
    public static final BigDecimal DEFAULT_CPU_MS = new BigDecimal("2");
    public static final BigDecimal DEFAULT_POOL = new BigDecimal("10");
    public static final BigDecimal DEFAULT_IO_PER_READ = new BigDecimal("0.1");

    /** The documented work per query, serving all of the workload's reads and writes. */
    public DatabaseWork(BigDecimal cpuMsPerQuery, BigDecimal connectionsPerClient, BigDecimal ioPerRead) {
        this(cpuMsPerQuery, connectionsPerClient, ioPerRead, BigDecimal.ONE, BigDecimal.ONE);
    }

    public static List<Setting> settings() {
        return List.of(
                Setting.of("cpu_per_query", SettingKind.MILLISECONDS, DEFAULT_CPU_MS,
                        "CPU time one query takes on one vCPU (Performance Insights shows yours)"),
                Setting.of("connections_per_client", SettingKind.COUNT, DEFAULT_POOL,
                        "connections each application instance or task holds open (its pool size); Lambda holds 1"),
                Setting.of("io_per_read", SettingKind.NUMBER, DEFAULT_IO_PER_READ,
                        "storage I/Os one read takes; the rest are served from memory (a write takes 1)"),
                Setting.of("read_share", SettingKind.NUMBER, BigDecimal.ONE,
                        "share of workload.database.reads this database serves (0 for a copy that only takes writes)"),
                Setting.of("write_share", SettingKind.NUMBER, BigDecimal.ONE,
                        "share of workload.database.writes this database applies"));
    }

    public static DatabaseWork read(Settings s) {
        return new DatabaseWork(s.number("cpu_per_query"), s.number("connections_per_client"), s.number("io_per_read"),
                AppWork.share(s, "read_share", "database reads"), AppWork.share(s, "write_share", "database writes"));
    }
}

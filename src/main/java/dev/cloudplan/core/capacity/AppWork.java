package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import java.math.BigDecimal;
import java.util.List;

/**
 * The work an application server does per unit of load: stated assumptions with documented defaults
 * (docs/spec.md#capacity), since no price list or quota says how heavy an application is.
 *
 * @param cpuMsPerRequest      CPU time one request takes, in milliseconds of one vCPU
 * @param memoryPerConnectionKb memory each concurrent user's open connection holds
 * @param baseMemoryGb          memory the operating system and runtime hold on every instance or task
 * @param requestShare          the share of workload.requests and users this component serves
 */
public record AppWork(BigDecimal cpuMsPerRequest, BigDecimal memoryPerConnectionKb, BigDecimal baseMemoryGb,
        BigDecimal requestShare) {
    public static final BigDecimal DEFAULT_CPU_MS = new BigDecimal("10");
    public static final BigDecimal DEFAULT_CONNECTION_KB = new BigDecimal("64");
    public static final BigDecimal DEFAULT_BASE_GB = new BigDecimal("0.5");

    public static List<Setting> settings() {
        return List.of(
                Setting.of("cpu_per_request", SettingKind.MILLISECONDS, DEFAULT_CPU_MS,
                        "CPU time one request takes on one vCPU (measure it: CPU seconds / requests)"),
                Setting.of("memory_per_connection", SettingKind.KILOBYTES, DEFAULT_CONNECTION_KB,
                        "memory each concurrent user's connection holds (a WebSocket, a session)"),
                Setting.of("base_memory", SettingKind.GIGABYTES, DEFAULT_BASE_GB,
                        "memory the OS and runtime hold on each instance or task before any load"),
                Setting.of("request_share", SettingKind.NUMBER, BigDecimal.ONE,
                        "share of workload.requests and concurrent users this component serves (0 for a worker)"));
    }

    public static AppWork read(Settings s) {
        return new AppWork(s.number("cpu_per_request"), s.number("memory_per_connection"), s.number("base_memory"),
                share(s, "request_share", "requests"));
    }

    /** A share of a workload figure, from 0 to 1; more than all of it is refused at the setting. */
    static BigDecimal share(Settings s, String name, String ofWhat) {
        BigDecimal share = s.number(name);
        if (share.compareTo(BigDecimal.ONE) > 0) {
            throw new dev.cloudplan.core.architecture.InvalidSettingException(name,
                    name + " " + share.toPlainString() + " is more than all of the " + ofWhat, "give a share from 0 to 1");
        }
        return share;
    }
}

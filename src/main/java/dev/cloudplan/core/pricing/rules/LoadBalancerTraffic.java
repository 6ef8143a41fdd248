package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.KB_PER_GB;
import static dev.cloudplan.core.pricing.BillingConventions.SECONDS_PER_MONTH;

import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The traffic of an average hour at a load balancer (ALB, NLB, GWLB), shared by their capacity-unit rules: new
 * connections per second, connections open at once and GB processed, each from the workload unless stated.
 */
final class LoadBalancerTraffic {
    /** The settings ALB and NLB share, in the order both list them. */
    static final Setting COUNT = Setting.of("count", SettingKind.COUNT, BigDecimal.ONE,
            "load balancers (traffic split evenly)");
    static final Setting REQUESTS_PER_CONNECTION = Setting.of("requests_per_connection", SettingKind.NUMBER,
            BigDecimal.ONE, "requests each new client connection carries (keep-alive)");
    static final Setting PROCESSED = Setting.of("processed", SettingKind.GIGABYTES, Setting.AUTO,
            "GB processed a month, both directions; auto = requests x request_size + workload egress");
    static final Setting PUBLIC_IPV4 = Setting.of("public_ipv4", SettingKind.COUNT, new BigDecimal("2"),
            "public IPv4 addresses per load balancer: one per AZ when internet-facing, 0 when internal");

    private LoadBalancerTraffic() {}

    /** active_connections, read as {@code kind} (ALB takes whole connections, NLB any number). */
    static Setting activeConnections(SettingKind kind) {
        return Setting.of("active_connections", kind, Setting.AUTO,
                "connections open at once; auto = users.concurrent, else new connections per second x 1 s");
    }

    /** Workload requests over the month's seconds, one connection per {@code requestsPerConnection} requests. */
    static BigDecimal newConnectionsPerSecond(BigDecimal requests, BigDecimal requestsPerConnection) {
        return requests.divide(SECONDS_PER_MONTH, DIVISION).divide(requestsPerConnection, DIVISION);
    }

    /** The stated figure, else users.concurrent, else new connections per second x 1 s (said in the assumptions). */
    static BigDecimal activeConnections(BigDecimal stated, BigDecimal newConnections, WorkloadMonth w, String who,
            Assumptions assumptions) {
        if (stated != null) {
            return stated;
        }
        return w.get(Driver.CONCURRENT_USERS).orElseGet(() -> {
            assumptions.add(who + ": workload.users.concurrent not given; active connections taken as new connections"
                    + " per second x 1 second.");
            return newConnections;
        });
    }

    /** The stated GB, else requests x request_size + workload egress (defaults said in the assumptions). */
    static BigDecimal processedGb(BigDecimal stated, BigDecimal requests, WorkloadMonth w, String who,
            Assumptions assumptions) {
        if (stated != null) {
            return stated;
        }
        BigDecimal kb = w.get(Driver.REQUEST_SIZE).orElseGet(() -> {
            assumptions.add(who + ": workload.request_size not given; 1 KB per request assumed.");
            return BigDecimal.ONE;
        });
        BigDecimal egress = w.get(Driver.EGRESS).orElseGet(() -> {
            assumptions.add(who + ": workload.egress not given; responses taken as 0 GB (set the " + who.toLowerCase(
                    java.util.Locale.ROOT) + "'s processed to add them).");
            return BigDecimal.ZERO;
        });
        return requests.multiply(kb).divide(KB_PER_GB, DIVISION).add(egress);
    }

    static String show(BigDecimal n) {
        return Decimals.plain(n.setScale(4, RoundingMode.HALF_UP));
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.KB_PER_GB;
import static dev.cloudplan.core.pricing.BillingConventions.SECONDS_PER_MONTH;

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
    private LoadBalancerTraffic() {}

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

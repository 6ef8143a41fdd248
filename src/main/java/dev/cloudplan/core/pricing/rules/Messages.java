package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Counting messages for the rules that bill them (EventBridge, SNS): per workload request, and per 64 KB chunk. */
final class Messages {
    static final BigDecimal CHUNK_KB = new BigDecimal("64");

    private Messages() {}

    /** The stated count, else workload requests x {@code perRequest}. */
    static BigDecimal perRequest(BigDecimal stated, BigDecimal perRequest, WorkloadMonth w, String type, String what) {
        if (stated != null) {
            return stated;
        }
        return w.get(Driver.REQUESTS).orElseThrow(() -> new MissingWorkloadException(Driver.REQUESTS,
                "a " + type + " component (or set its " + what + ")")).multiply(perRequest);
    }

    static String formula(BigDecimal stated, BigDecimal perRequest, WorkloadMonth w, String what) {
        return stated != null ? Decimals.plain(stated) + " " + what
                : Decimals.plain(w.get(Driver.REQUESTS).orElseThrow()) + " requests x " + Decimals.plain(perRequest) + " "
                        + what + " per request";
    }

    /** 64 KB chunks a message of {@code kb} is billed as: at least one. */
    static BigDecimal chunks64(BigDecimal kb) {
        return kb.divide(CHUNK_KB, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
    }
}

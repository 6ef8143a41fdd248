package dev.cloudplan.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One architecture's cost per month as a range, for the P10-P90 band chart: the 10th, 50th and 90th percentiles of
 * each month's cost in USD (month 1 first). Plain figures, so that whatever simulates the ranges only fills this in.
 */
public record CostBand(String architecture, List<BigDecimal> p10, List<BigDecimal> p50, List<BigDecimal> p90) {
    public CostBand {
        p10 = List.copyOf(p10);
        p50 = List.copyOf(p50);
        p90 = List.copyOf(p90);
        if (p10.isEmpty() || p10.size() != p50.size() || p50.size() != p90.size()) {
            throw new IllegalArgumentException(architecture + ": P10, P50 and P90 need one figure a month each, as many"
                    + " of each (" + p10.size() + ", " + p50.size() + ", " + p90.size() + ")");
        }
        for (int m = 0; m < p10.size(); m++) {
            if (p10.get(m).compareTo(p50.get(m)) > 0 || p50.get(m).compareTo(p90.get(m)) > 0) {
                throw new IllegalArgumentException(architecture + ", month " + (m + 1) + ": P10 <= P50 <= P90 is not true ("
                        + p10.get(m) + ", " + p50.get(m) + ", " + p90.get(m) + ")");
            }
        }
    }

    public int months() {
        return p50.size();
    }
}

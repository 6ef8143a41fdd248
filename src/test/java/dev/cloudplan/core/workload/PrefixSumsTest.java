package dev.cloudplan.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The prefix sums that make long horizons linear give exactly what the definitions give: C(t) and D(x) summed
 * month by month from the start, and each month's peak as the maximum of every level so far.
 */
class PrefixSumsTest {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** C(t) as defined: every whole month's inflow up to t, plus the share of the month t is in. */
    static BigDecimal cumulativeByDefinition(Series inflow, BigDecimal t) {
        if (t.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        int full = t.setScale(0, RoundingMode.FLOOR).intValue();
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 1; j <= full; j++) {
            sum = sum.add(inflow.valueAt(j));
        }
        return sum.add(inflow.valueAt(full + 1).multiply(t.subtract(BigDecimal.valueOf(full))));
    }

    /** D(x) as defined: each whole month adds what was there before it plus half its own inflow. */
    static BigDecimal integralByDefinition(Series inflow, BigDecimal x) {
        if (x.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        int full = x.setScale(0, RoundingMode.FLOOR).intValue();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (int j = 1; j <= full; j++) {
            BigDecimal r = inflow.valueAt(j);
            sum = sum.add(before).add(r.divide(TWO));
            before = before.add(r);
        }
        BigDecimal f = x.subtract(BigDecimal.valueOf(full));
        BigDecimal r = inflow.valueAt(full + 1);
        return sum.add(before.multiply(f)).add(r.multiply(f).multiply(f).divide(TWO));
    }

    private static Series listed(List<Integer> values) {
        return new Series.Listed(values.stream().map(BigDecimal::valueOf).toList());
    }

    @Test
    void cumulativeAndIntegral_equalTheirDefinitions_atWholeAndFractionalTimes_inAnyOrderAsked() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 40),
                integers().between(0, 60_000), integers().between(1, 40)).checkAssert((inflows, hundredths, step) -> {
                    Series inflow = listed(inflows);
                    // A fresh one per order: asked from late to early, then early to late, so the table grows both ways.
                    Accumulation a = new Accumulation(BigDecimal.ZERO, inflow, null);
                    BigDecimal t = BigDecimal.valueOf(hundredths, 2).remainder(BigDecimal.valueOf(step * 3L));
                    for (BigDecimal x : List.of(t, t.add(BigDecimal.valueOf(step)), BigDecimal.ONE, t.divide(TWO))) {
                        assertThat(a.cumulative(x)).isEqualByComparingTo(cumulativeByDefinition(inflow, x));
                        assertThat(a.integral(x)).isEqualByComparingTo(integralByDefinition(inflow, x));
                    }
                });
    }

    @Test
    void everyMonthsValueAndLevel_equalTheDefinitions_withRetentionToo() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 30),
                integers().between(1, 3_000), integers().between(0, 500)).checkAssert((inflows, windowHundredths, initial) -> {
                    Series inflow = listed(inflows);
                    Retention keep = new Retention(BigDecimal.valueOf(windowHundredths, 2), "w", Retention.Outcome.DELETE);
                    Accumulation a = new Accumulation(BigDecimal.valueOf(initial), inflow, keep);
                    for (int m = 1; m <= 36; m++) {
                        BigDecimal mm = BigDecimal.valueOf(m);
                        BigDecimal w = keep.windowMonths();
                        // Month m's GB-months: D(m) - D(m-1) - (D(m-W) - D(m-1-W)) plus the initial data still there.
                        BigDecimal written = BigDecimal.valueOf(initial).add(integralByDefinition(inflow, mm)
                                .subtract(integralByDefinition(inflow, mm.subtract(BigDecimal.ONE))));
                        BigDecimal gone = integralByDefinition(inflow, mm.subtract(w))
                                .subtract(integralByDefinition(inflow, mm.subtract(w).subtract(BigDecimal.ONE)));
                        BigDecimal initialGone = mm.subtract(w.max(BigDecimal.valueOf(m - 1L)))
                                .max(BigDecimal.ZERO).min(BigDecimal.ONE).multiply(BigDecimal.valueOf(initial));
                        BigDecimal expected = written.subtract(gone).subtract(initialGone).round(Series.PRECISION)
                                .max(BigDecimal.ZERO);
                        assertThat(a.valueAt(m)).as("month %d", m).isEqualByComparingTo(expected);
                        BigDecimal level = BigDecimal.valueOf(initial).add(cumulativeByDefinition(inflow, mm))
                                .subtract(cumulativeByDefinition(inflow, mm.subtract(w)))
                                .subtract(mm.compareTo(w) >= 0 ? BigDecimal.valueOf(initial) : BigDecimal.ZERO);
                        assertThat(a.levelAt(m)).isEqualByComparingTo(level.round(Series.PRECISION).max(BigDecimal.ZERO));
                    }
                });
    }

    @Test
    void workloadMonths_equalEachMonthOnItsOwn_peakAsTheMaximumOfEveryLevelSoFar() {
        qt().withExamples(100).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 20),
                integers().between(1, 48)).checkAssert((values, horizon) -> {
                    Map<Driver, Series> drivers = new EnumMap<>(Driver.class);
                    drivers.put(Driver.REQUESTS, listed(values));
                    drivers.put(Driver.STORED_DATA, new Accumulation(BigDecimal.TEN, listed(values),
                            new Retention(new BigDecimal("2.5"), "w", Retention.Outcome.DELETE)));
                    drivers.put(Driver.EGRESS, Series.fixed(BigDecimal.ONE));
                    Workload w = new Workload(drivers);
                    List<WorkloadMonth> months = w.months(horizon);
                    assertThat(months).hasSize(horizon);
                    for (int m = 1; m <= horizon; m++) {
                        WorkloadMonth got = months.get(m - 1);
                        assertThat(got.month()).isEqualTo(m);
                        for (Map.Entry<Driver, Series> e : drivers.entrySet()) {
                            Series s = e.getValue();
                            BigDecimal peak = s.levelAt(1);
                            for (int k = 2; k <= m; k++) {
                                peak = peak.max(s.levelAt(k));
                            }
                            BigDecimal expectedPeak = s.varies() ? peak : s.levelAt(m);
                            assertThat(got.get(e.getKey()).orElseThrow()).isEqualByComparingTo(s.valueAt(m));
                            assertThat(got.peak(e.getKey()).orElseThrow()).isEqualByComparingTo(expectedPeak);
                        }
                    }
                });
    }
}

package dev.cloudplan.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Stored data fed by an inflow: accumulation month over month, and what retention leaves to bill. */
class AccumulationTest {
    static final Offset<Double> CLOSE = Offset.offset(1e-9);

    static BigDecimal d(double v) {
        return BigDecimal.valueOf(v);
    }

    static Retention keep(double months, String words) {
        return new Retention(d(months), words, Retention.Outcome.DELETE);
    }

    @Test
    void withoutRetention_monthHoldsEveryEarlierMonth_andHalfOfItsOwn() {
        Accumulation a = new Accumulation(d(5), Series.fixed(d(2)), null);
        // month 6: 5 GB initial + months 1-5 (5 x 2 GB) + half of month 6's 2 GB, written through the month
        assertThat(a.valueAt(6).doubleValue()).isCloseTo(5 + 5 * 2 + 2 / 2.0, CLOSE);
        assertThat(a.valueAt(1).doubleValue()).isCloseTo(5 + 2 / 2.0, CLOSE);
        assertThat(a.explain(6)).isEqualTo("5 initial + 10 written in months before 6 + half of month 6's 2"
                + " (written through the month) = 16 GB-months");
    }

    @Test
    void growingInflow_accumulatesItsHistory() {
        Accumulation a = new Accumulation(BigDecimal.ZERO, new Series.Compound(d(10), d(0.5)), null);
        double before = 10 + 15 + 22.5;
        assertThat(a.valueAt(4).doubleValue()).isCloseTo(before + 10 * Math.pow(1.5, 3) / 2, CLOSE);
    }

    @Test
    void twentyFourHours_keepsAboutOneDaysInflow() {
        double w = 24 / 730.0;
        Accumulation a = new Accumulation(BigDecimal.ZERO, Series.fixed(d(300)), keep(w, "24 hours"));
        // Month 1 fills up during its first day: the integral of 300 x min(t, w) over [0, 1].
        assertThat(a.valueAt(1).doubleValue()).isCloseTo(300 * (w - w * w / 2), CLOSE);
        // From then on exactly one day's inflow is stored at any time.
        assertThat(a.valueAt(2).doubleValue()).isCloseTo(300 * w, CLOSE);
        assertThat(a.valueAt(12).doubleValue()).isCloseTo(300 * w, CLOSE);
        assertThat(a.explain(2)).contains("older than 24 hours (deleted)");
    }

    @Test
    void thirtyDays_ofAGrowingInflow_spansTwoMonths() {
        double w = 30 * 12 / 365.0;
        Accumulation a = new Accumulation(BigDecimal.ZERO, new Series.Linear(d(100), d(100)), keep(w, "30 days"));
        // Month 3 (inflow 300 GB/month; month 2 wrote 200): stored at t is C(t) - C(t - w). Within month 3,
        // C(t) = 300 + 300 (t - 2), averaging 450. While t - w is in month 2, C(t - w) = 100 + 200 (t - w - 1),
        // averaging 100 + 200 (1.5 - w) over the month; in the last (1 - w) of the month t - w enters month 3,
        // whose rate is 100 higher, adding 100 x (1 - w)^2 / 2 to what has been deleted.
        double deleted = 100 + 200 * (1.5 - w) + 100 * (1 - w) * (1 - w) / 2;
        assertThat(a.valueAt(3).doubleValue()).isCloseTo(450 - deleted, CLOSE);
    }

    @Test
    void initialData_leavesWhenItsWindowEnds() {
        Accumulation a = new Accumulation(d(10), Series.fixed(BigDecimal.ZERO), keep(1.5, "1.5 months"));
        assertThat(a.valueAt(1).doubleValue()).isCloseTo(10, CLOSE);
        assertThat(a.valueAt(2).doubleValue()).isCloseTo(10 * 0.5, CLOSE);
        assertThat(a.valueAt(3).doubleValue()).isCloseTo(0, CLOSE);
    }

    @Test
    void archive_movesWhatLeavesToTheArchiveClass() {
        Accumulation a = new Accumulation(BigDecimal.ZERO, Series.fixed(d(10)),
                new Retention(d(12), "1 year", Retention.Outcome.ARCHIVE));
        // Month 14: written so far, averaged: 13 x 10 + 5 = 135; older than 12 months: 1 x 10 + 5 = 15.
        assertThat(a.valueAt(14).doubleValue()).isCloseTo(135 - 15, CLOSE);
        assertThat(a.archivedAt(14).doubleValue()).isCloseTo(15, CLOSE);
        assertThat(a.archivedAt(12).doubleValue()).isCloseTo(0, CLOSE);
    }

    @Test
    void withoutRetention_storedDataNeverDecreases() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 24),
                        integers().between(0, 1_000))
                .checkAssert((inflows, initial) -> {
                    Accumulation a = new Accumulation(BigDecimal.valueOf(initial), listed(inflows), null);
                    for (int m = 2; m <= 30; m++) {
                        assertThat(a.valueAt(m)).isGreaterThanOrEqualTo(a.valueAt(m - 1));
                    }
                });
    }

    @Test
    void withRetention_storedDataNeverExceedsInflowTimesTheWindow() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 24),
                        integers().between(1, 2_000))
                .checkAssert((inflows, windowHours) -> {
                    BigDecimal w = BigDecimal.valueOf(windowHours).divide(BigDecimal.valueOf(730), Series.PRECISION);
                    Accumulation a = new Accumulation(BigDecimal.ZERO, listed(inflows), keep(w.doubleValue(), "w"));
                    BigDecimal maxInflow = BigDecimal.valueOf(inflows.stream().mapToInt(Integer::intValue).max().orElse(0));
                    BigDecimal bound = maxInflow.multiply(w).add(new BigDecimal("1e-9"));
                    for (int m = 1; m <= 30; m++) {
                        assertThat(a.valueAt(m)).isLessThanOrEqualTo(bound).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                    }
                });
    }

    private static Series listed(List<Integer> inflows) {
        return new Series.Listed(inflows.stream().map(BigDecimal::valueOf).toList());
    }

    @Test
    void levelAtTheEndOfAMonth_isEverythingWrittenSoFar_lessWhatRetentionRemoved() {
        Accumulation growing = new Accumulation(d(5), Series.fixed(d(2)), null);
        // End of month 6: 5 GB initial + 6 x 2 GB written.
        assertThat(growing.levelAt(6).doubleValue()).isCloseTo(5 + 6 * 2, CLOSE);
        Accumulation temporary = new Accumulation(BigDecimal.ZERO, Series.fixed(d(300)), keep(0.5, "half a month"));
        // Kept half a month: at any month end, the last half month's 300 GB / 2 are in place.
        assertThat(temporary.levelAt(4).doubleValue()).isCloseTo(300 * 0.5, CLOSE);
    }

    @Test
    void workloadMonth_carriesThePeakLevelSoFar_forWhatCannotShrink() {
        Workload w = new Workload(java.util.Map.of(Driver.STORED_DATA, new Accumulation(d(5), Series.fixed(d(2)), null)));
        WorkloadMonth m3 = w.month(3);
        // Average over month 3: 5 + 2 x 2 + 2 / 2 = 10 GB-months; in place at its end: 5 + 3 x 2 = 11 GB.
        assertThat(m3.get(Driver.STORED_DATA).orElseThrow().doubleValue()).isCloseTo(10, CLOSE);
        assertThat(m3.peak(Driver.STORED_DATA).orElseThrow().doubleValue()).isCloseTo(11, CLOSE);
        // A fixed driver's peak is its value.
        assertThat(Workload.of(java.util.Map.of(Driver.REQUESTS, d(7))).month(2).peak(Driver.REQUESTS))
                .contains(d(7));
    }
}

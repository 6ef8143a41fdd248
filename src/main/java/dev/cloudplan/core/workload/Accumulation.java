package dev.cloudplan.core.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stored data fed by a monthly inflow: month m's GB-months are the data stored on average during month m.
 *
 * <p>Inflow is written evenly through its month, so the amount written by time t (in months) is the piecewise
 * linear C(t), and without retention month m's average is C(m - 1) + inflow(m) / 2: month 6 holds months 1 to
 * 5 in full and half of month 6. A retention window W removes data W after it was written, so what is stored at
 * time t is C(t) - C(t - W). Averaging over a month integrates that: with D(x) the integral of C from 0 to x,
 * month m's GB-months are D(m) - D(m - 1) - (D(m - W) - D(m - 1 - W)), exact for any window, however short.
 * Data there before month 1 ({@code initial}) is taken as written at the start of month 1.
 *
 * <p>C and D at whole months are prefix sums of the inflow, built once up to the furthest month asked for and
 * extended when a later one is, so each month's figure costs the same whatever the horizon (re-summing every
 * earlier month made a horizon's stored data cost its cube).
 */
public final class Accumulation implements Series {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final BigDecimal initial;
    private final Series inflow;
    private final Retention retention;
    /** inflow(j) for j = 1..n + 1 (index j), C(j) and D(j) for j = 0..n. */
    private BigDecimal[] rates = {BigDecimal.ZERO, null};
    private BigDecimal[] sums = {BigDecimal.ZERO};
    private BigDecimal[] integrals = {BigDecimal.ZERO};

    /** @param retention null when data is kept for ever */
    public Accumulation(BigDecimal initial, Series inflow, Retention retention) {
        this.initial = initial;
        this.inflow = inflow;
        this.retention = retention;
    }

    public BigDecimal initial() {
        return initial;
    }

    public Series inflow() {
        return inflow;
    }

    /** Null when data is kept for ever. */
    public Retention retention() {
        return retention;
    }

    /** GB-months in the storage class the data is written to (the hot one), month {@code month}. */
    @Override
    public BigDecimal valueAt(int month) {
        return round(written(month).subtract(left(month)));
    }

    /** GB in the hot class at the end of {@code month}: all written so far, less what retention removed. */
    @Override
    public BigDecimal levelAt(int month) {
        BigDecimal m = BigDecimal.valueOf(month);
        BigDecimal level = initial.add(cumulative(m));
        if (retention != null) {
            level = level.subtract(cumulative(m.subtract(retention.windowMonths())));
            if (m.compareTo(retention.windowMonths()) >= 0) {
                level = level.subtract(initial);
            }
        }
        return round(level);
    }

    /** GB-months that retention moved to the archive class in {@code month}; 0 when retention deletes. */
    public BigDecimal archivedAt(int month) {
        if (retention == null || retention.outcome() != Retention.Outcome.ARCHIVE) {
            return BigDecimal.ZERO;
        }
        return round(left(month));
    }

    /** The average over month m of everything written so far, initial data included: no retention. */
    private BigDecimal written(int month) {
        BigDecimal m = BigDecimal.valueOf(month);
        return initial.add(integral(m).subtract(integral(m.subtract(BigDecimal.ONE))));
    }

    /** The average over month m of what is older than the window, so has left the hot class. */
    private BigDecimal left(int month) {
        if (retention == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal end = BigDecimal.valueOf(month).subtract(retention.windowMonths());
        BigDecimal inflowGone = integral(end).subtract(integral(end.subtract(BigDecimal.ONE)));
        // Initial data leaves at W: the part of month m after W.
        BigDecimal initialGoneShare = clamp(BigDecimal.valueOf(month).subtract(retention.windowMonths().max(
                BigDecimal.valueOf(month - 1L))));
        return inflowGone.add(initial.multiply(initialGoneShare));
    }

    /** C(t): everything written from the start of month 1 to time t (months), written evenly within each month. */
    BigDecimal cumulative(BigDecimal t) {
        if (t.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        int full = t.setScale(0, RoundingMode.FLOOR).intValueExact();
        prefix(full);
        return sums[full].add(rates[full + 1].multiply(t.subtract(BigDecimal.valueOf(full))));
    }

    /** D(x): the integral of C from 0 to x, in GB-months; C is linear within a month, so each month adds its mean. */
    BigDecimal integral(BigDecimal x) {
        if (x.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        int full = x.setScale(0, RoundingMode.FLOOR).intValueExact();
        prefix(full);
        BigDecimal f = x.subtract(BigDecimal.valueOf(full));
        BigDecimal r = rates[full + 1];
        return integrals[full].add(sums[full].multiply(f)).add(r.multiply(f).multiply(f).divide(TWO));
    }

    /** Extends the prefix sums to month {@code n}, in the order the definition adds them, so results are identical. */
    private synchronized void prefix(int n) {
        int have = sums.length - 1;
        if (n <= have && rates[have + 1] != null) {
            return;
        }
        // Doubling keeps month-by-month requests linear in all.
        int size = Math.max(n, have * 2);
        BigDecimal[] r = java.util.Arrays.copyOf(rates, size + 2);
        BigDecimal[] c = java.util.Arrays.copyOf(sums, size + 1);
        BigDecimal[] d = java.util.Arrays.copyOf(integrals, size + 1);
        for (int j = 1; j <= size + 1; j++) {
            if (r[j] == null) {
                r[j] = inflow.valueAt(j);
            }
        }
        for (int j = have + 1; j <= size; j++) {
            d[j] = d[j - 1].add(c[j - 1]).add(r[j].divide(TWO));
            c[j] = c[j - 1].add(r[j]);
        }
        rates = r;
        sums = c;
        integrals = d;
    }

    @Override
    public String explain(int month) {
        BigDecimal before = cumulative(BigDecimal.valueOf(month - 1L));
        BigDecimal now = inflow.valueAt(month);
        StringBuilder sb = new StringBuilder();
        if (initial.signum() > 0) {
            sb.append(Series.plain(initial)).append(" initial + ");
        }
        sb.append(Series.plain(before)).append(" written in months before ").append(month).append(" + half of month ")
                .append(month).append("'s ").append(Series.plain(now)).append(" (written through the month)");
        if (retention == null) {
            return sb.append(" = ").append(Series.plain(valueAt(month))).append(" GB-months").toString();
        }
        sb.append(" = ").append(Series.plain(round(written(month)))).append(" GB-months written, less ")
                .append(Series.plain(round(left(month)))).append(" GB-months older than ").append(retention.asWritten())
                .append(" (").append(retention.outcome().words()).append(") = ").append(Series.plain(valueAt(month)))
                .append(" GB-months");
        if (retention.outcome() == Retention.Outcome.ARCHIVE) {
            sb.append("; archive class: ").append(Series.plain(archivedAt(month))).append(" GB-months");
        }
        return sb.toString();
    }

    @Override
    public String describe() {
        return (initial.signum() > 0 ? Series.plain(initial) + " GB at the start, plus " : "")
                + "a monthly inflow of GB (" + inflow.describe() + "), accumulating"
                + (retention == null ? " (kept for ever)" : "; each piece " + retention.outcome().words() + " "
                + retention.asWritten() + " after it is written");
    }

    private static BigDecimal clamp(BigDecimal share) {
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.round(PRECISION).max(BigDecimal.ZERO);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Accumulation a && initial.equals(a.initial) && inflow.equals(a.inflow)
                && java.util.Objects.equals(retention, a.retention);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(initial, inflow, retention);
    }

    @Override
    public String toString() {
        return "Accumulation[initial=" + initial + ", inflow=" + inflow + ", retention=" + retention + "]";
    }
}

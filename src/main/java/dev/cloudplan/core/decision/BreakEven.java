package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where two architectures cost the same. Costs are piecewise linear in a driver (straight between tier boundaries,
 * with steps where an instance is added), so a crossing is first located, by a change of sign of the difference
 * between neighbouring values, then solved by bisection on exact decimals down to the stated resolution, and the last
 * interval by the line through its ends. Where the pricer has a {@link Scan} (a compiled plan), crossings are located
 * on it at {@link #SCAN_POINTS} values between the grid's points, so two crossings within one grid step are both seen;
 * otherwise at the grid points. Either way every crossing and its costs come from the exact pricer.
 */
public final class BreakEven {
    /** Values a scan prices over the range (or every value at the resolution where that is fewer). */
    public static final int SCAN_POINTS = 4_096;
    /** Values a pair is scanned at when one of its architectures has a month the compiled plan asks the rules of. */
    public static final int SLOW_SCAN_POINTS = 512;
    /** A cost difference within this is "the same": the bill's own rounding. */
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** How far (USD) a scan's cost may be from the exact engine's at a grid point before it is not used. */
    private static final double SCAN_AGREES = 0.005;
    /** A scanned difference this small relative to the costs is a tie: the doubles' noise, not a crossing. */
    private static final double SCAN_TIE = 1e-8;

    private final Pricer pricer;
    private final BigDecimal resolution;
    /** Bisections of several pairs meet at the same values; each is priced once. */
    private final Map<BigDecimal, List<Cost>> priced = new HashMap<>();

    private BreakEven(Pricer pricer, BigDecimal resolution) {
        this.pricer = pricer;
        this.resolution = resolution;
    }

    /** One value where two architectures' costs meet (their exact costs there), with which side is cheaper for which. */
    public record Crossing(BigDecimal value, String cheaperBelow, String cheaperAbove, Money firstCost,
            Money secondCost, boolean step, BigDecimal tiedUpTo) {
        /** The value above which {@code cheaperAbove} is cheaper: the crossing, or the end of a stretch of equal cost. */
        public BigDecimal end() {
            return tiedUpTo == null ? value : tiedUpTo;
        }
    }

    /**
     * How a pair's crossings were located: on a scan by the compiled plan at {@code points} values ({@code scanned};
     * at {@link #SLOW_SCAN_POINTS} where {@code askingRules} names which of the two has a month the plan asks the
     * rules of at each value), or at the grid's {@code points}; {@code why} says why a scan was not used where one was
     * made (else null).
     */
    public record Search(boolean scanned, int points, List<String> askingRules, String why) {
        public Search {
            askingRules = List.copyOf(askingRules);
        }

        public boolean coarse() {
            return !askingRules.isEmpty();
        }
    }

    /**
     * Two architectures over the sweep's range: which is cheaper at its start ({@code null} when they cost the same
     * throughout), every crossing in order, and the values where one of them is incomplete ({@code incomplete}
     * names which), where no crossing is solved since a lower bound says nothing about where costs meet.
     */
    public record Pair(String first, String second, String cheaperAtStart, List<Crossing> crossings,
            List<BigDecimal> unsolvedAt, List<String> incomplete, Search search) {
        public Pair {
            crossings = List.copyOf(crossings);
            unsolvedAt = List.copyOf(unsolvedAt);
            incomplete = List.copyOf(incomplete);
        }

        public boolean fullySolved() {
            return unsolvedAt.isEmpty();
        }
    }

    /** Every pair of the sweep's architectures, in the sweep's order, solved to {@code resolution} of the driver. */
    public static List<Pair> find(Sweep sweep, Pricer pricer, BigDecimal resolution) {
        BreakEven solver = new BreakEven(pricer, resolution);
        sweep.points().forEach(p -> solver.priced.put(p.value().stripTrailingZeros(), p.costs()));
        List<BigDecimal> grid = sweep.points().stream().map(Sweep.Point::value).toList();
        List<String> names = sweep.architectures();
        Scan scan = grid.size() > 1 ? pricer.scan(grid) : null;
        Scanned fast = null;
        Scanned slow = null;
        if (scan != null) {
            boolean[] isSlow = new boolean[names.size()];
            for (int a = 0; a < isSlow.length; a++) {
                isSlow[a] = scan.slow(a);
            }
            boolean[] isFast = new boolean[isSlow.length];
            boolean anySlow = false;
            for (int a = 0; a < isSlow.length; a++) {
                isFast[a] = !isSlow[a];
                anySlow |= isSlow[a];
            }
            fast = Scanned.of(sweep, scan, Grid.dense(grid, resolution, SCAN_POINTS), isFast, isSlow);
            if (anySlow) {
                boolean[] all = new boolean[isSlow.length];
                java.util.Arrays.fill(all, true);
                // A pair with an architecture whose months ask the rules at each value is scanned more coarsely.
                slow = Scanned.of(sweep, scan, Grid.dense(grid, resolution, SLOW_SCAN_POINTS), all, isSlow);
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Scanned on = fast == null ? null : fast.which[i] && fast.which[j] ? fast : slow;
                String why = on == null ? null : on.disagrees[i] != null ? on.disagrees[i] : on.disagrees[j];
                boolean use = on != null && why == null;
                List<BigDecimal> at = use ? solver.located(grid, on.values, on.costs, i, j) : grid;
                out.add(solver.pair(grid, at, names.get(i), names.get(j),
                        new Search(use, use ? on.values.size() : grid.size(), use && on == slow
                                ? slowOf(on.slow, names, i, j) : List.of(), why)));
            }
        }
        return out;
    }

    /**
     * A scan's values, the costs there of the architectures {@code which} selects, where each disagrees, and which
     * ask the rules at each value.
     */
    private record Scanned(List<BigDecimal> values, double[][] costs, boolean[] which, String[] disagrees,
            boolean[] slow) {
        static Scanned of(Sweep sweep, Scan scan, List<BigDecimal> values, boolean[] which, boolean[] slow) {
            double[][] costs = scan.costs(values, which);
            return new Scanned(values, costs, which, disagreements(sweep, values, costs, which), slow);
        }
    }

    private static List<String> slowOf(boolean[] slow, List<String> names, int i, int j) {
        List<String> out = new ArrayList<>();
        for (int a : new int[] {i, j}) {
            if (slow[a]) {
                out.add(names.get(a));
            }
        }
        return out;
    }

    /**
     * Per architecture, where its scan is not the exact engine's cost at a grid point (beyond {@link #SCAN_AGREES}, or
     * complete where it is not), in words; null where it agrees at every one.
     */
    private static String[] disagreements(Sweep sweep, List<BigDecimal> values, double[][] scanned, boolean[] which) {
        String[] out = new String[sweep.architectures().size()];
        int v = 0;
        for (Sweep.Point p : sweep.points()) {
            while (values.get(v).compareTo(p.value()) != 0) {
                v++;
            }
            for (int a = 0; a < out.length; a++) {
                if (!which[a]) {
                    continue;
                }
                Cost exact = p.costs().get(a);
                double s = scanned[v][a];
                boolean agrees = exact.complete() ? !Double.isNaN(s)
                        && Math.abs(s - exact.exact().amount().doubleValue()) <= SCAN_AGREES : Double.isNaN(s);
                if (!agrees && out[a] == null) {
                    out[a] = "the compiled plan of " + exact.architecture() + " gave " + (Double.isNaN(s) ? "no cost"
                            : String.format(java.util.Locale.ROOT, "%.4f USD", s)) + " at " + p.value().toPlainString()
                            + ", the exact engine " + exact.exact().amount().toPlainString() + " USD"
                            + (exact.complete() ? "" : " (incomplete)");
                }
            }
        }
        return out;
    }

    /**
     * The values the exact walk of a pair visits: the grid, and on each side of every change of sign of the scanned
     * difference (and the first value of each incomplete stretch), the scan's values there.
     */
    private List<BigDecimal> located(List<BigDecimal> grid, List<BigDecimal> values, double[][] scanned, int a, int b) {
        java.util.TreeSet<BigDecimal> out = new java.util.TreeSet<>(grid);
        int last = -1;
        int lastSign = 0;
        int gapAt = -1;
        for (int v = 0; v < values.size(); v++) {
            double ca = scanned[v][a];
            double cb = scanned[v][b];
            if (Double.isNaN(ca) || Double.isNaN(cb)) {
                gapAt = gapAt < 0 ? v : gapAt;
                continue;
            }
            double d = ca - cb;
            int sign = Math.abs(d) <= SCAN_TIE * (Math.abs(ca) + Math.abs(cb)) + 1e-9 ? 0 : d < 0 ? -1 : 1;
            if (sign == 0) {
                continue;
            }
            if (last >= 0 && sign != lastSign) {
                out.add(values.get(last));
                out.add(values.get(v));
                if (gapAt >= 0) {
                    out.add(values.get(gapAt));
                }
            }
            last = v;
            lastSign = sign;
            gapAt = -1;
        }
        return new ArrayList<>(out);
    }

    /**
     * The pair walked over {@code values} (the grid and, with a scan, the values it located crossings between),
     * each priced exactly. An incomplete grid point is listed as unsolved; an incomplete value between grid points
     * only where a change of sign lies across it, at the next grid point, as a bisection meeting it would.
     */
    private Pair pair(List<BigDecimal> grid, List<BigDecimal> values, String a, String b, Search search) {
        java.util.TreeSet<BigDecimal> onGrid = new java.util.TreeSet<>(grid);
        List<Crossing> crossings = new ArrayList<>();
        String cheaperAtStart = null;
        java.util.TreeSet<BigDecimal> unsolved = new java.util.TreeSet<>();
        java.util.Set<String> incomplete = new java.util.LinkedHashSet<>();
        java.util.Set<String> gap = new java.util.LinkedHashSet<>();
        BigDecimal lastValue = null;
        int lastSign = 0;
        for (BigDecimal value : values) {
            List<Cost> at = costs(value);
            Cost ca = find(at, a);
            Cost cb = find(at, b);
            if (!ca.complete() || !cb.complete()) {
                List<Cost> missing = ca.complete() ? List.of(cb) : cb.complete() ? List.of(ca) : List.of(ca, cb);
                if (onGrid.contains(value)) {
                    // A lower bound says nothing about where the costs meet: the search starts again after it.
                    unsolved.add(value);
                    missing.forEach(c -> incomplete.add(c.architecture()));
                    lastValue = null;
                    lastSign = 0;
                    gap.clear();
                } else {
                    missing.forEach(c -> gap.add(c.architecture()));
                }
                continue;
            }
            int sign = ca.exact().compareTo(cb.exact());
            if (sign == 0) {
                continue;
            }
            if (cheaperAtStart == null && crossings.isEmpty()) {
                cheaperAtStart = sign < 0 ? a : b;
            }
            if (lastValue != null && sign != lastSign) {
                Crossing c = gap.isEmpty() ? solve(a, b, lastValue, value, lastSign) : null;
                if (c == null) {
                    // Priced at both ends but not at some value between them.
                    unsolved.add(onGrid.ceiling(value));
                    incomplete.addAll(gap.isEmpty() ? List.of(a + " or " + b) : gap);
                } else {
                    crossings.add(c);
                }
            }
            lastValue = value;
            lastSign = sign;
            gap.clear();
        }
        return new Pair(a, b, cheaperAtStart, crossings, new ArrayList<>(unsolved), new ArrayList<>(incomplete),
                search);
    }

    private List<Cost> costs(BigDecimal value) {
        return priced.computeIfAbsent(value.stripTrailingZeros(), pricer::at);
    }

    /** The crossing in (lo, hi], where the sign of cost(a) - cost(b) leaves {@code loSign}; null if a price is missing. */
    private Crossing solve(String a, String b, BigDecimal lo, BigDecimal hi, int loSign) {
        Bracket k = new Bracket(a, b, loSign, lo, difference(lo, a, b), hi, difference(hi, a, b));
        while (k.hi.subtract(k.lo).compareTo(resolution) > 0) {
            BigDecimal width = k.hi.subtract(k.lo);
            // The line through the ends first: on a straight stretch it lands on the crossing, and a probe one step
            // beyond it closes the bracket. Where a tier boundary bends the line, halving keeps the search moving.
            BigDecimal s = roundToResolution(line(k.lo, k.dLo, k.hi, k.dHi));
            if (!k.cut(s) || !k.cut(k.lo.compareTo(s) == 0 ? s.add(resolution) : s.subtract(resolution))) {
                return null;
            }
            if (k.hi.subtract(k.lo).multiply(BigDecimal.valueOf(2)).compareTo(width) > 0
                    && !k.cut(k.lo.add(k.hi).multiply(HALF))) {
                return null;
            }
        }
        // Within one resolution step the costs are on one line (or one step): where that line meets zero.
        BigDecimal x = roundToResolution(line(k.lo, k.dLo, k.hi, k.dHi));
        List<Cost> at = costs(x);
        if (!find(at, a).complete() || !find(at, b).complete()) {
            return null;
        }
        Money first = find(at, a).exact();
        Money second = find(at, b).exact();
        boolean step = first.minus(second).amount().abs().compareTo(CENT) > 0;
        BigDecimal tied = first.compareTo(second) == 0 ? tieEnd(a, b, x, hi) : null;
        return new Crossing(plain(x), loSign < 0 ? a : b, loSign < 0 ? b : a, first, second, step,
                tied == null || tied.compareTo(x) <= 0 ? null : plain(tied));
    }

    /**
     * Two architectures can cost exactly the same over a stretch (the same services billed the same way): the last
     * value of the stretch that starts at {@code from}, where the costs still tie, before {@code hi}, where they differ.
     */
    private BigDecimal tieEnd(String a, String b, BigDecimal from, BigDecimal hi) {
        BigDecimal lo = from;
        while (hi.subtract(lo).compareTo(resolution) > 0) {
            BigDecimal mid = roundToResolution(lo.add(hi).multiply(HALF));
            if (mid.compareTo(lo) <= 0 || mid.compareTo(hi) >= 0) {
                break;
            }
            BigDecimal d = difference(mid, a, b);
            if (d == null) {
                return null;
            }
            if (d.signum() == 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static BigDecimal plain(BigDecimal x) {
        return x.stripTrailingZeros().scale() < 0 ? x.setScale(0) : x.stripTrailingZeros();
    }

    /** An interval whose ends' cost differences have opposite signs, so the crossing is inside it. */
    private final class Bracket {
        private final String a;
        private final String b;
        private final int loSign;
        private BigDecimal lo;
        private BigDecimal dLo;
        private BigDecimal hi;
        private BigDecimal dHi;

        Bracket(String a, String b, int loSign, BigDecimal lo, BigDecimal dLo, BigDecimal hi, BigDecimal dHi) {
            this.a = a;
            this.b = b;
            this.loSign = loSign;
            this.lo = lo;
            this.dLo = dLo;
            this.hi = hi;
            this.dHi = dHi;
        }

        /** Prices {@code x} when strictly inside and keeps the side with the crossing; false when a price is missing. */
        boolean cut(BigDecimal x) {
            if (x.compareTo(lo) <= 0 || x.compareTo(hi) >= 0) {
                return true;
            }
            BigDecimal d = difference(x, a, b);
            if (d == null) {
                return false;
            }
            if (d.signum() == loSign) {
                lo = x;
                dLo = d;
            } else {
                hi = x;
                dHi = d;
            }
            return true;
        }
    }

    /** Where the line through (lo, dLo) and (hi, dHi) meets zero; dLo and dHi are of opposite sign (or dHi 0). */
    private static BigDecimal line(BigDecimal lo, BigDecimal dLo, BigDecimal hi, BigDecimal dHi) {
        return lo.add(hi.subtract(lo).multiply(dLo).divide(dLo.subtract(dHi), MathContext.DECIMAL64));
    }

    private BigDecimal roundToResolution(BigDecimal x) {
        return x.divide(resolution, 0, RoundingMode.HALF_UP).multiply(resolution);
    }

    /** cost(a) - cost(b) at {@code value}; null when either is incomplete there. */
    private BigDecimal difference(BigDecimal value, String a, String b) {
        List<Cost> at = costs(value);
        Cost ca = find(at, a);
        Cost cb = find(at, b);
        return ca.complete() && cb.complete() ? ca.exact().minus(cb.exact()).amount() : null;
    }

    private static Cost find(List<Cost> costs, String architecture) {
        return costs.stream().filter(c -> c.architecture().equals(architecture)).findFirst().orElseThrow();
    }
}

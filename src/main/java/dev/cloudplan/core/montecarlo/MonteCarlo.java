package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.Budget;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded Monte Carlo over a spec's ranges (docs/ranges.md): draws every range independently for each scenario,
 * prices every scenario on each architecture's compiled plan, ranks them, and prices the scenarios at the reported
 * ranks again with the exact engine, whose figures are the ones reported.
 */
public final class MonteCarlo {
    public static final int DEFAULT_SIMULATIONS = 10_000;
    public static final int MAX_SIMULATIONS = 100_000;
    public static final long DEFAULT_SEED = 1;
    /** Scenarios this close to the budget (USD) have their verdict from the exact engine. */
    private static final double BUDGET_MARGIN = 0.02;
    private static final int CHECK_SCENARIOS = 4;
    /** More scenarios a quantity that is the largest of several pieces is checked at. */
    private static final int MORE_CHECKS = 32;

    /** Where a scenario is read from, by the value drawn for each range (its path to the value). */
    public interface Source {
        List<WorkloadMonth> workload(Map<String, BigDecimal> draw);

        Scenario scenario(Map<String, BigDecimal> draw);
    }

    private final Scenario point;
    private final List<Range> ranges;
    private final Source source;
    private final Estimator estimator;
    private final PriceCatalog catalog;
    private final Map<Integer, Scenario> exactScenarios = new HashMap<>();
    private final Map<String, Projection> exact = new HashMap<>();
    private BigDecimal[][] draws;
    /** What the timing reads: wall time by default; a benchmark on a shared machine may give thread CPU time. */
    private java.util.function.LongSupplier clock = System::nanoTime;
    /** The compiled plans' month costs of the last run, [architecture][scenario][month], for the tests. */
    private double[][][] compiled;

    public MonteCarlo(Scenario point, List<Range> ranges, Source source, Estimator estimator, PriceCatalog catalog) {
        this.point = point;
        this.ranges = List.copyOf(ranges);
        this.source = source;
        this.estimator = estimator;
        this.catalog = catalog;
    }

    /** Times the steps of {@link #run} with {@code nanos} (nanoseconds, e.g. this thread's CPU time). */
    public MonteCarlo timedBy(java.util.function.LongSupplier nanos) {
        this.clock = nanos;
        return this;
    }

    /** The value each range takes in scenario {@code s}. */
    public Map<String, BigDecimal> draw(int s) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int r = 0; r < ranges.size(); r++) {
            out.put(ranges.get(r).path(), draws[s][r]);
        }
        return out;
    }

    private double[] drawn(int s) {
        double[] d = new double[ranges.size()];
        for (int r = 0; r < d.length; r++) {
            d[r] = draws[s][r].doubleValue();
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    public MonteCarloResult run(int simulations, long seed) {
        if (simulations < 1 || simulations > MAX_SIMULATIONS) {
            throw new IllegalArgumentException("simulations must be 1 to " + MAX_SIMULATIONS + ", not " + simulations);
        }
        long t0 = clock.getAsLong();
        SplittableRandom random = new SplittableRandom(seed);
        draws = new BigDecimal[simulations][ranges.size()];
        for (int s = 0; s < simulations; s++) {
            for (int r = 0; r < ranges.size(); r++) {
                draws[s][r] = ranges.get(r).at(random.nextDouble());
            }
        }
        int horizon = point.horizonMonths();
        List<WorkloadMonth> median = point.workload().months(horizon);
        List<Integer> checkIds = checkScenarios(simulations);
        List<List<WorkloadMonth>> checks = new ArrayList<>();
        for (int s : checkIds) {
            checks.add(source.workload(draw(s)));
        }
        List<Variable> variables = variables(median, checks);
        // Read only when a quantity of several pieces needs them.
        List<List<WorkloadMonth>> moreChecks = new Later<>(() -> {
            List<List<WorkloadMonth>> read = new ArrayList<>();
            for (int s = 0; s < simulations && read.size() < MORE_CHECKS; s++) {
                if (!checkIds.contains(s)) {
                    read.add(source.workload(draw(s)));
                }
            }
            return read;
        });
        List<double[]> checkDraws = new ArrayList<>();
        for (int c : checkIds) {
            checkDraws.add(drawn(c));
        }
        WorkloadModel workloadModel = WorkloadModel.fit(variables, ranges, median, source::workload, checkDraws, checks);
        long t1 = clock.getAsLong();
        List<PricedPlan> plans = new ArrayList<>();
        for (Architecture a : point.architectures()) {
            plans.add(PlanCompiler.compile(estimator, catalog, point, a, variables, median, checks, moreChecks));
        }
        long t2 = clock.getAsLong();
        int archs = plans.size();
        double[][][] monthUsd = new double[archs][simulations][horizon];
        boolean[][] complete = new boolean[archs][simulations];
        for (int s = 0; s < simulations; s++) {
            int scenario = s;
            List<WorkloadMonth>[] read = new List[1];
            java.util.function.Supplier<List<WorkloadMonth>> workload = () -> read[0] != null ? read[0]
                    : (read[0] = source.workload(draw(scenario)));
            double[][] figures = workloadModel != null ? workloadModel.of(drawn(s))
                    : WorkloadModel.figures(variables, workload.get());
            for (int a = 0; a < archs; a++) {
                complete[a][s] = plans.get(a).evaluate(figures, workload, monthUsd[a][s]);
            }
        }
        long t3 = clock.getAsLong();
        compiled = monthUsd;
        List<MonteCarloResult.Outcome> outcomes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int a = 0; a < archs; a++) {
            outcomes.add(outcome(point.architectures().get(a), plans.get(a), monthUsd[a], complete[a], warnings));
        }
        long t4 = clock.getAsLong();
        long componentMonths = plans.stream().mapToLong(PricedPlan::componentMonths).sum();
        return new MonteCarloResult(simulations, seed, ranges, horizon, point.start(), point.budget(), outcomes,
                warnings, new MonteCarloResult.Timing((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                (t4 - t3) / 1e9, componentMonths));
    }

    /** The first scenarios drawn, and those where each range is at its lowest and highest draw. */
    private List<Integer> checkScenarios(int simulations) {
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
        for (int s = 0; s < Math.min(CHECK_SCENARIOS, simulations); s++) {
            ids.add(s);
        }
        for (int r = 0; r < ranges.size(); r++) {
            int lo = 0;
            int hi = 0;
            for (int s = 1; s < simulations; s++) {
                lo = draws[s][r].compareTo(draws[lo][r]) < 0 ? s : lo;
                hi = draws[s][r].compareTo(draws[hi][r]) > 0 ? s : hi;
            }
            ids.add(lo);
            ids.add(hi);
        }
        return new ArrayList<>(ids);
    }

    /** The month figures the ranges move: a driver's value and its peak, as one where they are equal throughout. */
    static List<Variable> variables(List<WorkloadMonth> median, List<List<WorkloadMonth>> checks) {
        List<Variable> out = new ArrayList<>();
        for (Driver d : Driver.values()) {
            boolean moves = false;
            boolean peakApart = false;
            for (List<WorkloadMonth> c : checks) {
                for (int m = 0; m < median.size(); m++) {
                    WorkloadMonth w = c.get(m);
                    WorkloadMonth b = median.get(m);
                    moves |= !same(w.get(d).orElse(null), b.get(d).orElse(null))
                            || !same(w.peak(d).orElse(null), b.peak(d).orElse(null));
                    peakApart |= !same(w.get(d).orElse(null), w.peak(d).orElse(null))
                            || !same(b.get(d).orElse(null), b.peak(d).orElse(null));
                }
            }
            if (moves && peakApart) {
                out.add(new Variable(d, Variable.Mode.VALUE));
                out.add(new Variable(d, Variable.Mode.PEAK));
            } else if (moves) {
                out.add(new Variable(d, Variable.Mode.BOTH));
            }
        }
        return out;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private MonteCarloResult.Outcome outcome(Architecture arch, PricedPlan plan, double[][] monthUsd,
            boolean[] complete, List<String> warnings) {
        int n = monthUsd.length;
        int horizon = point.horizonMonths();
        double[] totals = new double[n];
        int incomplete = 0;
        for (int s = 0; s < n; s++) {
            double t = 0;
            for (double v : monthUsd[s]) {
                t += v;
            }
            totals[s] = CompiledPrices.cents(t);
            incomplete += complete[s] ? 0 : 1;
        }
        MonteCarloResult.Figure[] horizonP = percentiles(totals, complete, arch, -1, warnings);
        List<MonteCarloResult.Band> bands = new ArrayList<>();
        double[] month = new double[n];
        for (int m = 0; m < horizon; m++) {
            for (int s = 0; s < n; s++) {
                month[s] = monthUsd[s][m];
            }
            MonteCarloResult.Figure[] p = percentiles(month, complete, arch, m, warnings);
            bands.add(new MonteCarloResult.Band(m + 1, point.start().plusMonths(m), p[0], p[1], p[2]));
        }
        Integer over = null;
        int unknown = 0;
        if (point.budget() != null) {
            over = 0;
            for (int s = 0; s < n; s++) {
                Boolean fits = fits(point.budget(), monthUsd[s], complete[s], arch, s);
                over += Boolean.FALSE.equals(fits) ? 1 : 0;
                unknown += fits == null ? 1 : 0;
            }
        }
        Projection p = estimator.estimate(point, arch);
        return new MonteCarloResult.Outcome(arch.name(), p.total(), p.complete(), horizonP[0], horizonP[1],
                horizonP[2], bands, incomplete, over, unknown, plan.modelledMonths());
    }

    /**
     * P10, P50, P90 by nearest rank (the scenario at rank ceil(p x N); at equal cost a complete scenario ranks before a
     * lower bound, then the first drawn), priced exactly. A figure is a lower bound (not complete) when any scenario
     * ranked at or below it is incomplete: that one's true cost may lie above it.
     */
    private MonteCarloResult.Figure[] percentiles(double[] values, boolean[] complete, Architecture arch, int month,
            List<String> warnings) {
        int n = values.length;
        boolean anyIncomplete = false;
        for (boolean c : complete) {
            anyIncomplete |= !c;
        }
        if (!anyIncomplete) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            MonteCarloResult.Figure[] out = new MonteCarloResult.Figure[3];
            for (int i = 0; i < 3; i++) {
                double v = sorted[rank(i, n)];
                int s = 0;
                while (values[s] != v) {
                    s++;
                }
                out[i] = figure(arch, month, s, v, true, warnings);
            }
            return out;
        }
        double[] vs = values;
        int[] order = java.util.stream.IntStream.range(0, n).boxed().sorted((a, b) -> {
            int byValue = Double.compare(vs[a], vs[b]);
            return byValue != 0 ? byValue : complete[a] != complete[b] ? (complete[a] ? -1 : 1) : Integer.compare(a, b);
        }).mapToInt(Integer::intValue).toArray();
        MonteCarloResult.Figure[] out = new MonteCarloResult.Figure[3];
        for (int i = 0; i < 3; i++) {
            int r = rank(i, n);
            boolean exactBelow = true;
            for (int j = 0; j <= r; j++) {
                exactBelow &= complete[order[j]];
            }
            out[i] = figure(arch, month, order[r], vs[order[r]], exactBelow, warnings);
        }
        return out;
    }

    private static int rank(int which, int n) {
        double[] ps = {0.1, 0.5, 0.9};
        return Math.max(0, (int) Math.ceil(ps[which] * n) - 1);
    }

    private MonteCarloResult.Figure figure(Architecture arch, int month, int s, double v, boolean exactBelow,
            List<String> warnings) {
        Projection p = exact(arch, s);
        Money usd = month < 0 ? p.total() : p.months().get(month).total();
        boolean complete = exactBelow && (month < 0 ? p.complete() : p.months().get(month).unpriced().isEmpty());
        if (Math.abs(usd.amount().doubleValue() - v) > 0.011) {
            warnings.add("the compiled plan of " + arch.name() + " gave " + String.format(java.util.Locale.ROOT,
                    "%.2f", v) + " USD for scenario " + (s + 1) + (month < 0 ? "" : " in month " + (month + 1))
                    + ", the exact engine " + usd.amount().toPlainString() + " USD (reported); please report this");
        }
        return new MonteCarloResult.Figure(usd, complete, s);
    }

    /** Over the budget in some month (as BudgetVerdict compares): false, true, or null when unknown (incomplete). */
    private Boolean fits(Budget budget, double[] monthUsd, boolean complete, Architecture arch, int s) {
        double limit = budget.limit().amount().doubleValue();
        double running = 0;
        double nearest = Double.MAX_VALUE;
        boolean over = false;
        for (int m = 0; m < monthUsd.length; m++) {
            double spent = switch (budget.period()) {
                case MONTH -> monthUsd[m];
                case YEAR -> running = m % 12 == 0 ? monthUsd[m] : running + monthUsd[m];
                case TOTAL -> running += monthUsd[m];
            };
            over |= spent > limit + 1e-9;
            nearest = Math.min(nearest, Math.abs(spent - limit));
        }
        if (nearest < BUDGET_MARGIN) {
            // Within two cents of the limit: the exact engine's verdict, not the doubles'.
            return exact(arch, s).budget().fits();
        }
        return over ? Boolean.FALSE : complete ? Boolean.TRUE : null;
    }

    /**
     * The exact engine on the last run's first {@code scenarios} scenarios, every architecture, for the benchmark's
     * side-by-side ratio: {seconds pricing (the scenarios read beforehand), component-months priced}.
     */
    public double[] exactRate(int scenarios) {
        List<Scenario> read = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            read.add(source.scenario(draw(s)));
        }
        long components = 0;
        long t0 = clock.getAsLong();
        for (Scenario sc : read) {
            for (Architecture a : point.architectures()) {
                estimator.estimate(sc, a);
                components += (long) a.components().size() * sc.horizonMonths();
            }
        }
        return new double[] {(clock.getAsLong() - t0) / 1e9, components};
    }

    List<Architecture> architectures() {
        return point.architectures();
    }

    /** Month {@code m}'s cost (0-based) of scenario {@code s} on architecture {@code a} by the compiled plan. */
    double compiled(int a, int s, int m) {
        return compiled[a][s][m];
    }

    /** Scenario {@code s} of the last run priced by the exact engine. */
    Projection exact(Architecture arch, int s) {
        return exact.computeIfAbsent(arch.name() + "#" + s, k -> estimator.estimate(
                exactScenarios.computeIfAbsent(s, i -> source.scenario(draw(i))), arch));
    }
}

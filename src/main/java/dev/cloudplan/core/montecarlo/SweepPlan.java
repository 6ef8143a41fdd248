package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every architecture of a spec compiled once for a sweep of one workload driver (docs/decisions.md#break-even): the
 * {@link PricedPlan} of a Monte Carlo with the swept value as its one draw, so that thousands of values are priced in
 * doubles to find where costs cross. Nothing it gives is reported: each crossing it locates is solved and priced
 * again by the exact engine, and the caller checks it against the exact engine at every grid point.
 */
public final class SweepPlan {
    /** Grid values the quantity models are checked at (the ends always among them). */
    private static final int CHECKS = 24;
    /** More values a quantity that is the largest of several pieces is checked at. */
    private static final int MORE_CHECKS = 32;
    private static final java.math.MathContext FIGURE = new java.math.MathContext(12);

    private final List<PricedPlan> plans;
    private final List<Variable> variables;
    private final WorkloadModel workloadModel;
    /**
     * The median's months, from which a month the quantity models do not capture is built at a value (its moving
     * figures from the workload model) instead of reading the spec again; null where the model does not hold or the
     * months' load profiles move with the value.
     */
    private final List<WorkloadMonth> built;
    private final Function<BigDecimal, Scenario> scenarioAt;
    private final Integer month;
    private final int upTo;
    private final int horizon;

    private SweepPlan(List<PricedPlan> plans, List<Variable> variables, WorkloadModel workloadModel,
            List<WorkloadMonth> built, Function<BigDecimal, Scenario> scenarioAt, Integer month, int horizon) {
        this.plans = plans;
        this.variables = variables;
        this.workloadModel = workloadModel;
        this.built = built;
        this.scenarioAt = scenarioAt;
        this.month = month;
        this.upTo = month == null ? horizon : month;
        this.horizon = horizon;
    }

    /**
     * Compiles every architecture of the scenario {@code scenarioAt} reads with {@code driver} at a value (the same
     * architectures, account and fixed costs at every value; only the workload moves), priced with {@code catalog}
     * as {@code estimator} prices it, for the cost of month {@code month} (1-based) or the horizon's ({@code null}).
     * {@code grid} is the sweep's rising grid: its ends are the range, and its points the checks of the models.
     */
    public static SweepPlan compile(Estimator estimator, PriceCatalog catalog, Function<BigDecimal, Scenario> scenarioAt,
            Driver driver, List<BigDecimal> grid, Integer month) {
        BigDecimal from = grid.get(0);
        BigDecimal to = grid.get(grid.size() - 1);
        Range range = new Range("sweep " + driver.specName(), from.toPlainString() + ".." + to.toPlainString(),
                Range.Kind.UNIFORM, from, to, driver.unit(), "the sweep");
        Scenario point = scenarioAt.apply(range.median());
        int horizon = point.horizonMonths();
        Function<BigDecimal, List<WorkloadMonth>> workloadAt = v -> scenarioAt.apply(v).workload().months(horizon);
        List<WorkloadMonth> median = point.workload().months(horizon);
        List<BigDecimal> checkValues = spread(grid, CHECKS);
        List<List<WorkloadMonth>> checks = new ArrayList<>();
        List<double[]> checkDraws = new ArrayList<>();
        for (BigDecimal v : checkValues) {
            checks.add(workloadAt.apply(v));
            checkDraws.add(new double[] {v.doubleValue()});
        }
        List<Variable> variables = MonteCarlo.variables(median, checks);
        List<List<WorkloadMonth>> moreChecks = new Later<>(() -> {
            List<List<WorkloadMonth>> read = new ArrayList<>();
            BigDecimal step = to.subtract(from).divide(BigDecimal.valueOf(MORE_CHECKS + 1L), java.math.MathContext.DECIMAL64);
            for (int i = 1; i <= MORE_CHECKS; i++) {
                read.add(workloadAt.apply(from.add(step.multiply(BigDecimal.valueOf(i)))));
            }
            return read;
        });
        WorkloadModel model = WorkloadModel.fit(variables, List.of(range), median,
                draw -> workloadAt.apply(draw.get(range.path())), checkDraws, checks);
        int upTo = month == null ? horizon : month;
        List<PricedPlan> plans = new ArrayList<>();
        for (Architecture a : point.architectures()) {
            plans.add(PlanCompiler.compile(estimator, catalog, point, a, variables, median, checks, moreChecks, upTo));
        }
        boolean steady = model != null && checks.stream().allMatch(c -> sameProfiles(c, median));
        return new SweepPlan(plans, variables, model, steady ? median : null, scenarioAt, month, horizon);
    }

    private static boolean sameProfiles(List<WorkloadMonth> a, List<WorkloadMonth> b) {
        for (int m = 0; m < a.size(); m++) {
            if (!a.get(m).profile().equals(b.get(m).profile())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The months at a value built from the median's with the modelled figures; each to 12 significant digits, which
     * gives back the exact figure where the model's doubles miss it by their last bits (a count auto-sized on it).
     */
    private List<WorkloadMonth> build(double[][] figures) {
        List<WorkloadMonth> out = new ArrayList<>();
        for (int m = 0; m < built.size(); m++) {
            WorkloadMonth w = built.get(m);
            for (int i = 0; i < variables.size(); i++) {
                w = variables.get(i).with(w, new BigDecimal(figures[m][i]).round(FIGURE).stripTrailingZeros());
            }
            out.add(w);
        }
        return out;
    }

    /** At most {@code n} of the values, evenly spread, the first and the last among them. */
    private static List<BigDecimal> spread(List<BigDecimal> values, int n) {
        if (values.size() <= n) {
            return values;
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(values.get((int) Math.round((double) i * (values.size() - 1) / (n - 1))));
        }
        return out;
    }

    /**
     * Each architecture's cost at each value ([value][architecture], in the scenario's order of architectures): the
     * measured month's, or the horizon's, before the lines' rounding to the cent; NaN where a price is missing.
     */
    public double[][] costs(List<BigDecimal> values) {
        boolean[] all = new boolean[plans.size()];
        java.util.Arrays.fill(all, true);
        return costs(values, all);
    }

    /** As {@link #costs(List)} for the architectures {@code which} selects only (the others' costs are left 0). */
    public double[][] costs(List<BigDecimal> values, boolean[] which) {
        double[][] out = new double[values.size()][plans.size()];
        double[] monthUsd = new double[horizon];
        double[] exactUsd = new double[horizon];
        boolean[] complete = new boolean[horizon];
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            List<WorkloadMonth>[] read = readOnce();
            double[][] modelled = workloadModel != null ? workloadModel.of(new double[] {v.doubleValue()}) : null;
            java.util.function.Supplier<List<WorkloadMonth>> workload = () -> read[0] != null ? read[0]
                    : (read[0] = built != null ? build(modelled) : scenarioAt.apply(v).workload().months(horizon));
            double[][] figures = modelled != null ? modelled : WorkloadModel.figures(variables, workload.get());
            for (int a = 0; a < plans.size(); a++) {
                if (!which[a]) {
                    continue;
                }
                plans.get(a).evaluate(figures, workload, monthUsd, exactUsd, complete, upTo);
                out[i][a] = measured(exactUsd, complete);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<WorkloadMonth>[] readOnce() {
        return new List[1];
    }

    private double measured(double[] exactUsd, boolean[] complete) {
        if (month != null) {
            return complete[month - 1] ? exactUsd[month - 1] : Double.NaN;
        }
        double sum = 0;
        for (int m = 0; m < horizon; m++) {
            if (!complete[m]) {
                return Double.NaN;
            }
            sum += exactUsd[m];
        }
        return sum;
    }

    /** Component-months priced so far (components x months x values), for the benchmark. */
    public long componentMonths() {
        return plans.stream().mapToLong(PricedPlan::componentMonths).sum();
    }

    /** Months priced whose charges come from the quantity models, over every architecture; the others ask the rules. */
    public int modelledMonths() {
        return plans.stream().mapToInt(p -> p.modelledMonths(upTo)).sum();
    }

    /**
     * Whether architecture {@code a} is priced at a value without asking the rules or reading the spec: every month
     * priced comes from its quantity model, and the month figures from the workload model.
     */
    public boolean modelled(int a) {
        return workloadModel != null && plans.get(a).modelledMonths(upTo) == upTo;
    }

    /** Whether the month figures come from a model of the swept value (else the spec is read at each value). */
    public boolean workloadModelled() {
        return workloadModel != null;
    }

    /** The months priced per value: the measured month and those before it (credits run on), or the horizon. */
    public int monthsPriced() {
        return upTo;
    }
}

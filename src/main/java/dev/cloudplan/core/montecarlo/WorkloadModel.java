package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each moving figure of each month as an affine function of the draws, fitted on the spec read at the medians and
 * at one probe per range, and checked at the check scenarios: a scenario's month figures without reading the spec
 * again. Where the figures are not affine in the draws, the same is tried on their logarithms against the draws'
 * (of 1 + a growth rate): a start that compounds at a drawn rate, start x (1 + rate)^(m - 1), is affine there.
 * Where neither holds at every check, {@link #fit} gives null and each scenario is read from the spec.
 */
final class WorkloadModel {
    private static final double TOLERANCE = 1e-9;
    private final double[][] x0;
    /** [month][variable][range]. */
    private final double[][][] slope;
    private final double[] median;
    /** Whether the model is of the logarithms, and per range whether its draw is a growth rate (log of 1 + it). */
    private final boolean log;
    private final boolean[] growth;

    private WorkloadModel(double[][] x0, double[][][] slope, double[] median, boolean log, boolean[] growth) {
        this.x0 = x0;
        this.slope = slope;
        this.median = median;
        this.log = log;
        this.growth = growth;
    }

    private double draw(int r, double d) {
        return !log ? d : growth[r] ? Math.log1p(d) : Math.log(d);
    }

    static double[][] figures(List<Variable> variables, List<WorkloadMonth> months) {
        double[][] x = new double[months.size()][variables.size()];
        for (int m = 0; m < months.size(); m++) {
            for (int i = 0; i < variables.size(); i++) {
                x[m][i] = variables.get(i).of(months.get(m));
            }
        }
        return x;
    }

    /** The model, or null where a check scenario's figures are not what it gives. */
    static WorkloadModel fit(List<Variable> variables, List<Range> ranges, List<WorkloadMonth> medianWorkload,
            Function<Map<String, BigDecimal>, List<WorkloadMonth>> read, List<double[]> checkDraws,
            List<List<WorkloadMonth>> checks) {
        double[][] x0 = figures(variables, medianWorkload);
        List<double[][]> probes = new java.util.ArrayList<>();
        double[] probeDraws = new double[ranges.size()];
        Map<String, BigDecimal> base = new java.util.LinkedHashMap<>();
        ranges.forEach(r -> base.put(r.path(), r.median()));
        for (int r = 0; r < ranges.size(); r++) {
            Range range = ranges.get(r);
            BigDecimal width = range.high().subtract(range.low());
            // A degenerate range draws its median every time: nothing moves.
            BigDecimal probe = range.median().add(width.divide(BigDecimal.valueOf(4)));
            probeDraws[r] = probe.doubleValue();
            if (width.signum() == 0) {
                probes.add(null);
                continue;
            }
            Map<String, BigDecimal> draw = new java.util.LinkedHashMap<>(base);
            draw.put(range.path(), probe);
            probes.add(figures(variables, read.apply(draw)));
        }
        boolean[] growth = new boolean[ranges.size()];
        for (int r = 0; r < growth.length; r++) {
            growth[r] = ranges.get(r).unit().equals("growth a month");
        }
        for (boolean log : new boolean[] {false, true}) {
            WorkloadModel model = model(x0, probes, probeDraws, ranges, log, growth);
            if (model != null && model.holds(variables, checkDraws, checks)) {
                return model;
            }
        }
        return null;
    }

    private static WorkloadModel model(double[][] x0, List<double[][]> probes, double[] probeDraws, List<Range> ranges,
            boolean log, boolean[] growth) {
        int h = x0.length;
        int k = h == 0 ? 0 : x0[0].length;
        double[] median = new double[ranges.size()];
        for (int r = 0; r < median.length; r++) {
            median[r] = ranges.get(r).median().doubleValue();
        }
        WorkloadModel shape = new WorkloadModel(null, null, median, log, growth);
        double[][] y0 = new double[h][k];
        for (int m = 0; m < h; m++) {
            for (int i = 0; i < k; i++) {
                if (log && !(x0[m][i] > 0)) {
                    return null;
                }
                y0[m][i] = log ? Math.log(x0[m][i]) : x0[m][i];
            }
        }
        double[][][] slope = new double[h][k][ranges.size()];
        for (int r = 0; r < ranges.size(); r++) {
            double[][] x = probes.get(r);
            if (x == null) {
                continue;
            }
            double step = shape.draw(r, probeDraws[r]) - shape.draw(r, median[r]);
            for (int m = 0; m < h; m++) {
                for (int i = 0; i < k; i++) {
                    if (log && !(x[m][i] > 0)) {
                        return null;
                    }
                    slope[m][i][r] = ((log ? Math.log(x[m][i]) : x[m][i]) - y0[m][i]) / step;
                }
            }
        }
        return new WorkloadModel(y0, slope, median, log, growth);
    }

    private boolean holds(List<Variable> variables, List<double[]> checkDraws, List<List<WorkloadMonth>> checks) {
        for (int c = 0; c < checks.size(); c++) {
            double[][] actual = figures(variables, checks.get(c));
            double[][] modelled = of(checkDraws.get(c));
            for (int m = 0; m < actual.length; m++) {
                for (int i = 0; i < actual[m].length; i++) {
                    if (!(Math.abs(modelled[m][i] - actual[m][i]) <= TOLERANCE * Math.max(1, Math.abs(actual[m][i])))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The month figures of the scenario with these draws (one per range, in the ranges' order). */
    double[][] of(double[] draws) {
        double[][] x = new double[x0.length][];
        for (int m = 0; m < x0.length; m++) {
            double[] row = x0[m].clone();
            for (int i = 0; i < row.length; i++) {
                double[] s = slope[m][i];
                for (int r = 0; r < s.length; r++) {
                    if (s[r] != 0) {
                        row[i] += s[r] * (draw(r, draws[r]) - draw(r, median[r]));
                    }
                }
                if (log) {
                    row[i] = Math.exp(row[i]);
                }
            }
            x[m] = row;
        }
        return x;
    }
}

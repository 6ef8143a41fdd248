package dev.cloudplan.core.montecarlo;

import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each moving figure of each month as an affine function of the draws, fitted on the spec read at the medians and
 * at one probe per range, and checked at the check scenarios: a scenario's month figures without reading the spec
 * again. Where the figures are not affine in the draws (a growth rate compounds), {@link #of} is null and each
 * scenario is read from the spec.
 */
final class WorkloadModel {
    private static final double TOLERANCE = 1e-9;
    private final double[][] x0;
    /** [month][variable][range]. */
    private final double[][][] slope;
    private final double[] median;

    private WorkloadModel(double[][] x0, double[][][] slope, double[] median) {
        this.x0 = x0;
        this.slope = slope;
        this.median = median;
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
        int h = x0.length;
        int k = variables.size();
        double[] median = new double[ranges.size()];
        double[][][] slope = new double[h][k][ranges.size()];
        Map<String, BigDecimal> base = new java.util.LinkedHashMap<>();
        ranges.forEach(r -> base.put(r.path(), r.median()));
        for (int r = 0; r < ranges.size(); r++) {
            Range range = ranges.get(r);
            median[r] = range.median().doubleValue();
            BigDecimal width = range.high().subtract(range.low());
            if (width.signum() == 0) {
                continue; // every draw is the median: nothing moves
            }
            BigDecimal probe = range.median().add(width.divide(BigDecimal.valueOf(4)));
            Map<String, BigDecimal> draw = new java.util.LinkedHashMap<>(base);
            draw.put(range.path(), probe);
            double[][] x = figures(variables, read.apply(draw));
            double step = probe.doubleValue() - median[r];
            for (int m = 0; m < h; m++) {
                for (int i = 0; i < k; i++) {
                    slope[m][i][r] = (x[m][i] - x0[m][i]) / step;
                }
            }
        }
        WorkloadModel model = new WorkloadModel(x0, slope, median);
        for (int c = 0; c < checks.size(); c++) {
            double[][] actual = figures(variables, checks.get(c));
            double[][] modelled = model.of(checkDraws.get(c));
            for (int m = 0; m < h; m++) {
                for (int i = 0; i < k; i++) {
                    if (Math.abs(modelled[m][i] - actual[m][i]) > TOLERANCE * Math.max(1, Math.abs(actual[m][i]))) {
                        return null;
                    }
                }
            }
        }
        return model;
    }

    /** The month figures of the scenario with these draws (one per range, in the ranges' order). */
    double[][] of(double[] draws) {
        double[][] x = new double[x0.length][];
        for (int m = 0; m < x0.length; m++) {
            double[] row = x0[m].clone();
            for (int i = 0; i < row.length; i++) {
                double[] s = slope[m][i];
                for (int r = 0; r < s.length; r++) {
                    row[i] += s[r] * (draws[r] - median[r]);
                }
            }
            x[m] = row;
        }
        return x;
    }
}

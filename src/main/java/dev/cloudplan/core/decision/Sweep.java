package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Every architecture's cost at each value of a grid, in the grid's order. */
public record Sweep(List<String> architectures, List<Point> points) {
    public Sweep {
        architectures = List.copyOf(architectures);
        points = List.copyOf(points);
    }

    /** One grid value and each architecture's cost there, in the order of {@link #architectures()}. */
    public record Point(BigDecimal value, List<Cost> costs) {
        public Point {
            costs = List.copyOf(costs);
        }

        public Cost cost(String architecture) {
            return costs.stream().filter(c -> c.architecture().equals(architecture)).findFirst().orElseThrow();
        }
    }

    public static Sweep run(List<BigDecimal> grid, Pricer pricer) {
        List<Point> points = new ArrayList<>();
        for (BigDecimal value : grid) {
            points.add(new Point(value, pricer.at(value)));
        }
        List<String> names = points.get(0).costs().stream().map(Cost::architecture).toList();
        return new Sweep(names, points);
    }

    /** True when some architecture is incomplete at some point. */
    public boolean anyIncomplete() {
        return points.stream().anyMatch(p -> p.costs().stream().anyMatch(c -> !c.complete()));
    }
}

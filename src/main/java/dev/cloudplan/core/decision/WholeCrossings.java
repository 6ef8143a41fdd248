package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Break-evens over a count, which has no value between two whole numbers: each crossing is moved to the first whole
 * value at which the architecture cheaper above it is no longer dearer (BreakEven solves on the line between two
 * points, which a count never takes), with both costs there.
 */
public final class WholeCrossings {
    private WholeCrossings() {}

    public static List<BreakEven.Pair> adjust(List<BreakEven.Pair> pairs, Pricer pricer) {
        List<BreakEven.Pair> out = new ArrayList<>();
        for (BreakEven.Pair p : pairs) {
            List<BreakEven.Crossing> crossings = new ArrayList<>();
            for (BreakEven.Crossing c : p.crossings()) {
                crossings.add(whole(p, c, pricer));
            }
            out.add(new BreakEven.Pair(p.first(), p.second(), p.cheaperAtStart(), crossings, p.unsolvedAt(),
                    p.incomplete(), p.search()));
        }
        return out;
    }

    private static BreakEven.Crossing whole(BreakEven.Pair p, BreakEven.Crossing c, Pricer pricer) {
        BigDecimal v = c.value().setScale(0, java.math.RoundingMode.CEILING);
        List<Cost> at = pricer.at(v);
        if (cost(at, c.cheaperBelow()).exact().compareTo(cost(at, c.cheaperAbove()).exact()) < 0) {
            v = v.add(BigDecimal.ONE);
            at = pricer.at(v);
        }
        Cost first = cost(at, p.first());
        Cost second = cost(at, p.second());
        return new BreakEven.Crossing(v, c.cheaperBelow(), c.cheaperAbove(), first.exact(), second.exact(),
                first.exact().minus(second.exact()).amount().abs().compareTo(new BigDecimal("0.01")) > 0,
                c.tiedUpTo());
    }

    private static Cost cost(List<Cost> costs, String architecture) {
        return costs.stream().filter(c -> c.architecture().equals(architecture)).findFirst().orElseThrow();
    }
}

package dev.cloudplan.core.decision;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month one architecture's cumulative cash passes another's: the cheaper start is not the cheaper plan from then
 * on. Only complete projections are compared, since an incomplete one's cumulative cost is a lower bound.
 */
public record Overtake(String overtaker, String overtaken, int month, YearMonth calendarMonth, Money overtakerCumulative,
        Money overtakenCumulative) {
    /** Every crossing of every pair within the horizon, in month order (then the projections' order). */
    public static List<Overtake> find(List<Projection> projections) {
        List<Projection> complete = projections.stream().filter(Projection::complete).toList();
        List<Overtake> out = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            for (int j = i + 1; j < complete.size(); j++) {
                pair(complete.get(i), complete.get(j), out);
            }
        }
        out.sort(Comparator.comparingInt(Overtake::month));
        return out;
    }

    private static void pair(Projection a, Projection b, List<Overtake> out) {
        int lastSign = 0;
        for (int m = 0; m < Math.min(a.months().size(), b.months().size()); m++) {
            MonthCost ma = a.months().get(m);
            MonthCost mb = b.months().get(m);
            int sign = ma.cumulative().compareTo(mb.cumulative());
            // Equal totals are a tie, not yet a pass: the pass is the month the order turns round.
            if (sign != 0 && lastSign != 0 && sign != lastSign) {
                boolean aPasses = sign > 0;
                out.add(new Overtake(aPasses ? a.architecture() : b.architecture(), aPasses ? b.architecture()
                        : a.architecture(), ma.month(), ma.calendarMonth(), aPasses ? ma.cumulative() : mb.cumulative(),
                        aPasses ? mb.cumulative() : ma.cumulative()));
            }
            if (sign != 0) {
                lastSign = sign;
            }
        }
    }
}

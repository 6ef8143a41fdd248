package dev.cloudplan.report;

import dev.cloudplan.core.decision.BreakEven;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;

/** A pair's break-even in one sentence: "serverless is cheaper below 23.41M requests a month, ec2-rds above." */
public final class BreakEvenText {
    private BreakEvenText() {}

    public static String sentence(BreakEven.Pair pair, Driver driver, BigDecimal from, BigDecimal to) {
        return sentence(pair, Axis.of(driver), from, to);
    }

    /** The same over any axis: a driver, or a component setting ("... is cheaper below app.count 3"). */
    public static String sentence(BreakEven.Pair pair, Axis driver, BigDecimal from, BigDecimal to) {
        String range = " (" + Scale.range(from, to, driver) + ")";
        StringBuilder sb = new StringBuilder();
        List<BreakEven.Crossing> crossings = pair.crossings();
        if (crossings.isEmpty() && pair.cheaperAtStart() == null) {
            sb.append(!pair.fullySolved() ? pair.first() + " and " + pair.second() + ": no crossing found"
                    : pair.first() + " and " + pair.second() + " cost the same across the range" + range).append('.');
        } else if (crossings.isEmpty()) {
            String other = pair.cheaperAtStart().equals(pair.first()) ? pair.second() : pair.first();
            sb.append(pair.cheaperAtStart()).append(" is cheaper than ").append(other)
                    .append(!pair.fullySolved() ? " wherever both are priced" : " across the whole range" + range)
                    .append(": they do not cross.");
        } else {
            BreakEven.Crossing first = crossings.get(0);
            sb.append(first.cheaperBelow()).append(" is cheaper below ").append(Scale.of(first.value(), driver));
            for (int i = 0; i < crossings.size(); i++) {
                BreakEven.Crossing c = crossings.get(i);
                if (c.tiedUpTo() != null) {
                    sb.append(", they cost the same from ").append(Scale.number(c.value(), driver)).append(" to ")
                            .append(Scale.number(c.tiedUpTo(), driver));
                }
                if (i + 1 < crossings.size()) {
                    sb.append(", ").append(crossings.get(i + 1).cheaperBelow()).append(" from ")
                            .append(Scale.number(c.end(), driver)).append(" to ")
                            .append(Scale.number(crossings.get(i + 1).value(), driver));
                }
            }
            BreakEven.Crossing last = crossings.get(crossings.size() - 1);
            // A count has no value between two whole numbers: the crossing is the first one where the other is cheaper.
            sb.append(", ").append(last.cheaperAbove()).append(driver.whole() ? " from " + Scale.number(last.value(),
                    driver) + " up" : " above")
                    .append(last.tiedUpTo() == null ? "" : " " + Scale.number(last.tiedUpTo(), driver)).append('.');
            for (BreakEven.Crossing c : crossings) {
                sb.append(c.step() ? " At " + Scale.number(c.value(), driver) + " a cost steps (" + pair.first() + " "
                        + Numbers.money(c.firstCost()) + ", " + pair.second() + " " + Numbers.money(c.secondCost())
                        + " USD): the cheaper one changes at the step, not on a line."
                        : " At " + exact(c.value()) + " both cost " + Numbers.money(c.firstCost()) + " USD.");
            }
        }
        if (!pair.fullySolved()) {
            List<BigDecimal> at = pair.unsolvedAt();
            sb.append(" Not solved at ").append(at.size()).append(at.size() == 1 ? " point (" : " points (")
                    .append(Scale.number(at.get(0), driver))
                    .append(at.size() > 1 ? " to " + Scale.number(at.get(at.size() - 1), driver) : "").append("): ")
                    .append(String.join(" and ", pair.incomplete()))
                    .append(pair.incomplete().size() == 1 ? " is" : " are").append(" INCOMPLETE there (a price is missing), a lower bound that says"
                            + " nothing about where they cross.");
        }
        return sb.toString();
    }

    private static String exact(BigDecimal v) {
        return Numbers.quantity(v);
    }
}

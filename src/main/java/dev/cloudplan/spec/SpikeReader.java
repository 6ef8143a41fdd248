package dev.cloudplan.spec;

import dev.cloudplan.core.decision.Spike;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the workload's {@code spike:} (docs/spec.md#spike): {@code {factor: 10x, days: 3, month: 6}}, or a list of
 * them, each checked against the horizon where it is written.
 */
final class SpikeReader {
    static final String EXAMPLE = "{factor: 10x, days: 3, month: 6}";

    private SpikeReader() {}

    static List<Spike> read(SpecNode node, int horizon) {
        if (node == null) {
            return List.of();
        }
        List<Spike> out = new ArrayList<>();
        for (SpecNode one : node.isList() ? node.list() : List.of(node)) {
            out.add(one(one, horizon));
        }
        return out;
    }

    /** Compiled once: String.replaceFirst compiles its pattern on every call. */
    private static final Pattern DAYS = Pattern.compile("\\s*days?$");

    private static Spike one(SpecNode node, int horizon) {
        node.requireMap().allowOnly("factor", "days", "month");
        SpecNode f = node.require("factor", "10x");
        SpecNode d = node.require("days", "3");
        SpecNode m = node.require("month", "6");
        BigDecimal factor = f.scalar().toLowerCase(Locale.ROOT).endsWith("x") ? f.value(Units::factor)
                : f.value(Units::count);
        String days = DAYS.matcher(d.scalar().toLowerCase(Locale.ROOT)).replaceFirst("");
        BigDecimal n = d.value(t -> Units.count(days));
        BigDecimal month = m.value(Units::count);
        if (month.stripTrailingZeros().scale() > 0 || month.compareTo(new BigDecimal(Integer.MAX_VALUE)) > 0) {
            throw m.error(m.describe() + " should be a whole month of the horizon, not " + m.scalar(),
                    "give a month from 1 to " + horizon);
        }
        Spike spike = new Spike(factor, n, month.intValueExact());
        String field = spike.wrongField(horizon);
        if (field != null) {
            SpecNode at = switch (field) {
                case "factor" -> f;
                case "days" -> d;
                default -> m;
            };
            throw at.error(at.describe() + ": " + spike.problem(horizon), Spike.fix(field, horizon));
        }
        return spike;
    }
}

package dev.cloudplan.spec;

import dev.cloudplan.core.decide.Criterion;
import dev.cloudplan.core.decide.DecisionSpec;
import dev.cloudplan.core.decide.StatedScore;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the spec's {@code decision:} section (docs/spec.md#decision): the criteria's weights, the break-even driver,
 * and scores stated per architecture for the stated criteria, each mistake at its place with a fix.
 */
final class DecisionReader {
    /** A weight is a relative importance: above this it is a typo (a cost pasted in), not a preference. */
    static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");
    private static final List<String> STATED = Arrays.stream(Criterion.values()).filter(c -> !c.computed())
            .map(Criterion::specName).toList();

    private DecisionReader() {}

    static DecisionSpec read(SpecNode node, List<String> architectures) {
        if (node == null) {
            return DecisionSpec.DEFAULT;
        }
        node.requireMap().allowOnly("weights", "scores", "driver");
        Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
        SpecNode w = node.get("weights");
        if (w != null) {
            w.requireMap().allowOnly(Criterion.names());
            w.entries().forEach((name, v) -> weights.put(Criterion.of(name).orElseThrow(), weight(v)));
        }
        if (w != null && Arrays.stream(Criterion.values()).allMatch(c -> weights.getOrDefault(c, c.defaultWeight())
                .signum() == 0)) {
            throw w.error("every criterion's weight is 0: nothing is left to rank by", "give at least one criterion a"
                    + " weight above 0, such as horizon_cost: 1");
        }
        Map<String, Map<Criterion, StatedScore>> stated = new LinkedHashMap<>();
        SpecNode s = node.get("scores");
        if (s != null) {
            s.requireMap().allowOnly(architectures);
            s.entries().forEach((arch, scores) -> stated.put(arch, scores(scores)));
        }
        String driver = null;
        SpecNode d = node.get("driver");
        if (d != null) {
            driver = d.scalar();
            List<String> names = Arrays.stream(Driver.values()).map(Driver::specName).toList();
            if (!names.contains(driver)) {
                String near = Suggest.closest(driver, names);
                throw d.error("unknown workload driver '" + driver + "' for the break-even position",
                        (near != null ? "did you mean '" + near + "'? " : "") + "use one of " + String.join(", ", names));
            }
        }
        return new DecisionSpec(weights, stated, driver);
    }

    private static BigDecimal weight(SpecNode v) {
        BigDecimal n;
        try {
            n = new BigDecimal(v.scalar().trim());
        } catch (NumberFormatException e) {
            throw v.error(v.describe() + " should be a number, not '" + v.scalar() + "'", "give a weight such as 2"
                    + " (0 leaves the criterion out)");
        }
        if (n.signum() < 0 || n.compareTo(MAX_WEIGHT) > 0) {
            throw v.error(v.describe() + " is " + n.toPlainString() + ": a weight is 0 to 1,000",
                    "give a weight from 0 (left out) to 1,000, such as 2; only their ratios matter");
        }
        return n;
    }

    private static Map<Criterion, StatedScore> scores(SpecNode scores) {
        scores.requireMap();
        for (Map.Entry<String, SpecNode> e : scores.entries().entrySet()) {
            Criterion.of(e.getKey()).filter(Criterion::computed).ifPresent(c -> {
                throw e.getValue().error(c.specName() + " is computed from the spec, not stated",
                        "state only " + String.join(" or ", STATED) + "; change " + c.specName() + " through the workload"
                                + " or the architecture, or its weight under decision.weights");
            });
        }
        scores.allowOnly(STATED);
        Map<Criterion, StatedScore> out = new EnumMap<>(Criterion.class);
        scores.entries().forEach((name, v) -> out.put(Criterion.of(name).orElseThrow(), score(v)));
        return out;
    }

    /** {@code 7}, or {@code {score: 7, reason: "..."}}. */
    private static StatedScore score(SpecNode v) {
        SpecNode value = v;
        String reason = "no reason given";
        if (v.isMap()) {
            v.allowOnly("score", "reason");
            value = v.require("score", "7");
            if (v.has("reason")) {
                reason = v.get("reason").scalar();
            }
        }
        BigDecimal n;
        try {
            n = new BigDecimal(value.scalar().trim());
        } catch (NumberFormatException e) {
            throw value.error(value.describe() + " should be a score from 0 to 10, not '" + value.scalar() + "'",
                    "give a number such as 7, or {score: 7, reason: why}");
        }
        if (n.signum() < 0 || n.compareTo(StatedScore.MAX) > 0) {
            throw value.error(value.describe() + " is " + n.toPlainString() + ": a score is 0 to 10",
                    "give 0 (worst) to 10 (best), such as 7");
        }
        return new StatedScore(n, reason);
    }
}

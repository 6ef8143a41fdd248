package dev.cloudplan.core.decide;

import java.math.BigDecimal;

/** A score from 0 to 10 stated for a criterion, with why: a component type's default or the spec's own. */
public record StatedScore(BigDecimal score, String reason) {
    public static final BigDecimal MAX = BigDecimal.TEN;

    public StatedScore {
        if (score.signum() < 0 || score.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("a score is 0 to 10, not " + score);
        }
    }
}

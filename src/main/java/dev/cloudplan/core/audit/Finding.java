package dev.cloudplan.core.audit;

import dev.cloudplan.core.money.Money;
import java.util.List;

/**
 * One claim set against cloudplan: both figures, their difference split by cause, and the arithmetic of both sides.
 *
 * @param claim      the claim; for a cloudplan line no claim covers, a claim of 0 made up for it ({@link #unclaimed})
 * @param claimed    the claimed total, or null when the claim gives none
 * @param cloudplan  cloudplan's cost of the same lines and period (for a budget claim, the period's cash cost); null
 *                   when cloudplan has no price for them
 * @param difference claimed - cloudplan; null without a claimed total
 * @param parts      the difference by cause, largest first; one AGREES part when there is none
 * @param seedArithmetic      the claim's own figures multiplied out, or its total as given
 * @param cloudplanArithmetic cloudplan's figure from its line items' formulas
 * @param unclaimed  true for a line of cloudplan's no claim covers (a cost the estimate left out)
 */
public record Finding(Claim claim, Money claimed, Money cloudplan, Money difference, List<Part> parts,
        String seedArithmetic, String cloudplanArithmetic, boolean unclaimed) {
    public Finding {
        parts = List.copyOf(parts);
    }

    /** A share of a difference with its cause and the sentence that shows it. */
    public record Part(Cause cause, Money amount, String why) {}

    /** The cause of the largest part. */
    public Cause cause() {
        return parts.get(0).cause();
    }

    /** The money a ranking orders by: the size of the difference (for a verdict, of the amount over or under). */
    public Money money() {
        Money m = difference != null ? difference : parts.get(0).amount();
        return m.isNegative() ? m.negate() : m;
    }
}

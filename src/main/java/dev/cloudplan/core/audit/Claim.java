package dev.cloudplan.core.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One figure of a hand-made estimate: which of cloudplan's line items it is about, for which period, and what the
 * estimate says they cost.
 *
 * @param item       the estimate's own name for the figure, shown as the row's name
 * @param scope      what the claim covers: some lines, the cloud bill, everything, the fixed costs, or the budget verdict
 * @param components the components whose lines it covers (scope LINES); empty for any component
 * @param service    the catalog service its lines are of, e.g. AmazonEC2; null for any
 * @param label      a pattern the lines' labels must match (from a glob such as "Instance usage*"); null for any
 * @param total      the claimed cost of the period; null when only a quantity or unit price is claimed
 * @param totalScale decimal places the claimed total was written with, trailing zeros dropped: its precision
 * @param totalSpread for a claimed range ($15-25), half its width, the total being its middle; zero otherwise
 * @param quantity   the claimed billed quantity, in the lines' catalog unit; null when not claimed
 * @param unitPrice  the claimed USD per one catalog unit; null when not claimed
 * @param unitPriceText the unit price as the claims file wrote it, for the report; null with it
 * @param withinBudget for scope BUDGET: the claimed verdict; null otherwise
 * @param quote      the estimate's own words, quoted; null when none
 * @param note       why the figures differ in words that carry no cloudplan figure (rules, sources); null when none
 * @param place      where the claim is written, for errors about it
 */
public record Claim(String item, Scope scope, List<String> components, String service, Pattern label, Period period,
        BigDecimal total, int totalScale, BigDecimal totalSpread, BigDecimal quantity, BigDecimal unitPrice, String unitPriceText,
        Boolean withinBudget, String quote, String note, Place place) {
    public Claim {
        components = List.copyOf(components);
    }

    /** How far cloudplan's figure may be from the total (a range's nearest end) and still agree: half a unit of its last digit. */
    public java.math.BigDecimal tolerance() {
        return new BigDecimal("0.5").movePointLeft(Math.max(0, totalScale));
    }

    /** What part of an architecture's bill a claim is about. */
    public enum Scope {
        /** Line items chosen by component, service and label. */
        LINES,
        /** Every cloud line item, fixed costs left out (an estimate's "AWS subtotal"). */
        AWS,
        /** Every line item, fixed costs included ("annual with fees"). */
        ALL,
        /** The fixed costs only. */
        FIXED,
        /** Whether the first year fits the budget. */
        BUDGET,
        /** Something the estimate pays for that cloudplan bills no line for (a tool, a charge that does not exist). */
        UNBILLED
    }

    /** The months a claim covers: one month, a 12-month year, or the whole horizon. */
    public record Period(Kind kind, int number) {
        /** How a period is given. */
        public enum Kind { MONTH, YEAR, HORIZON }

        public static Period month(int n) {
            return new Period(Kind.MONTH, n);
        }

        /** The first and last month it covers, given the horizon. */
        public int first(int horizon) {
            return switch (kind) {
                case MONTH -> number;
                case YEAR -> 12 * (number - 1) + 1;
                case HORIZON -> 1;
            };
        }

        public int last(int horizon) {
            return switch (kind) {
                case MONTH -> number;
                case YEAR -> Math.min(horizon, 12 * number);
                case HORIZON -> horizon;
            };
        }

        /** "month 2", "year 1", "the horizon". */
        public String describe() {
            return switch (kind) {
                case MONTH -> "month " + number;
                case YEAR -> "year " + number;
                case HORIZON -> "the horizon";
            };
        }
    }

    /** A file position. */
    public record Place(String file, int line, int column) {}
}

package dev.cloudplan.spec;

import java.math.BigDecimal;

/**
 * The largest spec cloudplan reads (docs/spec.md, "Limits"). Each is checked before the work it bounds is
 * done, so a hostile or mistaken file is refused at its line instead of exhausting time or memory; each is far
 * above what a real question needs.
 *
 * @param fileBytes          size of the spec file
 * @param lineChars          characters on one line
 * @param scalarChars        characters in one value (a value can span lines)
 * @param depth              nesting of mappings and lists, aliases expanded
 * @param aliases            aliases ({@code *name}) in the file
 * @param nodes              values, mappings and lists in the file with every alias expanded
 * @param digits             digits of one number
 * @param decimals           digits after the decimal point of a stated price
 * @param maxValue           the largest quantity, rate, size or amount, and the largest a growing figure may reach
 * @param maxPriceUsd        the largest stated price per unit
 * @param maxGrowthPercent   the fastest compound growth, in % a month
 * @param horizonMonths      the longest horizon; also the longest month-by-month list
 * @param architectures      architectures in one spec
 * @param componentsEach     components in one architecture
 * @param componentsTotal    components in all architectures together
 * @param listItems          items of any other list (stated prices, fixed costs, remove)
 */
public record Limits(int fileBytes, int lineChars, int scalarChars, int depth, int aliases, int nodes, int digits,
        int decimals, BigDecimal maxValue, BigDecimal maxPriceUsd, BigDecimal maxGrowthPercent, int horizonMonths,
        int architectures, int componentsEach, int componentsTotal, int listItems) {

    /** The limits every command uses; docs/spec.md lists them. */
    public static final Limits DEFAULT = new Limits(1 << 20, 10_000, 4_096, 20, 100, 100_000, 24, 15,
            new BigDecimal("1E18"), new BigDecimal("1E9"), new BigDecimal("1000"), 120, 50, 50, 200, 1_000);

    /** The same limits with another longest horizon (the horizon benchmark goes past 120 months). */
    public Limits withHorizon(int months) {
        return new Limits(fileBytes, lineChars, scalarChars, depth, aliases, nodes, digits, decimals, maxValue,
                maxPriceUsd, maxGrowthPercent, months, architectures, componentsEach, componentsTotal, listItems);
    }

    /** A count in words for messages: 1,048,576. */
    static String n(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /** A limit such as 1E18 in words for messages: 10^18. */
    static String n(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < -3 && v.unscaledValue().equals(java.math.BigInteger.ONE) ? "10^" + (-v.scale())
                : v.toPlainString();
    }
}

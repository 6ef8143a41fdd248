package dev.cloudplan.core.audit;

import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The causes of a line claim's difference. With a claimed quantity or unit price, the difference is split exactly:
 * (claimed quantity - billed quantity) x catalog price is the quantity's share, claimed quantity x (claimed price -
 * catalog price) the price's, and what is left the estimate's own arithmetic. Each share is then named by what the
 * catalog says (a free-tier allowance of that size, another region's price, a unit factor). With a total only, the
 * total is tried against the usual mistakes one by one.
 */
final class LineClassifier {
    private final PriceFacts facts;

    LineClassifier(PriceFacts facts) {
        this.facts = facts;
    }

    static boolean within(Money m, Money tolerance) {
        return m.amount().abs().compareTo(tolerance.amount()) <= 0;
    }

    List<Finding.Part> classify(Claim claim, List<LineItem> lines, boolean oneMonth, Money claimed, Money cloudplan,
            Money tolerance) {
        Money diff = claimed.minus(cloudplan);
        if (claimed.amount().signum() == 0 && cloudplan.amount().signum() > 0) {
            return List.of(new Finding.Part(Cause.LEFT_OUT, diff, "the estimate counts nothing for it; cloudplan bills "
                    + Figures.usd(cloudplan)));
        }
        if (within(diff, tolerance)) {
            return List.of(agreement(claim, diff, tolerance));
        }
        LineItem single = oneMonth ? singlePrice(lines) : null;
        if (single != null && (claim.quantity() != null || claim.unitPrice() != null)) {
            return split(claim, lines, single, claimed, cloudplan, tolerance);
        }
        return List.of(totalOnly(lines, single, claimed, cloudplan, tolerance));
    }

    /** A difference within the claim's tolerance: the same figure, inside its range, or its rounding. */
    static Finding.Part agreement(Claim claim, Money diff, Money tolerance) {
        if (diff.amount().signum() == 0) {
            return new Finding.Part(Cause.AGREES, diff, "the same figure");
        }
        if (claim.totalSpread().signum() > 0) {
            return new Finding.Part(Cause.ROUNDING, diff, "at the claimed range's end, within its precision");
        }
        return new Finding.Part(Cause.ROUNDING, diff, "within the claim's precision (" + Figures.usd(tolerance)
                + " either way)");
    }

    /** The one line, when every matched line is of one charge at one unit price (tiers of one ladder are not). */
    private static LineItem singlePrice(List<LineItem> lines) {
        LineItem first = lines.get(0);
        boolean one = lines.stream().allMatch(l -> l.unit().equals(first.unit())
                && l.unitPrice().compareTo(first.unitPrice()) == 0 && l.charge().equals(first.charge()));
        return one ? first : null;
    }

    private List<Finding.Part> split(Claim claim, List<LineItem> lines, LineItem line, Money claimed, Money cloudplan,
            Money tolerance) {
        BigDecimal quantity = sum(lines, LineItem::quantity);
        BigDecimal free = sum(lines, LineItem::freeQuantity);
        BigDecimal billed = quantity.subtract(free);
        BigDecimal price = line.unitPrice();
        BigDecimal claimedQuantity = claim.quantity() != null ? claim.quantity() : billed;
        BigDecimal claimedPrice = claim.unitPrice() != null ? claim.unitPrice() : price;
        Money diff = claimed.minus(cloudplan);
        List<Finding.Part> parts = new ArrayList<>();
        Money quantityShare = Money.of(claimedQuantity.subtract(billed).multiply(price));
        if (quantityShare.amount().signum() != 0) {
            parts.add(quantityPart(line, quantityShare, claimedQuantity, quantity, free, billed, price));
        }
        Money priceShare = Money.of(claimedQuantity.multiply(claimedPrice.subtract(price)));
        if (priceShare.amount().signum() != 0) {
            parts.add(pricePart(line, priceShare, claimedPrice, price));
        }
        // Against the lines' exact costs: their rounding to the cent is not the estimate's arithmetic.
        Money exact = Money.ZERO;
        for (LineItem l : lines) {
            exact = exact.plus(l.exactCost());
        }
        Money rest = claimed.minus(exact).minus(quantityShare).minus(priceShare);
        if (!within(rest, tolerance) || parts.isEmpty()) {
            Money own = Money.of(claimedQuantity.multiply(claimedPrice)).toCents();
            parts.add(within(rest, tolerance) ? new Finding.Part(Cause.ROUNDING, rest, "rounding of the claimed figures")
                    : new Finding.Part(Cause.UNIT_MISTAKE, rest, "the estimate's own figures multiply to "
                    + Figures.quantity(claimedQuantity) + " x " + Figures.price(claimedPrice) + " = " + Figures.usd(own)
                    + ", not " + Figures.usd(claimed)));
        }
        return toCents(parts, diff);
    }

    /**
     * The parts largest first, each to the cent, the largest taking what rounding leaves over, so that they add up
     * to the difference exactly.
     */
    static List<Finding.Part> toCents(List<Finding.Part> exact, Money diff) {
        List<Finding.Part> sorted = new ArrayList<>(exact);
        sorted.sort(Comparator.comparing((Finding.Part p) -> p.amount().amount().abs()).reversed());
        List<Finding.Part> out = new ArrayList<>();
        Money rounded = Money.ZERO;
        for (Finding.Part p : sorted) {
            out.add(new Finding.Part(p.cause(), p.amount().toCents(), p.why()));
            rounded = rounded.plus(p.amount().toCents());
        }
        Finding.Part first = out.get(0);
        out.set(0, new Finding.Part(first.cause(), first.amount().plus(diff.minus(rounded)), first.why()));
        return out;
    }

    private Finding.Part quantityPart(LineItem line, Money share, BigDecimal claimedQuantity, BigDecimal quantity,
            BigDecimal free, BigDecimal billed, BigDecimal price) {
        String head = "quantity " + Figures.quantity(claimedQuantity) + " against cloudplan's billed "
                + Figures.quantity(billed) + " " + line.unit() + ", at " + Figures.price(price) + "; ";
        if (free.signum() > 0 && claimedQuantity.compareTo(billed) > 0 && claimedQuantity.compareTo(quantity) <= 0) {
            return new Finding.Part(Cause.FREE_TIER_MISSED, share, head + "the estimate bills "
                    + Figures.quantity(claimedQuantity) + " of cloudplan's " + Figures.quantity(quantity) + ", but "
                    + Figures.quantity(free) + " are free (" + first(line.freeNote()) + ")");
        }
        if (claimedQuantity.compareTo(billed) < 0) {
            Optional<FreeTierAllowance> allowance = facts.allowanceOf(line, billed.subtract(claimedQuantity));
            if (allowance.isPresent()) {
                return new Finding.Part(Cause.FREE_TIER_NOT_APPLICABLE, share, head + "the estimate subtracts "
                        + Figures.quantity(allowance.get().quantity()) + " free, the " + allowance.get().regime().id()
                        + " allowance, which this account does not get");
            }
        }
        Optional<String> factor = PriceFacts.unitFactor(claimedQuantity, billed);
        if (factor.isPresent()) {
            return new Finding.Part(Cause.UNIT_MISTAKE, share, head + "off by a factor of " + factor.get());
        }
        return new Finding.Part(Cause.QUANTITY, share, head + "derived from the workload differently");
    }

    private Finding.Part pricePart(LineItem line, Money share, BigDecimal claimedPrice, BigDecimal price) {
        String head = "unit price " + Figures.price(claimedPrice) + " against the catalog's " + Figures.price(price)
                + " USD/" + line.unit() + "; ";
        List<String> regions = facts.regionsCharging(line, claimedPrice);
        if (!regions.isEmpty()) {
            return new Finding.Part(Cause.OTHER_REGION, share, head + "the price in " + String.join(", ",
                    regions.subList(0, Math.min(3, regions.size()))) + (regions.size() > 3 ? " and "
                    + (regions.size() - 3) + " more regions" : ""));
        }
        Optional<String> factor = PriceFacts.unitFactor(claimedPrice, price);
        if (factor.isPresent()) {
            return new Finding.Part(Cause.UNIT_MISTAKE, share, head + "off by a factor of " + factor.get());
        }
        return new Finding.Part(Cause.WRONG_PRICE, share, head + "no region's catalog price for this charge ("
                + line.priceDescription() + ", read " + line.priceAsOf() + ")");
    }

    /** A claimed total with nothing else: tried as the bill without its free tier, another region's, a unit slip. */
    private Finding.Part totalOnly(List<LineItem> lines, LineItem single, Money claimed, Money cloudplan,
            Money tolerance) {
        Money diff = claimed.minus(cloudplan);
        Money withoutFree = Money.ZERO;
        for (LineItem l : lines) {
            withoutFree = withoutFree.plus(Money.of(l.quantity().multiply(l.unitPrice())).toCents());
        }
        BigDecimal free = sum(lines, LineItem::freeQuantity);
        if (free.signum() > 0 && within(claimed.minus(withoutFree), tolerance)) {
            return new Finding.Part(Cause.FREE_TIER_MISSED, diff, "the claim is the bill without its free "
                    + "quantity: " + Figures.usd(withoutFree) + " (" + first(lines.stream().map(LineItem::freeNote)
                    .filter(n -> n != null).findFirst().orElse(null)) + ")");
        }
        if (single != null) {
            BigDecimal billed = sum(lines, LineItem::quantity).subtract(free);
            if (billed.signum() > 0) {
                BigDecimal implied = claimed.amount().divide(billed, MathContext.DECIMAL64);
                for (String region : facts.regionsNear(single, implied, tolerance.amount().divide(billed,
                        MathContext.DECIMAL64))) {
                    return new Finding.Part(Cause.OTHER_REGION, diff, "the claim is the billed "
                            + Figures.quantity(billed) + " " + single.unit() + " at " + region + "'s price");
                }
            }
        }
        Optional<String> factor = PriceFacts.unitFactor(claimed.amount(), cloudplan.amount());
        if (factor.isPresent()) {
            return new Finding.Part(Cause.UNIT_MISTAKE, diff, "the totals differ by a factor of " + factor.get());
        }
        return new Finding.Part(Cause.QUANTITY, diff, "the claim gives no quantity or unit price, and is no catalog"
                + " price times cloudplan's quantity: derived differently");
    }

    /** The first sentence of a free-tier note: the rest is the source's provenance. */
    private static String first(String note) {
        if (note == null) {
            return "the catalog's free tier";
        }
        int dot = note.indexOf(". ");
        return dot < 0 ? note : note.substring(0, dot);
    }

    static BigDecimal sum(List<LineItem> lines, java.util.function.Function<LineItem, BigDecimal> f) {
        return lines.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

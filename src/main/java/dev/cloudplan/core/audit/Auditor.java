package dev.cloudplan.core.audit;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.BudgetVerdict;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets one architecture's claims against its projection: a finding per claim, one per costed line no claim covers
 * (a cost the estimate left out), and for a subtotal the sum of the differences of the lines in it, by cause.
 * Findings are ranked by the money involved, largest first.
 */
public final class Auditor {
    private final LineClassifier lines;

    public Auditor(PriceFacts facts) {
        this.lines = new LineClassifier(facts);
    }

    public List<Finding> audit(Projection p, List<Claim> claims) {
        List<Finding> lineFindings = new ArrayList<>();
        for (Claim c : claims) {
            if (c.scope() == Claim.Scope.LINES || c.scope() == Claim.Scope.FIXED) {
                lineFindings.add(line(p, c));
            } else if (c.scope() == Claim.Scope.UNBILLED) {
                Money claimed = claimedTotal(c, Money.ZERO);
                months(p, c);
                lineFindings.add(new Finding(c, claimed, Money.ZERO, claimed, List.of(new Finding.Part(Cause.QUANTITY,
                        claimed, "cloudplan bills nothing for it: the workload needs none of it, or it is no AWS"
                        + " charge")), seedArithmetic(c, claimed), "no line", false));
            }
        }
        overlaps(p, claims);
        lineFindings.addAll(unclaimed(p, claims));
        List<Finding> out = new ArrayList<>(lineFindings);
        List<Finding> monthly = new ArrayList<>();
        for (Claim c : claims) {
            if ((c.scope() == Claim.Scope.AWS || c.scope() == Claim.Scope.ALL)
                    && c.period().kind() == Claim.Period.Kind.MONTH) {
                monthly.add(subtotal(p, c, lineFindings));
            }
        }
        out.addAll(monthly);
        for (Claim c : claims) {
            if ((c.scope() == Claim.Scope.AWS || c.scope() == Claim.Scope.ALL)
                    && c.period().kind() != Claim.Period.Kind.MONTH) {
                out.add(subtotal(p, c, byMonth(p, c, monthly).orElse(lineFindings)));
            } else if (c.scope() == Claim.Scope.BUDGET) {
                out.add(verdict(p, c));
            }
        }
        out.sort(Comparator.comparing(Finding::money).reversed());
        return out;
    }

    static boolean matches(Claim c, LineItem l) {
        boolean fixed = Estimator.FIXED.equals(l.service());
        if (Estimator.CREDITS.equals(l.service())) {
            return false; // estimates are made before credits; the budget verdict counts them (cash)
        }
        return switch (c.scope()) {
            case LINES -> !fixed && (c.components().isEmpty() || c.components().contains(l.component()))
                    && (c.service() == null || c.service().equals(l.service()))
                    && (c.label() == null || c.label().matcher(l.label()).matches());
            case FIXED -> fixed && (c.label() == null || c.label().matcher(l.label()).matches());
            case AWS -> !fixed;
            case ALL -> true;
            case BUDGET, UNBILLED -> false;
        };
    }

    private static List<MonthCost> months(Projection p, Claim c) {
        int horizon = p.months().size();
        int first = c.period().first(horizon);
        int last = c.period().last(horizon);
        if (first < 1 || first > horizon) {
            throw new AuditException(c.place(), "'" + c.item() + "' is about " + c.period().describe() + ", outside the"
                    + " horizon of " + horizon + " months", "give a month from 1 to " + horizon);
        }
        return p.months().subList(first - 1, last);
    }

    private Finding line(Projection p, Claim c) {
        List<MonthCost> months = months(p, c);
        List<LineItem> matched = months.stream().flatMap(m -> m.lines().stream()).filter(l -> matches(c, l)).toList();
        if (matched.isEmpty()) {
            List<String> unpriced = months.stream().flatMap(m -> m.unpriced().stream())
                    .filter(u -> (c.components().isEmpty() || c.components().contains(u.component()))
                            && (c.label() == null || c.label().matcher(u.label()).matches()))
                    .map(u -> u.component() + ", " + u.label()).distinct().toList();
            if (!unpriced.isEmpty() && c.scope() == Claim.Scope.LINES) {
                Money claimed = claimedTotal(c, Money.ZERO);
                return new Finding(c, claimed, null, null, List.of(new Finding.Part(Cause.NOT_PRICED,
                        claimed == null ? Money.ZERO : claimed, "the catalog has no price for " + String.join("; ",
                        unpriced) + " in this region, so the claim cannot be checked")), seedArithmetic(c, claimed),
                        "NOT PRICED", false);
            }
            Set<String> names = new LinkedHashSet<>();
            List<LineItem> ofComponent = months.get(0).lines().stream().filter(l -> c.components().contains(
                    l.component())).toList();
            if (!ofComponent.isEmpty() && c.label() != null) {
                ofComponent.forEach(l -> names.add("\"" + l.label() + "\""));
                throw new AuditException(c.place(), "'" + c.item() + "': no line of " + String.join(", ",
                        c.components()) + " in " + c.period().describe() + " has a label matching charge:",
                        "match one of its labels: " + String.join(", ", names));
            }
            months.get(0).lines().forEach(l -> names.add(l.component() + " (" + l.service() + ")"));
            throw new AuditException(c.place(), "'" + c.item() + "' matches no line item of " + p.architecture()
                    + " in " + c.period().describe(), "name one of its components: " + String.join(", ", names));
        }
        Money cloudplan = sum(matched);
        Money claimed = claimedTotal(c, cloudplan);
        if (claimed == null && c.unitPrice() != null) {
            // A unit price alone: cloudplan's billed quantity at it, so that only the price can differ.
            BigDecimal billed = LineClassifier.sum(matched, LineItem::quantity)
                    .subtract(LineClassifier.sum(matched, LineItem::freeQuantity));
            claimed = Money.of(billed.multiply(c.unitPrice())).toCents();
        }
        String seed = seedArithmetic(c, claimed);
        String ours = Arithmetic.of(months, l -> matches(c, l));
        if (claimed == null) {
            return new Finding(c, null, cloudplan, null, List.of(new Finding.Part(Cause.AGREES, Money.ZERO,
                    "no total claimed")), seed, ours, false);
        }
        List<Finding.Part> parts = lines.classify(c, matched, months.size() == 1, claimed, cloudplan,
                Money.of(c.total() != null ? c.tolerance() : new BigDecimal("0.005")));
        return new Finding(c, claimed, cloudplan, claimed.minus(cloudplan), parts, seed, ours, false);
    }

    /**
     * The claimed total, or the claimed quantity x unit price when only those are given. For a claimed range, its end
     * nearest cloudplan's figure: inside the range the two agree, outside it the difference is to the range.
     */
    static Money claimedTotal(Claim c, Money cloudplan) {
        if (c.total() != null && c.totalSpread().signum() > 0) {
            BigDecimal low = c.total().subtract(c.totalSpread());
            BigDecimal high = c.total().add(c.totalSpread());
            return Money.of(cloudplan.amount().max(low).min(high));
        }
        if (c.total() != null) {
            return Money.of(c.total());
        }
        if (c.quantity() != null && c.unitPrice() != null) {
            return Money.of(c.quantity().multiply(c.unitPrice())).toCents();
        }
        return null;
    }

    private static String seedArithmetic(Claim c, Money claimed) {
        if (c.totalSpread().signum() > 0) {
            return "a range, " + Figures.usd(Money.of(c.total().subtract(c.totalSpread()))) + " to "
                    + Figures.usd(Money.of(c.total().add(c.totalSpread()))) + ": its end nearest cloudplan's figure, "
                    + Figures.usd(claimed) + ", is compared";
        }
        if (c.quantity() != null && c.unitPrice() != null) {
            Money product = Money.of(c.quantity().multiply(c.unitPrice())).toCents();
            return Figures.quantity(c.quantity()) + " x " + Figures.price(c.unitPrice()) + " = " + Figures.usd(product)
                    + (c.total() != null && !product.equals(claimed) ? "; claimed " + Figures.usd(claimed) : "");
        }
        if (c.quantity() != null) {
            return Figures.quantity(c.quantity()) + " units" + (claimed != null ? ", " + Figures.usd(claimed) : "");
        }
        if (c.unitPriceText() != null && claimed != null) {
            return (c.total() == null ? "cloudplan's quantity" : Figures.usd(claimed)) + " at " + c.unitPriceText()
                    + (c.total() == null ? " = " + Figures.usd(claimed) : "");
        }
        return claimed == null ? "no figure" : Figures.usd(claimed) + " as given";
    }

    /** Two claims of one month that cover the same line would count its difference twice in a subtotal. */
    private static void overlaps(Projection p, List<Claim> claims) {
        List<Claim> monthly = claims.stream().filter(c -> c.scope() == Claim.Scope.LINES
                && c.period().kind() == Claim.Period.Kind.MONTH).toList();
        for (int i = 0; i < monthly.size(); i++) {
            Claim a = monthly.get(i);
            if (a.period().number() < 1 || a.period().number() > p.months().size()) {
                continue;
            }
            for (LineItem l : p.months().get(a.period().number() - 1).lines()) {
                for (Claim b : monthly.subList(i + 1, monthly.size())) {
                    if (b.period().equals(a.period()) && matches(a, l) && matches(b, l)) {
                        throw new AuditException(b.place(), "'" + b.item() + "' and '" + a.item() + "' both cover "
                                + l.component() + ", " + l.label() + " in " + a.period().describe() + ": a subtotal"
                                + " would count its difference twice", "narrow one with charge: (a pattern on the"
                                + " line's label, such as \"Read request units*\"), or remove one");
                    }
                }
            }
        }
    }

    /** A claim of 0 for each costed line of a claimed month that no line claim of that month covers. */
    private List<Finding> unclaimed(Projection p, List<Claim> claims) {
        // Only where the estimate claims the whole bill (a subtotal of that month, or of a period holding it) is a
        // line it does not name a cost it left out; a claim of one line says nothing about the others.
        Set<Integer> months = new java.util.TreeSet<>();
        int horizon = p.months().size();
        claims.stream().filter(c -> c.scope() == Claim.Scope.LINES && c.period().kind() == Claim.Period.Kind.MONTH)
                .filter(c -> claims.stream().anyMatch(t -> (t.scope() == Claim.Scope.AWS || t.scope() == Claim.Scope.ALL)
                        && t.period().first(horizon) <= c.period().number()
                        && t.period().last(horizon) >= c.period().number()))
                .forEach(c -> months.add(c.period().number()));
        List<Finding> out = new ArrayList<>();
        for (int m : months) {
            MonthCost month = p.months().get(m - 1);
            for (LineItem l : month.lines()) {
                boolean covered = claims.stream().anyMatch(c -> c.period().equals(Claim.Period.month(m))
                        && (c.scope() == Claim.Scope.LINES || c.scope() == Claim.Scope.FIXED) && matches(c, l));
                if (!covered && l.cost().amount().signum() > 0 && !Estimator.FIXED.equals(l.service())) {
                    Claim none = new Claim(l.component() + ": " + l.label(), Claim.Scope.LINES, List.of(l.component()),
                            l.service(), java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(l.label())),
                            Claim.Period.month(m), BigDecimal.ZERO, 2, BigDecimal.ZERO, null, null, null, null, null, null, null);
                    Money claimed = Money.ZERO;
                    out.add(new Finding(none, claimed, l.cost(), claimed.minus(l.cost()), List.of(new Finding.Part(
                            Cause.LEFT_OUT, claimed.minus(l.cost()), "no figure of the estimate covers it")),
                            "not in the estimate", Arithmetic.line(l), true));
                }
            }
        }
        return out;
    }

    /**
     * A subtotal's difference as the sum of its lines' differences by cause (a month's line claims counted once in
     * each month of a longer period), the estimate's own addition, and what cloudplan bills beyond those lines.
     */
    private Finding subtotal(Projection p, Claim c, List<Finding> lineFindings) {
        List<MonthCost> months = months(p, c);
        Money cloudplan = Money.ZERO;
        for (MonthCost m : months) {
            cloudplan = cloudplan.plus(sum(m.lines().stream().filter(l -> matches(c, l)).toList()));
        }
        Money claimed = claimedTotal(c, cloudplan);
        long unpriced = months.stream().flatMap(m -> m.unpriced().stream()).map(u -> u.component() + u.label())
                .distinct().count();
        String ours = Arithmetic.months(months, l -> matches(c, l)) + (unpriced == 0 ? "" : " (a lower bound: "
                + unpriced + (unpriced == 1 ? " charge is" : " charges are") + " not priced)");
        if (claimed == null) {
            return new Finding(c, null, cloudplan, null, List.of(new Finding.Part(Cause.AGREES, Money.ZERO,
                    "no total claimed")), "no figure", ours, false);
        }
        Money tolerance = Money.of(c.tolerance());
        Money diff = claimed.minus(cloudplan);
        if (LineClassifier.within(diff, tolerance)) {
            return new Finding(c, claimed, cloudplan, diff, List.of(LineClassifier.agreement(c, diff, tolerance)),
                    seedArithmetic(c, claimed), ours, false);
        }
        Map<Cause, Money> byCause = new EnumMap<>(Cause.class);
        Map<Cause, List<String>> from = new EnumMap<>(Cause.class);
        Money seedSum = Money.ZERO;
        Money coveredSum = Money.ZERO;
        int horizon = p.months().size();
        // One claimed month in a longer period stands for each of its months (a steady month); several stand for
        // themselves, and cloudplan's other months are what the comparison does not cover.
        long claimedMonths = lineFindings.stream().map(f -> f.claim().period())
                .filter(x -> x.kind() == Claim.Period.Kind.MONTH && x.number() >= c.period().first(horizon)
                        && x.number() <= c.period().last(horizon)).distinct().count();
        for (Finding f : lineFindings) {
            int times = times(f.claim().period(), c.period(), horizon);
            if (times > 1 && claimedMonths > 1) {
                times = 1;
            }
            boolean inScope = c.scope() == Claim.Scope.ALL || f.claim().scope() == Claim.Scope.LINES
                    || f.claim().scope() == Claim.Scope.UNBILLED || f.claim().scope() == c.scope();
            if (times == 0 || !inScope || f.claimed() == null || f.cloudplan() == null) {
                continue;
            }
            BigDecimal n = BigDecimal.valueOf(times);
            seedSum = seedSum.plus(f.claimed().times(n));
            coveredSum = coveredSum.plus(f.cloudplan().times(n));
            for (Finding.Part part : f.parts()) {
                if (part.amount().amount().signum() != 0) {
                    byCause.merge(part.cause(), part.amount().times(n), Money::plus);
                    from.computeIfAbsent(part.cause(), k -> new ArrayList<>()).add(f.claim().item() + " "
                            + (times > 1 ? times + " x " : "") + Figures.signed(part.amount()));
                }
            }
        }
        List<Finding.Part> parts = new ArrayList<>();
        byCause.forEach((cause, amount) -> parts.add(new Finding.Part(cause, amount, "from " + String.join(", ",
                from.get(cause)))));
        Money own = claimed.minus(seedSum);
        if (own.amount().signum() != 0 && seedSum.amount().signum() != 0) {
            parts.add(new Finding.Part(LineClassifier.within(own, tolerance) ? Cause.ROUNDING : Cause.UNIT_MISTAKE,
                    own, "the estimate's own figures add up to " + Figures.usd(seedSum) + ", not " + Figures.usd(claimed)));
        }
        Money beyond = coveredSum.minus(cloudplan);
        if (beyond.amount().signum() != 0) {
            parts.add(new Finding.Part(Cause.QUANTITY, beyond, coveredSum.amount().signum() == 0
                    ? "no figure above covers these lines: derived differently" : "cloudplan's " + c.period().describe()
                    + " is not the figures above" + (months.size() == 1 ? "" : " repeated") + " ("
                    + Figures.usd(coveredSum) + "): other months or lines differ"));
        }
        if (parts.isEmpty()) {
            parts.add(new Finding.Part(Cause.AGREES, Money.ZERO, "the same figure"));
        }
        String seed = seedArithmetic(c, claimed) + (seedSum.amount().signum() != 0 ? " (its figures compared here: "
                + Figures.usd(seedSum) + ")" : "");
        return new Finding(c, claimed, cloudplan, claimed.minus(cloudplan),
                LineClassifier.toCents(parts, claimed.minus(cloudplan)), seed, ours, false);
    }

    /**
     * The month subtotals of the same scope that claim every month of a longer subtotal (an estimate's monthly
     * totals and their sum): the longer one is then their sum, and its causes are theirs.
     */
    private static java.util.Optional<List<Finding>> byMonth(Projection p, Claim c, List<Finding> monthly) {
        int horizon = p.months().size();
        List<Finding> same = monthly.stream().filter(f -> f.claim().scope() == c.scope() && f.claimed() != null
                && f.claim().period().number() >= c.period().first(horizon)
                && f.claim().period().number() <= c.period().last(horizon)).toList();
        long months = same.stream().map(f -> f.claim().period().number()).distinct().count();
        boolean all = months == c.period().last(horizon) - c.period().first(horizon) + 1 && months == same.size();
        return all && months > 1 ? java.util.Optional.of(same) : java.util.Optional.empty();
    }

    /** How many times a line claim of {@code line}'s period counts in a subtotal of {@code total}'s; 0 for none. */
    private static int times(Claim.Period line, Claim.Period total, int horizon) {
        if (line.equals(total)) {
            return 1;
        }
        if (line.kind() == Claim.Period.Kind.MONTH && total.kind() != Claim.Period.Kind.MONTH
                && (line.number() < total.first(horizon) || line.number() > total.last(horizon))) {
            return 0;
        }
        if (line.kind() != Claim.Period.Kind.MONTH || total.kind() == Claim.Period.Kind.MONTH) {
            return line.kind() == Claim.Period.Kind.MONTH || total.kind() == Claim.Period.Kind.MONTH ? 0
                    : line.first(horizon) >= total.first(horizon) && line.last(horizon) <= total.last(horizon) ? 1 : 0;
        }
        return total.last(horizon) - total.first(horizon) + 1;
    }

    private static Finding verdict(Projection p, Claim c) {
        BudgetVerdict v = p.budget();
        if (v == null) {
            throw new AuditException(c.place(), "'" + c.item() + "' claims a budget verdict, but the spec has no budget",
                    "add budget: to the spec, or remove the claim");
        }
        List<MonthCost> months = months(p, c);
        Money spent = Money.ZERO;
        for (MonthCost m : months) {
            spent = spent.plus(m.total());
        }
        Money left = v.budget().limit().minus(spent);
        Integer over = null;
        for (var m : v.months()) {
            if (over == null && m.over() && m.month() >= months.get(0).month()
                    && m.month() <= months.get(months.size() - 1).month()) {
                over = m.month();
            }
        }
        boolean fits = over == null;
        String ours = "cash " + Figures.usd(spent) + " in " + c.period().describe() + " against "
                + Figures.usd(v.budget().limit()) + (fits ? ": within, " + Figures.usd(left) + " left"
                : ": over, first in month " + over + ", " + Figures.usd(left.negate()) + " over");
        boolean agrees = c.withinBudget() == fits;
        Finding.Part part = new Finding.Part(agrees ? Cause.AGREES : Cause.VERDICT, left, agrees
                ? "the same verdict" : "the estimate says " + (c.withinBudget() ? "within" : "over") + " budget");
        return new Finding(c, null, spent, null, List.of(part), c.withinBudget() ? "within budget" : "over budget",
                ours, false);
    }

    static Money sum(List<LineItem> lines) {
        Money m = Money.ZERO;
        for (LineItem l : lines) {
            m = m.plus(l.cost());
        }
        return m;
    }
}

package dev.cloudplan.core.audit;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.MonthCost;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** cloudplan's side of a finding written out: each line's (quantity - free) x unit price, or the months' sums. */
final class Arithmetic {
    private Arithmetic() {}

    /**
     * One line: {@code (100,000,000 - 1,000,000 free) Requests x 0.0000002 = $19.80 (quantity: 100,000,000 requests
     * x 1 invocations)}, the quantity's derivation as --explain gives it.
     */
    static String line(LineItem l) {
        String quantity = l.freeQuantity().signum() == 0 ? Figures.quantity(l.quantity())
                : "(" + Figures.quantity(l.quantity()) + " - " + Figures.quantity(l.freeQuantity()) + " free)";
        boolean derived = l.formula() != null && !l.formula().isBlank();
        return quantity + " " + l.unit() + " x " + Figures.price(l.unitPrice()) + " = " + Figures.usd(l.cost())
                + (derived ? " (quantity: " + l.formula() + ")" : "");
    }

    /** The matched lines of one month each written out, or the months' sums for a longer period. */
    static String of(List<MonthCost> months, Predicate<LineItem> matched) {
        if (months.size() > 1) {
            return months(months, matched);
        }
        List<LineItem> lines = months.get(0).lines().stream().filter(matched).toList();
        if (lines.size() == 1) {
            return line(lines.get(0));
        }
        List<String> each = new ArrayList<>();
        for (LineItem l : lines) {
            each.add(l.label() + ": " + line(l));
        }
        return String.join("; ", each) + "; together " + Figures.usd(Auditor.sum(lines));
    }

    /** {@code $376.58 (month 1) + 11 x $252.58 (months 2-12) = $3,154.96}; one month: its lines' count and sum. */
    static String months(List<MonthCost> months, Predicate<LineItem> matched) {
        if (months.size() == 1) {
            List<LineItem> lines = months.get(0).lines().stream().filter(matched).toList();
            return "the sum of " + lines.size() + " line items of month " + months.get(0).month() + " = "
                    + Figures.usd(Auditor.sum(lines));
        }
        List<String> runs = new ArrayList<>();
        Money total = Money.ZERO;
        int i = 0;
        while (i < months.size()) {
            Money m = Auditor.sum(months.get(i).lines().stream().filter(matched).toList());
            int j = i;
            while (j + 1 < months.size() && Auditor.sum(months.get(j + 1).lines().stream().filter(matched).toList())
                    .equals(m)) {
                j++;
            }
            int n = j - i + 1;
            runs.add(n == 1 ? Figures.usd(m) + " (month " + months.get(i).month() + ")"
                    : n + " x " + Figures.usd(m) + " (months " + months.get(i).month() + "-" + months.get(j).month() + ")");
            total = total.plus(m.times(java.math.BigDecimal.valueOf(n)));
            i = j + 1;
        }
        return String.join(" + ", runs) + " = " + Figures.usd(total);
    }
}

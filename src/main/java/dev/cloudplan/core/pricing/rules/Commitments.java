package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.pricing.Charge;
import java.math.BigDecimal;
import java.util.List;

/** Upfront payments of reserved terms and Savings Plans: cash in the first month of each term. */
final class Commitments {
    private Commitments() {}

    /** Whether {@code purchase} pays upfront, so its charges depend on the month ({@link #upfront}). */
    private static boolean paysUpfront(PurchaseOption purchase) {
        return purchase.isCommitment() && purchase.payment() != PurchaseOption.Payment.NO_UPFRONT;
    }

    /** Whether {@code month} pays an upfront fee or is the month after one: its charges differ from the month before. */
    static boolean changesIn(PurchaseOption purchase, int month) {
        return paysUpfront(purchase) && ((month - 1) % purchase.termMonths() == 0 || (month - 2) % purchase.termMonths() == 0);
    }

    /**
     * The upfront charge due in {@code month}: in month 1 and again in the first month of each renewed term
     * (a 1-year term in a 36-month projection is paid in months 1, 13 and 25).
     */
    static List<Charge> upfront(PurchaseOption purchase, String service, Attributes attributes, int count, int month,
            String label) {
        if (!paysUpfront(purchase) || (month - 1) % purchase.termMonths() != 0) {
            return List.of();
        }
        int term = (month - 1) / purchase.termMonths() + 1;
        String formula = count + " x upfront fee, paid in month " + month
                + (term > 1 ? " (renewal " + term + " of the " + purchase.termYears() + "-year term)" : "")
                + "; amortised over " + purchase.termMonths() + " months";
        return List.of(Charge.of(label, service, "upfront", attributes, "purchase", BigDecimal.valueOf(count),
                "Quantity", formula).amortisedOver(purchase.termMonths()));
    }
}

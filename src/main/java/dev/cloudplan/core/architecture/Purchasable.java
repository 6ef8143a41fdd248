package dev.cloudplan.core.architecture;

import java.util.List;

/** A component configuration whose instances can be bought on a commitment (reserved term or Savings Plan). */
public interface Purchasable extends ComponentConfig {
    PurchaseOption purchase();

    /** The same configuration bought another way. */
    Purchasable withPurchase(PurchaseOption purchase);

    /** Every commitment AWS sells for this component type, in the order a report lists them. */
    List<PurchaseOption> commitmentOptions();

    /** The commitments of an EC2 instance: every reserved term and class, and both Savings Plans. */
    static List<PurchaseOption> ec2Options() {
        List<PurchaseOption> out = new java.util.ArrayList<>();
        for (String term : List.of("1yr", "3yr")) {
            for (String pay : List.of("no-upfront", "partial-upfront", "all-upfront")) {
                out.add(PurchaseOption.parse("reserved " + term + " " + pay + " standard"));
                out.add(PurchaseOption.parse("reserved " + term + " " + pay + " convertible"));
                out.add(PurchaseOption.parse("compute-savings-plan " + term + " " + pay));
                out.add(PurchaseOption.parse("ec2-instance-savings-plan " + term + " " + pay));
            }
        }
        return List.copyOf(out);
    }
}

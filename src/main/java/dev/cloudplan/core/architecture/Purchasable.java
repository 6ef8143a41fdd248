package dev.cloudplan.core.architecture;

import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;

/** A component configuration whose instances can be bought on a commitment (reserved term or Savings Plan). */
public interface Purchasable extends ComponentConfig {
    PurchaseOption purchase();

    /** The same configuration bought another way. */
    Purchasable withPurchase(PurchaseOption purchase);

    /** Every commitment AWS sells for this component type, in the order a report lists them. */
    List<PurchaseOption> commitmentOptions();

    /**
     * A charge a commitment bills at its own rate, and what one committed unit of it is.
     *
     * @param everyCount whether every whole number of units is priced (instances, nodes); else the levels held
     */
    record Metered(String charge, String unit, boolean everyCount) {}

    /** The charges a commitment replaces, in the order the rule emits them (each with its upfront charge). */
    default List<Metered> committedCharges() {
        return List.of(new Metered("instance-hours", "instance", true));
    }

    /**
     * The units group {@code group} holds at the busiest hour of month {@code w}, when they follow the day without being
     * whole instances (DynamoDB auto scaling); null when the upfront charge's count is the peak.
     */
    default BigDecimal peakUnits(int group, WorkloadMonth w) {
        return null;
    }

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

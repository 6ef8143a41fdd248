package dev.cloudplan.core.architecture;

import java.math.BigDecimal;
import java.util.List;

/** A configuration a Compute Savings Plan covers (Lambda, Fargate): at a discount the user states, or as analysed. */
public interface SavingsPlanCovered extends ComponentConfig {
    /** The stated discount as a share, or null for none. */
    BigDecimal savingsPlanDiscount();

    /** The same configuration billed at on-demand rates (no stated discount). */
    SavingsPlanCovered withoutSavingsPlan();

    /** The charges a Compute Savings Plan covers (by catalog charge name). */
    List<String> savingsPlanCharges();

    /** False when bought a way no Savings Plan covers (Fargate Spot). */
    default boolean savingsPlanApplies() {
        return true;
    }

    /** Of those, the ones held all month whatever the load (Lambda provisioned concurrency); the rest follow it. */
    default List<String> steadyCharges() {
        return List.of();
    }
}

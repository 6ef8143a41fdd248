package dev.cloudplan.core.architecture;

import java.math.BigDecimal;

/** A configuration a Compute Savings Plan covers at a discount the user states (Lambda, Fargate). */
public interface SavingsPlanCovered extends ComponentConfig {
    /** The stated discount as a share, or null for none. */
    BigDecimal savingsPlanDiscount();
}

package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Assumptions;
import java.math.BigDecimal;

/**
 * A Compute Savings Plan stated as its discount on the on-demand rate. No graded source has Savings Plans rates, so
 * an estimate may use one only as the user states it: the covered charges are billed at on-demand x (1 - discount),
 * the plan's commitment is taken as fully used, and the estimate says so.
 */
final class SavingsPlanDiscount {
    static final String SETTING = "savings_plan_discount";

    private SavingsPlanDiscount() {}

    static Setting setting(String covers) {
        return Setting.of(SETTING, SettingKind.PERCENT, Setting.AUTO, "a Compute Savings Plan (No Upfront) covering " + covers
                + ", as the discount on the on-demand rate you have (the Savings Plans pricing page or your AWS"
                + " account); auto = none").orAuto();
    }

    /** The stated discount as a share, or null for none; 100% or more is refused. */
    static BigDecimal read(Settings s) {
        BigDecimal d = s.numberOrAuto(SETTING);
        if (d != null && d.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidSettingException(SETTING, "a Savings Plan discount of " + Decimals.percent(d) + " leaves nothing to pay",
                    "give the plan's discount below 100%, such as 17%");
        }
        return d;
    }

    /** The charge at the discounted rate when a plan covers it; as it is otherwise. */
    static Charge apply(Charge c, BigDecimal discount) {
        return discount == null ? c : c.atShareOfPrice(BigDecimal.ONE.subtract(discount), "on-demand rate x (1 - "
                + Decimals.percent(discount) + " stated Compute Savings Plan discount)");
    }

    static void explain(BigDecimal discount, String covered, Assumptions assumptions) {
        if (discount != null) {
            assumptions.add("Compute Savings Plan: " + covered + " at the on-demand rate x (1 - " + Decimals.percent(discount)
                    + "), the discount stated in the spec (savings_plan_discount); the plan's hourly commitment is"
                    + " taken as fully used every hour, and its term and payment are the user's to match.");
        }
    }
}

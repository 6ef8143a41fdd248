package dev.cloudplan.core.commitment;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.architecture.SavingsPlanCovered;
import dev.cloudplan.core.money.Decimals;
import java.math.BigDecimal;

/** What a report says of a component that has no commitment cloudplan can price. */
final class Notes {
    private Notes() {}

    static String without(String type, ComponentConfig config) {
        return switch (type) {
            case "lambda", "fargate" -> {
                BigDecimal d = statedDiscount(config);
                String covered = type.equals("lambda") ? "duration and provisioned concurrency" : "vCPU and memory";
                yield d == null ? "a Compute Savings Plan covers its " + covered + "; no source cloudplan may use has"
                        + " Savings Plans rates: NOT PRICED. State yours with savings_plan_discount: N% (the estimate then"
                        + " bills them at on-demand x (1 - N%), the plan taken as fully used)"
                        : "a Compute Savings Plan at the stated discount of " + Decimals.percent(d) + " (savings_plan_discount)"
                        + " is in the estimate already, the plan taken as fully used; it breaks even at "
                        + Decimals.percent(BigDecimal.ONE.subtract(d)) + " utilisation of the hourly commitment";
            }
            case "dynamodb" -> "DynamoDB reserved capacity (provisioned mode, 1 or 3 years) is sold by AWS, but cloudplan"
                    + " has no rate for it and does not model it: NOT PRICED";
            case "elasticache" -> "ElastiCache reserved nodes are sold by AWS, but cloudplan has no rate for them and does"
                    + " not model them: NOT PRICED";
            default -> "no commitment option: billed by use or at a fixed rate";
        };
    }

    private static BigDecimal statedDiscount(ComponentConfig config) {
        return config instanceof SavingsPlanCovered covered ? covered.savingsPlanDiscount() : null;
    }
}

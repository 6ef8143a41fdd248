package dev.cloudplan.core.pricing;

import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One priced line of a month's bill: quantity x unit price - free quantity, with where the price came from.
 *
 * @param cost      (quantity - freeQuantity) x unitPrice, rounded to cents
 * @param exactCost the same before rounding
 * @param freeNote  what made {@code freeQuantity} free (free-tier offer or included allowance), or null
 * @param amortiseMonths for an upfront payment, the months it covers; 0 otherwise
 * @param priceGrade how the unit price was read ({@link Grade#STATED} for the spec's own figures); null for a line
 *                   that is no price, such as free-plan credits
 */
public record LineItem(
        String component,
        String service,
        String charge,
        String label,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        BigDecimal freeQuantity,
        Money cost,
        Money exactCost,
        String formula,
        String freeNote,
        String priceDescription,
        String priceSource,
        LocalDate priceAsOf,
        int amortiseMonths,
        Grade priceGrade) {}

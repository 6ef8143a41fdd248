package dev.cloudplan.core.projection;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import java.time.YearMonth;
import java.util.List;

/**
 * One month of a projection: its lines, cash total (upfront payments in the month paid), the amortised
 * total (upfront spread over its term), the running cash total, what could not be priced, and the free-plan
 * credits spent this month and left after it (both zero without credits).
 */
public record MonthCost(int month, YearMonth calendarMonth, List<LineItem> lines, Money total, Money amortisedTotal,
        Money cumulative, List<UnpricedCharge> unpriced, Money creditsUsed, Money creditsLeft) {
    public MonthCost {
        lines = List.copyOf(lines);
        unpriced = List.copyOf(unpriced);
    }
}

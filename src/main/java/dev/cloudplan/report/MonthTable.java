package dev.cloudplan.report;

import dev.cloudplan.core.projection.Budget;
import dev.cloudplan.core.projection.BudgetMonth;
import dev.cloudplan.core.projection.BudgetVerdict;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.util.ArrayList;
import java.util.List;

/** The month-by-month table: cash, amortised and cumulative cost, then credits and the budget when there are any. */
final class MonthTable {
    private MonthTable() {}

    static Block.Table of(Projection p, boolean credits) {
        BudgetVerdict v = p.budget();
        boolean yearly = v != null && v.budget().period() == Budget.Period.YEAR;
        List<String> headers = new ArrayList<>(List.of("Month", "Calendar", "Cash (USD)", "Amortised (USD)",
                "Cumulative (USD)"));
        if (credits) {
            headers.addAll(List.of("Credits used (USD)", "Credits left (USD)"));
        }
        if (yearly) {
            headers.add("Year to date (USD)");
        }
        if (v != null) {
            headers.addAll(List.of("Budget left (USD)", "Budget"));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean seenOver = false;
        for (MonthCost mc : p.months()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(mc.month()), mc.calendarMonth().toString(),
                    Numbers.money(mc.total()), Numbers.money(mc.amortisedTotal()), Numbers.money(mc.cumulative())));
            if (credits) {
                row.add(Numbers.money(mc.creditsUsed()));
                row.add(Numbers.money(mc.creditsLeft()));
            }
            if (v != null) {
                BudgetMonth b = v.months().get(mc.month() - 1);
                if (yearly) {
                    row.add(Numbers.money(b.spent()));
                }
                row.add(Numbers.money(b.left()));
                // An incomplete projection can only vouch for the lines it priced.
                row.add(!b.over() ? (p.complete() ? "ok" : "ok (priced part)") : seenOver ? "over" : "OVER (first)");
                seenOver |= b.over();
            }
            rows.add(row);
        }
        rows.add(null);
        List<String> total = new ArrayList<>(List.of("", "Total", Numbers.money(p.total()), Numbers.money(p.amortisedTotal())));
        while (total.size() < headers.size()) {
            total.add("");
        }
        rows.add(total);
        boolean[] right = new boolean[headers.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = i != 1 && !headers.get(i).equals("Budget");
        }
        return new Block.Table(headers, right, rows);
    }
}

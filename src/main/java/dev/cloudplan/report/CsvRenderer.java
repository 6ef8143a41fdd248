package dev.cloudplan.report;

import dev.cloudplan.core.money.Currency;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.UnpricedCharge;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per line item per month per architecture, for spreadsheets and tools; a month's total is the
 * sum of its rows' cost. Unpriced charges appear as rows with an empty cost and status "unpriced" (with the
 * quantity above the catalog's last tier when only that part is unpriced). The last
 * columns repeat month-level figures on each of the month's rows: the cumulative cash, the free-plan credits
 * left and what is left of the budget (empty without a budget). Architectures come in the report's ranking order;
 * {@code complete} and {@code rank} follow the architecture on each row, the rank empty for an incomplete one
 * (unranked: its totals are lower bounds).
 */
public final class CsvRenderer implements Renderer {
    private static final List<String> COLUMNS = List.of("architecture", "complete", "rank", "month", "calendar_month", "component", "service",
            "charge", "quantity", "unit", "unit_price", "free_quantity", "cost", "status", "price_source", "price_as_of", "price_grade", "month_cumulative", "credits_left", "budget_left");

    @Override
    public String render(Report report, RenderOptions options) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        Currency local = report.scenario().currency();
        if (local != null) {
            schema.addColumn("cost_" + local.code().toLowerCase(java.util.Locale.ROOT)); // at the stated rate
        }
        List<List<String>> rows = new ArrayList<>();
        for (Projection p : report.ranking()) {
            Integer rank = report.rank(p);
            List<String> architecture = List.of(p.architecture(), String.valueOf(p.complete()),
                    rank == null ? "" : String.valueOf(rank));
            for (MonthCost m : p.months()) {
                List<String> monthLevel = List.of(m.cumulative().toCents().amount().toPlainString(),
                        m.creditsLeft().toCents().amount().toPlainString(), p.budget() == null ? ""
                                : p.budget().months().get(m.month() - 1).left().toCents().amount().toPlainString());
                List<java.math.BigDecimal> localCosts = local == null ? List.of()
                        : local.localParts(m.lines().stream().map(LineItem::cost).toList(), m.total());
                int line = 0;
                for (LineItem l : m.lines()) {
                    rows.add(row(architecture, monthLevel, List.of(String.valueOf(m.month()),
                            m.calendarMonth().toString(), l.component(), l.service(), l.label(), l.quantity().toPlainString(), l.unit(), l.unitPrice().toPlainString(),
                            l.freeQuantity().toPlainString(), l.cost().toCents().amount().toPlainString(), "priced",
                            l.priceSource(), l.priceAsOf() == null ? "" : l.priceAsOf().toString(),
                            l.priceGrade() == null ? "" : l.priceGrade().id())));
                    if (local != null) {
                        rows.get(rows.size() - 1).add(localCosts.get(line).toPlainString());
                    }
                    line++;
                }
                for (UnpricedCharge u : m.unpriced()) {
                    rows.add(row(architecture, monthLevel, List.of(String.valueOf(m.month()),
                            m.calendarMonth().toString(), u.component(), "", u.label(),
                            u.partial() ? u.quantity().toPlainString() : "", u.partial() ? u.unit() : "", "", "", "", "unpriced",
                            u.reason(), "", "")));
                    if (local != null) {
                        rows.get(rows.size() - 1).add("");
                    }
                }
            }
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row: the architecture's columns, the line's, then the month-level figures. */
    private static List<String> row(List<String> architecture, List<String> monthLevel, List<String> row) {
        List<String> out = new ArrayList<>(architecture);
        out.addAll(row);
        out.addAll(monthLevel);
        return out;
    }
}

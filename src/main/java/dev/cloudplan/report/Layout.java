package dev.cloudplan.report;

import dev.cloudplan.core.decision.Overtake;
import dev.cloudplan.core.money.Currency;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.BudgetVerdict;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.UnpricedCharge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.Series;

/** What a human-readable report says and in which order; the table and Markdown renderers only style it. */
final class Layout {
    private Layout() {}

    static List<Block> blocks(Report r, RenderOptions o) {
        List<Block> out = head(r);
        out.addAll(body(r, o));
        return out;
    }

    /** The title, where and with what it was priced, the warnings and, for a comparison, the side-by-side table. */
    static List<Block> head(Report r) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, (r.comparison() ? "Comparison: " : "Estimate: ") + r.scenario().name()));
        Currency local = r.scenario().currency();
        out.add(new Block.Paragraph("Region " + r.scenario().region() + ", " + r.scenario().horizonMonths()
                + " months from " + r.scenario().start() + ", USD" + (local == null ? "" : " (totals also in "
                + local.describe() + ")") + ". Prices: catalog '" + r.catalog().name() + "', read "
                + r.catalog().date() + " (" + r.catalogAgeDays() + " days ago)."));
        List<String> warnings = r.warnings(); // walks every check of every month: once
        if (!warnings.isEmpty()) {
            out.add(new Block.Heading(2, "Warnings"));
            out.add(new Block.Bullets(warnings));
        }
        if (r.comparison()) {
            out.add(new Block.Heading(2, "Side by side"));
            out.add(summary(r));
            if (r.rankingNote() != null) {
                out.add(new Block.Paragraph(r.rankingNote()));
            }
            overtakes(out, r);
        }
        return out;
    }

    /** The workload, each architecture's line items and months, the assumptions and the provenance. */
    static List<Block> body(Report r, RenderOptions o) {
        List<Block> out = new ArrayList<>();
        workload(out, r, o);
        for (Projection p : r.comparison() ? r.ranking() : r.projections()) {
            architecture(out, p, o, r.scenario().currency());
        }
        out.add(new Block.Heading(2, "Assumptions"));
        out.add(new Block.Bullets(r.assumptions()));
        out.add(new Block.Heading(2, "Provenance"));
        out.add(new Block.Paragraph(r.provenanceNote()));
        return out;
    }

    /** Shown only when a cumulative cost passes another within the horizon; a comparison without one reads as before. */
    private static void overtakes(List<Block> out, Report r) {
        List<Overtake> found = Overtake.find(r.projections());
        if (found.isEmpty()) {
            return;
        }
        out.add(new Block.Heading(2, "Cumulative cost: where one passes another"));
        out.add(new Block.Bullets(found.stream().map(Layout::overtake).toList()));
        if (r.projections().stream().anyMatch(p -> !p.complete())) {
            out.add(new Block.Paragraph("Incomplete architectures are left out: their cumulative costs are lower bounds."));
        }
    }

    /** One pass in words, for the table, Markdown and the JSON's {@code sentence}. */
    static String overtake(Overtake t) {
        return t.overtaker() + "'s cumulative cost passes " + t.overtaken() + "'s in month " + t.month() + " ("
                + t.calendarMonth() + "): " + Numbers.money(t.overtakerCumulative()) + " against "
                + Numbers.money(t.overtakenCumulative()) + " USD so far.";
    }

    /** One row per architecture in ranking order: rank, month 1, average month, annual, total, budget verdict. */
    static Block summary(Report r) {
        Currency local = r.scenario().currency();
        List<List<String>> rows = new ArrayList<>();
        for (Projection p : r.ranking()) {
            Integer rank = r.rank(p);
            List<String> row = new ArrayList<>(List.of(rank == null ? "-" : String.valueOf(rank),
                    p.architecture() + (!p.complete() ? " (incomplete)" : p.overCapacity() ? " (over capacity)" : ""),
                    money(p, p.months().get(0).total()),
                    money(p, Report.averageMonth(p)), money(p, p.annual()), money(p, p.total())));
            if (local != null) {
                row.add((p.complete() ? "" : ">= ") + Numbers.money(Money.of(local.local(p.annual()))));
                row.add((p.complete() ? "" : ">= ") + Numbers.money(Money.of(local.local(p.total()))));
            }
            row.add(budget(p.budget()));
            rows.add(row);
        }
        List<String> head = new ArrayList<>(List.of("#", "Architecture", "Month 1", "Average month", "Annual",
                "Total (" + r.scenario().horizonMonths() + " mo)"));
        if (local != null) {
            head.add("Annual (" + local.code() + ")");
            head.add("Total (" + local.code() + ")");
        }
        head.add("Budget");
        boolean[] right = new boolean[head.size()];
        java.util.Arrays.fill(right, true);
        right[1] = false;
        right[head.size() - 1] = false;
        return new Block.Table(head, right, rows);
    }

    /** " (109,258.56 INR)" when the report has a local currency. */
    private static String local(Projection p, Money usd, Currency currency) {
        return currency == null ? "" : " (" + (p.complete() ? "" : ">= ") + currency.format(usd) + ")";
    }

    private static String money(Projection p, Money m) {
        return (p.complete() ? "" : ">= ") + Numbers.money(m);
    }

    private static String budget(BudgetVerdict v) {
        if (v == null) {
            return "no budget";
        }
        if (v.fits() == null) {
            return "unknown (incomplete)";
        }
        return v.fits() ? "fits" : "over from month " + v.firstMonthOver();
    }

    private static void architecture(List<Block> out, Projection p, RenderOptions o, Currency currency) {
        out.add(new Block.Heading(2, p.architecture() + (p.description() == null ? "" : ": " + p.description())));
        int month = Math.min(Math.max(o.month(), 1), p.months().size());
        MonthCost m = p.months().get(month - 1);
        out.add(new Block.Paragraph("Line items of month " + month + " (" + m.calendarMonth() + "):"));
        List<List<String>> rows = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (LineItem l : m.lines()) {
            // Each figure formatted once, for the table and the line's explanation alike.
            String quantity = Numbers.quantity(l.quantity());
            String price = Numbers.unitPrice(l.unitPrice());
            String free = Numbers.quantity(l.freeQuantity());
            String cost = Numbers.money(l.cost());
            rows.add(List.of(l.component(), l.label(), quantity, l.unit(), price, free, cost));
            if (o.explain()) {
                how.add(explain(l, quantity, price, free, cost));
            }
        }
        for (UnpricedCharge u : m.unpriced()) {
            rows.add(List.of(u.component(), u.label(), u.partial() ? Numbers.quantity(u.quantity()) : "",
                    u.partial() ? u.unit() : "", "", "", "NOT PRICED"));
        }
        rows.add(null);
        rows.add(List.of("", "Total" + (p.complete() ? "" : " of priced lines"), "", "", "", "", Numbers.money(m.total())));
        out.add(new Block.Table(List.of("Component", "Charge", "Quantity", "Unit", "Unit price (USD)", "Free", "Cost (USD)"),
                new boolean[] {false, false, true, false, true, true, true}, rows));
        if (o.explain()) {
            out.add(new Block.Paragraph("How each line was computed:"));
            m.unpriced().forEach(u -> how.add(explain(u)));
            out.add(new Block.Bullets(how));
        }
        boolean credits = p.months().stream().anyMatch(mc -> mc.creditsUsed().compareTo(Money.ZERO) > 0);
        if (p.months().size() > 1 || p.budget() != null || credits) {
            out.add(new Block.Paragraph("Month by month (cash: upfront payments in the month paid; amortised: spread over"
                    + " their term" + (credits ? "; cash is after free-plan credits" : "")
                    + (p.budget() != null ? "; budget left: " + budgetMeasure(p.budget()) : "") + "):"));
            out.add(MonthTable.of(p, credits));
        }
        List<String> totals = new ArrayList<>();
        totals.add("Total over " + p.months().size() + " months: " + money(p, p.total()) + " USD" + local(p, p.total(), currency)
                + "; annual (first 12 months): " + money(p, p.annual()) + " USD" + local(p, p.annual(), currency) + ".");
        if (p.budget() != null) {
            totals.add(p.budget().explanation());
        }
        if (credits) {
            totals.add(creditsSummary(p));
        }
        out.add(new Block.Bullets(totals));
        if (!p.complete()) {
            out.add(new Block.Paragraph("Not priced (excluded from every total above):"));
            out.add(new Block.Bullets(notPriced(p)));
        }
    }

    /**
     * Each unpriced charge once; a ladder priced in part once per month, naming the month, since the quantity above
     * the catalog's last tier changes with the workload.
     */
    private static List<String> notPriced(Projection p) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (MonthCost m : p.months()) {
            for (UnpricedCharge u : m.unpriced()) {
                out.add(u.component() + ": " + u.label() + (u.partial() ? ", month " + m.month() + " (" + m.calendarMonth()
                        + ")" : "") + ". " + u.reason());
            }
        }
        return new ArrayList<>(out);
    }

    private static String budgetMeasure(BudgetVerdict v) {
        return switch (v.budget().period()) {
            case MONTH -> "the monthly limit less the month's cash";
            case YEAR -> "the annual limit less the year to date (years start in months 1, 13, 25 ...)";
            case TOTAL -> "the limit over the horizon less the cumulative cash";
        };
    }

    private static String creditsSummary(Projection p) {
        Money used = Money.ZERO;
        for (MonthCost mc : p.months()) {
            used = used.plus(mc.creditsUsed());
        }
        MonthCost last = p.months().get(p.months().size() - 1);
        String expired = "";
        for (int i = 1; i < p.months().size(); i++) {
            MonthCost before = p.months().get(i - 1);
            MonthCost now = p.months().get(i);
            if (before.creditsLeft().compareTo(Money.ZERO) > 0 && now.creditsLeft().compareTo(Money.ZERO) == 0
                    && now.creditsUsed().compareTo(before.creditsLeft()) < 0) {
                expired = "; " + Numbers.money(before.creditsLeft().minus(now.creditsUsed())) + " USD expired unused in month "
                        + now.month() + " (" + now.calendarMonth() + ")";
            }
        }
        return "Free-plan credits: " + Numbers.money(used) + " USD used over " + p.months().size() + " months"
                + (expired.isEmpty() ? ", " + Numbers.money(last.creditsLeft()) + " USD left after month " + last.month()
                : expired) + ".";
    }

    /** Each workload driver that changes over the horizon, month by month; with --explain, how each was computed. */
    private static void workload(List<Block> out, Report r, RenderOptions o) {
        List<Map.Entry<Driver, Series>> varying = r.scenario().workload().drivers().entrySet().stream()
                .filter(e -> e.getValue().varies()).toList();
        if (varying.isEmpty()) {
            return;
        }
        int horizon = r.scenario().horizonMonths();
        out.add(new Block.Heading(2, "Workload month by month"));
        List<String> headers = new ArrayList<>(List.of("Month"));
        varying.forEach(e -> headers.add(e.getKey().specName() + " (" + e.getKey().unit() + ")"));
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        List<List<String>> rows = new ArrayList<>();
        for (int m = 1; m <= horizon; m++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(m)));
            for (Map.Entry<Driver, Series> e : varying) {
                row.add(Numbers.quantity(e.getValue().valueAt(m)));
            }
            rows.add(row);
        }
        out.add(new Block.Table(headers, right, rows));
        if (o.explain()) {
            out.add(new Block.Paragraph("How each month's workload was computed:"));
            List<String> lines = new ArrayList<>();
            for (Map.Entry<Driver, Series> e : varying) {
                lines.add(e.getKey().specName() + ": " + e.getValue().describe() + ".");
                for (int m = 1; m <= horizon; m++) {
                    lines.add(e.getKey().specName() + ", month " + m + ": " + e.getValue().explain(m) + ".");
                }
            }
            out.add(new Block.Bullets(lines));
        }
    }

    /** What --explain says of a charge it cannot price: how much is missing, and why. */
    static String explain(UnpricedCharge u) {
        return u.component() + ", " + u.label() + ": NOT PRICED"
                + (u.partial() ? " (" + Numbers.quantity(u.quantity()) + " " + u.unit() + ")" : "") + ". " + u.reason();
    }

    /** How a line was computed, with its figures as the line items' table shows them. */
    private static String explain(LineItem l, String quantity, String price, String free, String cost) {
        StringBuilder sb = new StringBuilder(512); // a line's explanation runs to some hundreds of characters
        sb.append(l.component()).append(", ").append(l.label()).append(": (").append(quantity)
                .append(" - ").append(free).append(" free) x ")
                .append(price).append(" USD/").append(l.unit()).append(" = ")
                .append(l.exactCost().amount().stripTrailingZeros().toPlainString()).append(" -> ")
                .append(cost).append(" USD. Quantity: ").append(l.formula()).append('.');
        if (l.freeNote() != null) {
            sb.append(" Free: ").append(l.freeNote()).append('.');
        }
        sb.append(" Price: ").append(l.priceDescription());
        sb.append(" (source: ").append(l.priceSource());
        if (l.priceAsOf() != null) {
            sb.append(", read ").append(l.priceAsOf());
        }
        if (l.priceGrade() != null) {
            sb.append(", grade ").append(l.priceGrade().id());
        }
        sb.append(").");
        return sb.toString();
    }
}

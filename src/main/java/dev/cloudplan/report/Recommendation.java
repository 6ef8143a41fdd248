package dev.cloudplan.report;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison's answer in words: the cheapest architecture that is wholly priced, carries the load in every month and
 * fits the budget, and why each other one is not it; then every month's cost side by side with its difference from
 * that one.
 */
final class Recommendation {
    /** How the verdict starts: the HTML report sets it apart. */
    static final String RECOMMENDED = "Recommended: ";

    private Recommendation() {}

    /** The recommended architecture, or null when none is complete, within capacity and within the budget. */
    static Projection pick(Report r) {
        return r.ranking().stream().filter(Recommendation::qualifies).findFirst().orElse(null);
    }

    private static boolean qualifies(Projection p) {
        return p.complete() && !p.overCapacity() && (p.budget() == null || Boolean.TRUE.equals(p.budget().fits()));
    }

    /** The heading, the verdict and a line for each architecture left out. */
    static List<Block> blocks(Report r) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(2, "Summary and recommendation"));
        Projection best = pick(r);
        boolean budget = r.projections().stream().anyMatch(p -> p.budget() != null);
        int n = r.scenario().horizonMonths();
        if (best == null) {
            out.add(new Block.Paragraph("No recommendation: none of the " + r.projections().size() + " architectures is"
                    + " wholly priced, carries the load in every month" + (budget ? " and fits the budget" : "")
                    + ". What stops each one:"));
        } else {
            String why = RECOMMENDED + best.architecture() + ", the cheapest architecture that is wholly priced,"
                    + " carries the load in every month" + (budget ? " and fits the budget (" + best.budget()
                    .budget().describe() + ")" : "") + ": " + Numbers.money(best.total()) + " USD over " + n + " months, "
                    + Numbers.money(Report.averageMonth(best)) + " USD a month on average.";
            Projection next = r.ranking().stream().filter(p -> p != best && qualifies(p)).findFirst().orElse(null);
            if (next != null) {
                why += " The next that qualifies, " + next.architecture() + ", costs " + Numbers.money(next.total()
                        .minus(best.total())) + " USD more over the horizon.";
            }
            if (best.capacity().stream().allMatch(plan -> plan.checks().isEmpty())) {
                why += " Its capacity is not checked: none of its components has a documented limit.";
            }
            out.add(new Block.Paragraph(why + (budget ? "" : " The spec states no budget, so none is checked.")));
        }
        List<String> left = new ArrayList<>();
        for (Projection p : r.ranking()) {
            if (!qualifies(p)) {
                left.add(p.architecture() + ": " + String.join("; ", reasons(p)) + ".");
            }
        }
        if (!left.isEmpty()) {
            if (best != null) {
                out.add(new Block.Paragraph("Not recommended:"));
            }
            out.add(new Block.Bullets(left));
        }
        return out;
    }

    private static List<String> reasons(Projection p) {
        List<String> out = new ArrayList<>();
        if (!p.complete()) {
            out.add("incomplete, a price is missing (its total, at least " + Numbers.money(p.total())
                    + " USD, is a lower bound)");
        }
        for (MonthPlan plan : p.capacity()) {
            CapacityCheck over = plan.firstOver();
            if (over != null) {
                out.add("over capacity from month " + plan.month() + " (" + over.component() + " " + over.resource() + " "
                        + over.ofLimit() + ")");
                break;
            }
        }
        if (p.budget() != null && Boolean.FALSE.equals(p.budget().fits())) {
            out.add("over the budget from month " + p.budget().firstMonthOver());
        } else if (p.budget() != null && p.budget().fits() == null) {
            out.add("whether it fits the budget is unknown (incomplete)");
        }
        return out;
    }

    /**
     * Each month's cash cost of every architecture, then each one's difference from the recommended one (or, with no
     * recommendation, the first of the ranking); an incomplete figure is a lower bound, marked >=.
     */
    static List<Block> monthByMonth(Report r) {
        List<Projection> ps = r.ranking();
        Projection best = pick(r);
        Projection ref = best != null ? best : ps.get(0);
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(2, "Month by month, side by side"));
        out.add(new Block.Paragraph("Cash cost per month in USD; each difference is against " + ref.architecture()
                + (ref == best ? " (recommended)" : " (first of the ranking)") + ": positive when it costs more."
                + (ps.stream().anyMatch(p -> !p.complete()) ? " >= marks a lower bound (a price is missing);"
                + " a difference from one is a lower bound too." : "")));
        List<String> headers = new ArrayList<>(List.of("Month", "Calendar"));
        ps.forEach(p -> headers.add(p.architecture()));
        ps.stream().filter(p -> p != ref).forEach(p -> headers.add(p.architecture() + " - " + ref.architecture()));
        List<List<String>> rows = new ArrayList<>();
        int n = ref.months().size();
        for (int m = 0; m < n; m++) {
            int i = m;
            List<String> row = new ArrayList<>(List.of(String.valueOf(m + 1), ref.months().get(m).calendarMonth().toString()));
            ps.forEach(p -> row.add(cost(p, p.months().get(i))));
            MonthCost mr = ref.months().get(i);
            ps.stream().filter(p -> p != ref).forEach(p -> {
                MonthCost mp = p.months().get(i);
                row.add(difference(mp.unpriced().isEmpty(), mr.unpriced().isEmpty(), mp.total(), mr.total()));
            });
            rows.add(row);
        }
        rows.add(null);
        List<String> total = new ArrayList<>(List.of("", "Total"));
        ps.forEach(p -> total.add((p.complete() ? "" : ">= ") + Numbers.money(p.total())));
        ps.stream().filter(p -> p != ref).forEach(p -> total.add(difference(p.complete(), ref.complete(), p.total(), ref.total())));
        rows.add(total);
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        right[1] = false;
        out.add(new Block.Table(headers, right, rows));
        return out;
    }

    private static String cost(Projection p, MonthCost m) {
        return (m.unpriced().isEmpty() ? "" : ">= ") + Numbers.money(m.total());
    }

    /** A lower bound less a known cost is a lower bound; a known cost less a lower bound says nothing. */
    private static String difference(boolean complete, boolean refComplete, Money cost, Money refCost) {
        if (!refComplete) {
            return "unknown";
        }
        return (complete ? "" : ">= ") + signed(cost.minus(refCost));
    }

    private static String signed(Money m) {
        return (m.amount().signum() > 0 ? "+" : "") + Numbers.money(m);
    }
}

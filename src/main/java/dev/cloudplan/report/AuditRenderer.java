package dev.cloudplan.report;

import dev.cloudplan.core.audit.Cause;
import dev.cloudplan.core.audit.Claim;
import dev.cloudplan.core.audit.Figures;
import dev.cloudplan.core.audit.Finding;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.BudgetMonth;
import dev.cloudplan.core.projection.BudgetVerdict;
import dev.cloudplan.core.projection.Projection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An audit as a write-up: Markdown (the seed documents are this output, byte for byte) or a terminal table. The
 * figures in it are all computed; only the claims file's prose and the estimate's own words are copied.
 */
public final class AuditRenderer {
    private static final List<String> HEADERS = List.of("item", "seed", "cloudplan", "difference", "cause",
            "why they differ");

    private AuditRenderer() {}

    public static String markdown(AuditReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(r.document().title()).append("\n\n");
        sb.append(intro(r)).append("\n\n");
        for (AuditReport.Part part : r.parts()) {
            if (part.heading() != null) {
                sb.append("## ").append(part.heading()).append("\n\n");
            }
            if (part instanceof AuditReport.Text t && t.text() != null) {
                sb.append(t.text().strip()).append("\n\n");
            } else if (part instanceof AuditReport.Summary s) {
                sb.append(markdownTable(summaryHeaders(s), summaryRows(s))).append('\n');
            } else if (part instanceof AuditReport.Findings f) {
                if (f.intro() != null) {
                    sb.append(f.intro().strip()).append("\n\n");
                }
                List<List<String>> rows = new ArrayList<>();
                for (Finding x : f.findings()) {
                    List<String> row = new ArrayList<>(cells(x, r.document().month()));
                    row.add(why(x));
                    rows.add(row);
                }
                sb.append(markdownTable(HEADERS, rows)).append('\n');
            } else if (part instanceof AuditReport.Run run) {
                sb.append("`./cloudplan ").append(run.command()).append("`:\n\n");
                sb.append(run.fence() ? "```\n" + run.output().stripTrailing() + "\n```" : run.output().strip())
                        .append("\n\n");
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** The same sections for a terminal: tables aligned, each finding's reasons listed under its table. */
    public static String table(AuditReport r) {
        StringBuilder sb = new StringBuilder();
        String title = "Audit: " + r.document().title();
        sb.append(title).append('\n').append("=".repeat(title.length())).append('\n').append(intro(r)).append("\n\n");
        for (AuditReport.Part part : r.parts()) {
            if (part.heading() != null) {
                sb.append(part.heading()).append('\n').append("-".repeat(part.heading().length())).append('\n');
            }
            if (part instanceof AuditReport.Text t && t.text() != null) {
                sb.append(t.text().strip()).append('\n');
            } else if (part instanceof AuditReport.Summary s) {
                sb.append(textTable(summaryHeaders(s), summaryRows(s), false));
            } else if (part instanceof AuditReport.Findings f) {
                if (f.intro() != null) {
                    sb.append(f.intro().strip()).append('\n');
                }
                List<List<String>> rows = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                int n = 1;
                for (Finding x : f.findings()) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(n)));
                    row.addAll(cells(x, r.document().month()));
                    rows.add(row);
                    reasons.add(n++ + ". " + why(x));
                }
                List<String> headers = new ArrayList<>(List.of("#"));
                headers.addAll(HEADERS.subList(0, HEADERS.size() - 1));
                sb.append(textTable(headers, rows, true)).append(String.join("\n", reasons)).append('\n');
            } else if (part instanceof AuditReport.Run run) {
                sb.append("$ cloudplan ").append(run.command()).append('\n').append(run.output().stripTrailing())
                        .append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static String intro(AuditReport r) {
        return (r.document().source() != null ? "Audited: " + r.document().source() + ". " : "")
                + "cloudplan's figures are from `" + r.document().spec() + "` priced with the catalog '"
                + r.catalog().name() + "' of " + r.catalog().date() + ". Every figure in the tables is computed, none typed: `./cloudplan audit "
                + r.claimsFile() + " --format markdown` writes this write-up.";
    }

    /** item, seed, cloudplan, difference, cause. */
    static List<String> cells(Finding f, int defaultMonth) {
        Claim c = f.claim();
        String item = c.item() + (c.period().equals(Claim.Period.month(defaultMonth)) ? ""
                : " (" + c.period().describe() + ")");
        String seed = f.unclaimed() ? "not counted" : c.totalSpread().signum() > 0 ? range(c)
                : f.claimed() != null ? Figures.usd(f.claimed())
                : c.withinBudget() != null ? (c.withinBudget() ? "within budget" : "over budget")
                : f.seedArithmetic();
        if (c.quote() != null) {
            seed += " (\"" + c.quote() + "\")";
        }
        String difference = f.difference() != null ? Figures.signed(f.difference()) : "-";
        return List.of(item, seed, f.cloudplan() == null ? "NOT PRICED" : Figures.usd(f.cloudplan()), difference,
                causes(f));
    }

    /** A claimed range as written: {@code $15.00-$25.00}. */
    static String range(Claim c) {
        return Figures.usd(dev.cloudplan.core.money.Money.of(c.total().subtract(c.totalSpread()))) + "-"
                + Figures.usd(dev.cloudplan.core.money.Money.of(c.total().add(c.totalSpread())));
    }

    /** The causes in order of their money: "a free tier that does not apply; rounding". */
    static String causes(Finding f) {
        return String.join("; ", f.parts().stream().map(p -> p.cause().words()).distinct().toList());
    }

    /** Both sides' arithmetic, each cause's share, then the claims file's note. */
    static String why(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append("Seed: ").append(f.seedArithmetic()).append(". cloudplan: ").append(f.cloudplanArithmetic())
                .append('.');
        if (f.parts().size() > 1 || f.parts().get(0).cause() != Cause.AGREES) {
            for (Finding.Part p : f.parts()) {
                sb.append(' ').append(capital(p.cause().words())).append(p.cause() == Cause.VERDICT ? ": "
                        : " (" + Figures.signed(p.amount()) + "): ").append(p.why()).append('.');
            }
        }
        if (f.claim().note() != null) {
            sb.append(' ').append(f.claim().note().strip());
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> summaryHeaders(AuditReport.Summary s) {
        List<String> out = new ArrayList<>(List.of("architecture"));
        s.months().forEach(m -> out.add("month " + m));
        out.addAll(List.of("first year (with fees)", "budget"));
        return out;
    }

    /** Complete architectures cheapest first by their first year, incomplete ones after (their totals are floors). */
    private static List<List<String>> summaryRows(AuditReport.Summary s) {
        List<Projection> sorted = new ArrayList<>(s.projections());
        sorted.sort(Comparator.comparing((Projection p) -> !p.complete()).thenComparing(Projection::annual));
        List<List<String>> rows = new ArrayList<>();
        for (Projection p : sorted) {
            String floor = p.complete() ? "" : ">= ";
            List<String> row = new ArrayList<>(List.of(p.architecture()));
            s.months().forEach(m -> row.add(floor + Figures.usd(p.months().get(m - 1).total())));
            row.add(floor + Figures.usd(p.annual()));
            row.add(budget(p.budget()));
            rows.add(row);
        }
        return rows;
    }

    private static String budget(BudgetVerdict v) {
        if (v == null) {
            return "no budget";
        }
        if (v.firstMonthOver() != null) {
            BudgetMonth first = v.months().get(v.firstMonthOver() - 1);
            return "exceeded in month " + v.firstMonthOver() + " (" + Figures.usd(first.spent()) + " against "
                    + Figures.usd(first.limit()) + ")";
        }
        if (v.fits() == null) {
            return "unknown: the priced part fits, some charges are not priced";
        }
        Money least = v.months().stream().map(BudgetMonth::left).min(Comparator.naturalOrder()).orElse(Money.ZERO);
        return "within (at least " + Figures.usd(least) + " left)";
    }

    private static String markdownTable(List<String> headers, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> sb.append("---|"));
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")
                    .replace("\n", " ")).toList())).append(" |\n");
        }
        return sb.toString();
    }

    private static String textTable(List<String> headers, List<List<String>> rows, boolean numbered) {
        boolean[] right = new boolean[headers.size()];
        int offset = numbered ? 1 : 0;
        for (int i = 0; i < right.length; i++) {
            right[i] = i == 0 && numbered || i == 2 + offset || i == 3 + offset;
        }
        TextTable t = new TextTable(headers, right);
        rows.forEach(r -> t.row(r.toArray(String[]::new)));
        return t.render();
    }
}

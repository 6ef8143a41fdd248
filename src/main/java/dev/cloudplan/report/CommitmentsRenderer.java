package dev.cloudplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.commitment.BestShare;
import dev.cloudplan.core.commitment.CommitmentAnalysis.ComponentCommitments;
import dev.cloudplan.core.commitment.CommitmentAnalysis.Missing;
import dev.cloudplan.core.commitment.CommitmentAnalysis.Priced;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.projection.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** {@code cloudplan commitments} in every format but HTML: table and Markdown share one layout; JSON and CSV are lossless. */
public final class CommitmentsRenderer {
    private static final List<String> CSV_COLUMNS = List.of("architecture", "component", "type", "instance_type",
            "option", "status", "group", "unit", "on_demand_hourly", "recurring_hourly", "upfront_each", "effective_hourly",
            "break_even_utilisation", "utilisation", "payback_month_full_use", "term_months", "floor", "max_peak",
            "best_committed", "cash_on_demand", "cash_best", "cash_all_committed", "payback_month_best",
            "best_amortised_committed", "amortised_on_demand", "amortised_best", "staggered_cash", "staggered_amortised",
            "note");
    private static final MathContext SHOWN = new MathContext(4);
    /** A Savings Plan's unit: USD an hour of on-demand spend. */
    private static final String SPEND = "USD/h";
    /** Units counted whole, shown as a bare count as before. */
    private static final List<String> COUNTED = List.of("instance", "node");

    /** What the command found, for one spec. */
    public record Report(Scenario scenario, CatalogInfo catalog, List<ComponentCommitments> components) {
        public Report {
            components = List.copyOf(components);
        }
    }

    private CommitmentsRenderer() {}

    public static String render(Report r, Format format) {
        return BlockFormats.render(format, () -> blocks(r), () -> json(r), () -> csv(r), List::of);
    }

    static List<Block> blocks(Report r) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, "Commitments: " + r.scenario().name()));
        out.add(new Block.Paragraph("Region " + r.scenario().region() + ", " + r.scenario().horizonMonths()
                + " months from " + r.scenario().start() + ", USD, list prices without free tiers. Each commitment is"
                + " priced from catalog '" + r.catalog().name() + "' (read " + r.catalog().date() + ") or the spec's"
                + " stated prices against the component's own on-demand rate; the fleet is the estimate's, month by"
                + " month (count: auto at its peak and off-peak counts). Committed instances are bought in month 1,"
                + " renewed at each term's end within the horizon, and paid for every hour, running or not."));
        String architecture = null;
        for (ComponentCommitments c : r.components()) {
            if (!c.architecture().equals(architecture)) {
                architecture = c.architecture();
                out.add(new Block.Heading(2, architecture));
            }
            out.addAll(component(c));
        }
        out.add(new Block.Paragraph("Break-even use = (recurring hourly + upfront / term hours) / on-demand hourly:"
                + " the share of the term's hours an instance must run for the commitment to cost what on-demand costs."
                + " Payback = the first month whose cumulative cash (upfront + recurring) is at most on-demand's, for one"
                + " instance running every hour. Best = the number of instances to commit that makes the horizon's cash"
                + " cheapest (every number from 0 to the largest peak priced; ties go to fewer), the rest on demand."));
        if (r.components().stream().flatMap(c -> c.priced().stream()).anyMatch(p -> !COUNTED.contains(p.unit()))) {
            out.add(new Block.Paragraph("Capacity units (RCU, WCU) and Savings Plans (USD/h: one unit is 1 USD an hour"
                    + " of on-demand spend covered, its effective rate the plan's rate / the on-demand rate) are priced at"
                    + " none and at every level the estimate holds in some hour; the horizon's cost is linear between two"
                    + " levels, so the cheapest amount is one of them."));
        }
        return out;
    }

    private static List<Block> component(ComponentCommitments c) {
        List<Block> out = new ArrayList<>();
        String head = c.component() + " (" + c.type() + (c.unitType() != null ? ", " + c.unitType() : "")
                + (c.purchase() != null ? ", " + c.purchase() + " in the spec" : "") + ")";
        List<String> bullets = new ArrayList<>();
        if (c.priced().isEmpty() && c.missing().isEmpty()) {
            out.add(new Block.Paragraph(head + ": " + c.note() + "."));
            return out;
        }
        out.add(new Block.Paragraph(head + ": " + c.priced().size() + " commitment" + (c.priced().size() == 1 ? "" : "s")
                + " priced, " + c.missing().size() + " NOT PRICED." + (c.note() != null ? " Note: " + c.note() + "." : "")));
        if (!c.priced().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Priced p : c.priced()) {
                BestShare s = p.share();
                rows.add(List.of(p.option().toString() + (p.group().contains("replica") ? " (replicas)" : "") + counted(p),
                        Numbers.unitPrice(p.rates().onDemandHourly()), p.unit().equals(SPEND)
                                ? shown(p.rates().recurringHourly()) : Numbers.unitPrice(p.rates().recurringHourly()),
                        Numbers.money(Money.of(p.rates().upfrontEach())), shown(p.rates().effectiveHourly()),
                        Decimals.percent(p.rates().breakEvenUtilisation().round(SHOWN)),
                        Decimals.percent(p.utilisation().round(SHOWN)),
                        p.paybackFullUse() == null ? "never" : "month " + p.paybackFullUse(),
                        amount(p, s.best().committed()) + " of " + amount(p, s.allCommitted().committed()) + " (floor "
                                + amount(p, s.floor()) + ")",
                        Numbers.money(Money.of(s.onDemand().cash())), Numbers.money(Money.of(s.best().cash())),
                        Numbers.money(Money.of(s.allCommitted().cash())),
                        amount(p, s.bestAmortised().committed()) + ": "
                                + Numbers.money(Money.of(s.bestAmortised().amortised()))));
            }
            out.add(new Block.Table(List.of("commitment", "on-demand/h", "recurring/h", "upfront", "effective/h",
                    "break-even use", "fleet use", "payback", "best commit", "cash: on-demand", "best", "all committed",
                    "amortised best"), new boolean[] {false, true, true, true, true, true, true, true, true, true, true,
                    true, true}, rows));
            for (Priced p : c.priced()) {
                bullets.add(sentence(p));
            }
        }
        if (!c.missing().isEmpty()) {
            List<String> names = c.missing().stream().map(m -> m.option().toString()).toList();
            Missing first = c.missing().get(0);
            bullets.add("NOT PRICED (no rate in this catalog): " + String.join(", ", names) + ". To price one, state its"
                    + " rate under prices: with the key the estimate asks for, e.g. {service: " + first.key().service()
                    + ", charge: " + first.key().charge() + ", attributes: {" + attributes(first.key()) + "}, unit: " + first.unit() + ", usd: RATE, source: WHERE,"
                    + " as_of: DATE}" + upfront(c.missing()) + ".");
        }
        out.add(new Block.Bullets(bullets));
        return out;
    }

    /** The best share in words: what to commit, what it saves, when it pays back, inside the horizon and term or not. */
    static String sentence(Priced p) {
        BestShare s = p.share();
        BestShare.Option b = s.best();
        String what = p.option() + (p.group().contains("replica") ? " (read replicas)" : "") + counted(p);
        if (b.committed().signum() == 0) {
            return what + ": committing any costs more over the horizon than on-demand ("
                    + Numbers.money(Money.of(s.allCommitted().cash())) + " all committed against "
                    + Numbers.money(Money.of(s.onDemand().cash())) + " USD cash): commit none." + staggered(p);
        }
        BigDecimal saving = s.onDemand().cash().subtract(b.cash());
        int term = p.rates().termMonths();
        return what + ": commit " + amount(p, b.committed()) + " of " + amount(p, s.allCommitted().committed())
                + " (the floor is " + amount(p, s.floor()) + "): " + Numbers.money(Money.of(b.cash())) + " USD cash over the horizon against "
                + Numbers.money(Money.of(s.onDemand().cash())) + " on demand, saving " + Numbers.money(Money.of(saving))
                + (b.paybackMonth() == null ? "; its cumulative cash is never below on-demand's within the horizon"
                        : "; paid back in month " + b.paybackMonth() + (b.paybackMonth() <= term ? ", inside the "
                                + term + "-month term" : ", after the " + term + "-month term"))
                + horizon(p, b.committed()) + "; amortised, " + unitNoun(p) + " saves from its first month when it"
                + (p.unit().equals(SPEND) ? " is used" : " runs") + " more than "
                + Decimals.percent(p.rates().breakEvenUtilisation().round(SHOWN)) + " of the hours." + staggered(p);
    }

    /** Bought year by year as the floor grows, when it does: the purchases and their horizon. */
    private static String staggered(Priced p) {
        BestShare.Staggered st = p.share().staggered();
        if (st.tranches().size() < 2) {
            return "";
        }
        List<String> buys = new ArrayList<>();
        for (BestShare.Tranche t : st.tranches()) {
            buys.add((buys.isEmpty() ? "" : "+") + amount(p, t.amount()) + " in month " + t.month());
        }
        return " Bought year by year at each year's floor (" + String.join(", ", buys) + "): "
                + Numbers.money(Money.of(st.cash())) + " USD cash, " + Numbers.money(Money.of(st.amortised()))
                + " amortised.";
    }

    private static String horizon(Priced p, BigDecimal committed) {
        return committed.compareTo(p.share().bestAmortised().committed()) == 0 ? "" : "; amortised, "
                + amount(p, p.share().bestAmortised().committed()) + " would be best ("
                + Numbers.money(Money.of(p.share().bestAmortised().amortised())) + ")";
    }

    /** An amount committed in the group's unit: whole instances or nodes as a count, else with the unit. */
    private static String amount(Priced p, BigDecimal v) {
        if (p.unit().equals(SPEND)) {
            return shown(v) + " " + SPEND;
        }
        String n = plain(v);
        return COUNTED.contains(p.unit()) ? n : n + " " + p.unit();
    }

    /** The group a row is for, when the unit is not the component's instances: " (RCU)", " (USD/h)". */
    private static String counted(Priced p) {
        return COUNTED.contains(p.unit()) ? "" : " (" + p.unit() + ")";
    }

    private static String unitNoun(Priced p) {
        return switch (p.unit()) {
            case "instance" -> "an instance";
            case "node" -> "a node";
            case SPEND -> "each committed USD/h of on-demand spend";
            default -> "a committed " + p.unit();
        };
    }

    /** How to state an upfront fee: its charge alone when its attributes are the hourly rate's, else its whole key. */
    private static String upfront(List<Missing> missing) {
        Missing m = missing.stream().filter(x -> x.upfront() != null).findFirst().orElse(null);
        if (m == null) {
            return "";
        }
        String charge = m.key().charge();
        String each = charge.equals("instance-hours") ? "instance" : charge.equals("node-hours") ? "node" : "unit";
        if (m.upfront().attributes().equals(m.key().attributes())) {
            return " (and charge: upfront, unit: Quantity, for the fee per " + each + " of an upfront option)";
        }
        return " and, for the fee per " + each + " of an upfront option, {service: " + m.upfront().service()
                + ", charge: upfront, attributes: {" + attributes(m.upfront()) + "}, unit: Quantity, usd: FEE, ...}";
    }

    private static String attributes(dev.cloudplan.core.catalog.PriceKey key) {
        return key.attributes().toString().replace("=", ": ").replace(";", ", ");
    }

    private static String shown(BigDecimal v) {
        return v.round(SHOWN).stripTrailingZeros().toPlainString();
    }

    private static String json(Report r) {
        ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
        root.put("kind", "commitments");
        root.put("catalog", r.catalog().name());
        root.put("catalog_date", r.catalog().date().toString());
        JsonRenderer.scenario(root, r.scenario());
        ArrayNode list = root.putArray("components");
        for (ComponentCommitments c : r.components()) {
            ObjectNode o = list.addObject();
            o.put("architecture", c.architecture());
            o.put("component", c.component());
            o.put("type", c.type());
            o.put("instance_type", c.unitType());
            o.put("purchase", c.purchase());
            o.put("note", c.note());
            ArrayNode priced = o.putArray("priced");
            for (Priced p : c.priced()) {
                ObjectNode po = priced.addObject();
                po.put("option", p.option().toString());
                po.put("group", p.group());
                po.put("unit", p.unit());
                po.put("on_demand_hourly", p.rates().onDemandHourly());
                po.put("recurring_hourly", p.rates().recurringHourly());
                po.put("upfront_each", p.rates().upfrontEach());
                po.put("term_months", p.rates().termMonths());
                po.put("effective_hourly", p.rates().effectiveHourly());
                po.put("break_even_utilisation", p.rates().breakEvenUtilisation());
                po.put("utilisation", p.utilisation());
                po.put("payback_month_full_use", p.paybackFullUse());
                po.put("floor", p.share().floor());
                po.put("best_committed", p.share().best().committed());
                po.put("best_amortised_committed", p.share().bestAmortised().committed());
                po.put("sentence", sentence(p));
                ObjectNode staggered = po.putObject("staggered");
                staggered.put("cash", p.share().staggered().cash());
                staggered.put("amortised", p.share().staggered().amortised());
                ArrayNode tranches = staggered.putArray("tranches");
                for (BestShare.Tranche t : p.share().staggered().tranches()) {
                    tranches.addObject().put("month", t.month()).put("amount", t.amount());
                }
                ArrayNode options = po.putArray("by_count");
                for (BestShare.Option x : p.share().options()) {
                    ObjectNode xo = options.addObject();
                    xo.put("committed", x.committed());
                    xo.put("cash", x.cash());
                    xo.put("amortised", x.amortised());
                    xo.put("payback_month", x.paybackMonth());
                }
            }
            ArrayNode missing = o.putArray("not_priced");
            for (Missing m : c.missing()) {
                ObjectNode mo = missing.addObject();
                mo.put("option", m.option().toString());
                mo.put("service", m.key().service());
                mo.put("charge", m.key().charge());
                mo.put("unit", m.unit());
                mo.put("attributes", m.key().attributes().toString());
            }
        }
        return JsonRenderer.write(root);
    }

    private static String csv(Report r) {
        List<List<String>> rows = new ArrayList<>();
        for (ComponentCommitments c : r.components()) {
            String unit = c.unitType() == null ? "" : c.unitType();
            if (c.priced().isEmpty() && c.missing().isEmpty()) {
                rows.add(row(c, unit, "", "none", List.of(), c.note()));
            }
            for (Priced p : c.priced()) {
                BestShare s = p.share();
                rows.add(row(c, unit, p.option().toString(), "priced", List.of(p.group(), p.unit(),
                        plain(p.rates().onDemandHourly()), plain(p.rates().recurringHourly()), plain(p.rates().upfrontEach()),
                        plain(p.rates().effectiveHourly()), plain(p.rates().breakEvenUtilisation()), plain(p.utilisation()),
                        p.paybackFullUse() == null ? "" : p.paybackFullUse().toString(),
                        String.valueOf(p.rates().termMonths()), plain(s.floor()),
                        plain(s.allCommitted().committed()), plain(s.best().committed()),
                        plain(s.onDemand().cash()), plain(s.best().cash()), plain(s.allCommitted().cash()),
                        s.best().paybackMonth() == null ? "" : s.best().paybackMonth().toString(),
                        plain(s.bestAmortised().committed()), plain(s.onDemand().amortised()),
                        plain(s.bestAmortised().amortised()), plain(s.staggered().cash()),
                        plain(s.staggered().amortised())), c.note()));
            }
            for (Missing m : c.missing()) {
                rows.add(row(c, unit, m.option().toString(), "not_priced", List.of(), "no rate for " + m.key().service()
                        + " " + m.key().charge() + " [" + m.key().attributes() + "]"));
            }
        }
        return Csv.write(CSV_COLUMNS, rows);
    }

    private static List<String> row(ComponentCommitments c, String unit, String option, String status,
            List<String> numbers, String note) {
        List<String> row = new ArrayList<>(List.of(c.architecture(), c.component(), c.type(), unit, option, status));
        row.addAll(numbers);
        while (row.size() < CSV_COLUMNS.size() - 1) {
            row.add("");
        }
        row.add(note == null ? "" : note);
        return row;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

package dev.cloudplan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.decision.Overtake;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.money.Currency;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.BudgetMonth;
import dev.cloudplan.core.projection.BudgetVerdict;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.UnpricedCharge;
import java.math.BigDecimal;

/** The lossless form of a report; its contract is docs/json-output.md. */
public final class JsonRenderer implements Renderer {
    /** Plain decimals, indented: shared by every JSON document cloudplan writes. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Override
    public String render(Report report, RenderOptions options) {
        return write(tree(report));
    }

    /** A document as text, ending with a new line. */
    public static String write(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        head(root, report.catalog(), report.catalogAgeDays());
        Currency local = report.scenario().currency();
        if (local != null) {
            ObjectNode c = root.putObject("local_currency");
            c.put("code", local.code());
            c.put("per_usd", local.perUsd());
            c.put("as_of", local.asOf().toString());
            c.put("source", "stated in the spec");
        }
        ObjectNode scenario = scenario(root, report.scenario());
        ArrayNode workload = scenario.putArray("workload");
        report.scenario().workload().drivers().forEach((driver, series) -> {
            ObjectNode d = workload.addObject();
            d.put("driver", driver.specName());
            d.put("unit", driver.unit());
            d.put("description", series.describe());
            ArrayNode months = d.putArray("months");
            for (int m = 1; m <= report.scenario().horizonMonths(); m++) {
                ObjectNode mo = months.addObject();
                mo.put("month", m);
                mo.put("value", series.valueAt(m));
                mo.put("derivation", series.explain(m));
            }
        });
        ArrayNode assumptions = root.putArray("assumptions");
        report.assumptions().forEach(assumptions::add);
        com.fasterxml.jackson.databind.node.ObjectNode provenance = root.putObject("lines_by_grade");
        report.linesByGrade().forEach((g, n) -> provenance.put(g.id(), n));
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        ArrayNode architectures = root.putArray("architectures");
        for (Projection p : report.projections()) {
            architectures.add(architecture(p, local));
        }
        ArrayNode ranking = root.putArray("ranking");
        for (Projection p : report.ranking()) {
            ObjectNode r = ranking.addObject();
            r.put("name", p.architecture());
            r.put("total", cents(p.total()));
            r.put("annual", cents(p.annual()));
            r.put("complete", p.complete());
            r.put("ranked", p.complete());
            r.putPOJO("rank", report.rank(p));
        }
        root.put("ranking_note", report.rankingNote());
        if (report.comparison()) {
            ArrayNode overtakes = root.putArray("overtakes");
            for (Overtake t : Overtake.find(report.projections())) {
                ObjectNode o = overtakes.addObject();
                o.put("overtaker", t.overtaker());
                o.put("overtaken", t.overtaken());
                o.put("month", t.month());
                o.put("calendar_month", t.calendarMonth().toString());
                o.put("overtaker_cumulative", cents(t.overtakerCumulative()));
                o.put("overtaken_cumulative", cents(t.overtakenCumulative()));
                o.put("sentence", Layout.overtake(t));
            }
        }
        return root;
    }

    private static ObjectNode architecture(Projection p, Currency local) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("name", p.architecture());
        a.put("description", p.description());
        a.put("complete", p.complete());
        ArrayNode months = a.putArray("months");
        for (MonthCost m : p.months()) {
            ObjectNode mo = months.addObject();
            mo.put("month", m.month());
            mo.put("calendar_month", m.calendarMonth().toString());
            ArrayNode lines = mo.putArray("lines");
            m.lines().forEach(l -> lines.add(line(l)));
            mo.put("total", cents(m.total()));
            if (local != null) {
                mo.put("total_local", local.local(m.total()));
            }
            mo.put("amortised_total", cents(m.amortisedTotal()));
            mo.put("cumulative", cents(m.cumulative()));
            mo.put("credits_used", cents(m.creditsUsed()));
            mo.put("credits_left", cents(m.creditsLeft()));
            ArrayNode unpriced = mo.putArray("unpriced");
            m.unpriced().forEach(u -> unpriced.add(unpriced(u)));
            MonthPlan plan = p.capacity().get(m.month() - 1);
            CapacityReport.month(mo, plan);
        }
        a.put("over_capacity", p.overCapacity());
        a.put("total", cents(p.total()));
        a.put("amortised_total", cents(p.amortisedTotal()));
        a.put("annual", cents(p.annual()));
        if (local != null) {
            a.put("total_local", local.local(p.total()));
            a.put("annual_local", local.local(p.annual()));
        }
        BudgetVerdict v = p.budget();
        if (v == null) {
            a.putNull("budget");
        } else {
            ObjectNode b = a.putObject("budget");
            b.put("limit", cents(v.budget().limit()));
            b.put("period", v.budget().period().word());
            if (v.budget().currency() != null) {
                b.put("stated", v.budget().stated());
                b.put("stated_currency", v.budget().currency().code());
            }
            b.putPOJO("fits", v.fits());
            b.putPOJO("first_month_over", v.firstMonthOver());
            b.put("explanation", v.explanation());
            ArrayNode budgetMonths = b.putArray("months");
            for (BudgetMonth bm : v.months()) {
                ObjectNode o = budgetMonths.addObject();
                o.put("month", bm.month());
                o.put("spent", cents(bm.spent()));
                o.put("left", cents(bm.left()));
                o.put("over", bm.over());
            }
        }
        ArrayNode unpriced = a.putArray("unpriced");
        p.unpriced().forEach(u -> unpriced.add(unpriced(u)));
        ArrayNode assumptions = a.putArray("assumptions");
        p.assumptions().forEach(assumptions::add);
        return a;
    }

    private static ObjectNode line(LineItem l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("component", l.component());
        o.put("service", l.service());
        o.put("charge", l.label());
        o.put("charge_code", l.charge());
        o.put("quantity", l.quantity());
        o.put("unit", l.unit());
        o.put("unit_price", l.unitPrice());
        o.put("free_quantity", l.freeQuantity());
        o.put("cost", cents(l.cost()));
        o.put("exact_cost", l.exactCost().amount());
        o.put("formula", l.formula());
        o.put("free_note", l.freeNote());
        o.put("price_source", l.priceSource());
        o.put("price_grade", l.priceGrade() == null ? null : l.priceGrade().id());
        o.put("price_as_of", l.priceAsOf() == null ? null : l.priceAsOf().toString());
        o.put("price_description", l.priceDescription());
        o.put("amortise_months", l.amortiseMonths());
        return o;
    }

    private static ObjectNode unpriced(UnpricedCharge u) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("component", u.component());
        o.put("charge", u.label());
        o.put("reason", u.reason());
        o.put("quantity", u.quantity());
        o.put("unit", u.unit());
        o.put("priced_up_to", u.pricedUpTo());
        return o;
    }

    /** The catalog a report was priced with and its currency: every JSON document starts so (the sweep's too). */
    static void head(ObjectNode root, CatalogInfo catalog, long ageDays) {
        ObjectNode c = root.putObject("catalog");
        c.put("name", catalog.name());
        c.put("date", catalog.date().toString());
        c.put("source", catalog.source());
        c.put("age_days", ageDays);
        root.put("currency", "USD");
    }

    /** The scenario's name, region, horizon and start, under "scenario". */
    static ObjectNode scenario(ObjectNode root, Scenario s) {
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", s.name());
        scenario.put("region", s.region());
        scenario.put("horizon_months", s.horizonMonths());
        scenario.put("start", s.start().toString());
        return scenario;
    }

    private static BigDecimal cents(Money m) {
        return m.toCents().amount();
    }
}

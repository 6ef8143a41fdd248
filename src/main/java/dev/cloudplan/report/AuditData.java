package dev.cloudplan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.audit.Claim;
import dev.cloudplan.core.audit.Finding;
import dev.cloudplan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An audit for programs: JSON (every section, every finding with its parts) and CSV (one row per finding). */
public final class AuditData {
    private static final List<String> COLUMNS = List.of("section", "architecture", "rank", "item", "scope", "period",
            "claimed_usd", "cloudplan_usd", "difference_usd", "cause", "causes", "seed_arithmetic",
            "cloudplan_arithmetic", "quote", "note", "unclaimed");

    private AuditData() {}

    public static String json(AuditReport r) {
        ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
        root.put("title", r.document().title());
        root.put("source", r.document().source());
        root.put("spec", r.document().spec());
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("name", r.catalog().name());
        catalog.put("date", r.catalog().date().toString());
        ArrayNode sections = root.putArray("sections");
        for (AuditReport.Part part : r.parts()) {
            ObjectNode s = sections.addObject();
            s.put("heading", part.heading());
            if (part instanceof AuditReport.Text t) {
                s.put("kind", "text");
                s.put("text", t.text());
            } else if (part instanceof AuditReport.Summary sum) {
                s.put("kind", "summary");
                sum.months().forEach(s.putArray("months")::add);
            } else if (part instanceof AuditReport.Run run) {
                s.put("kind", "run");
                s.put("command", run.command());
            } else if (part instanceof AuditReport.Findings f) {
                s.put("kind", "claims");
                s.put("architecture", f.architecture());
                ArrayNode findings = s.putArray("findings");
                int rank = 1;
                for (Finding x : f.findings()) {
                    findings.add(finding(x, rank++));
                }
            }
        }
        return JsonRenderer.write(root);
    }

    private static ObjectNode finding(Finding f, int rank) {
        ObjectNode o = JsonRenderer.MAPPER.createObjectNode();
        Claim c = f.claim();
        o.put("rank", rank);
        o.put("item", c.item());
        o.put("scope", c.scope().name().toLowerCase(Locale.ROOT));
        ArrayNode components = o.putArray("components");
        c.components().forEach(components::add);
        o.put("period", c.period().describe());
        o.put("claimed_usd", f.claimed() == null ? null : f.claimed().amount());
        o.put("claimed_quantity", c.quantity());
        o.put("claimed_unit_price_usd", c.unitPrice());
        if (c.withinBudget() != null) {
            o.put("claimed_within_budget", c.withinBudget());
        }
        o.put("cloudplan_usd", f.cloudplan() == null ? null : f.cloudplan().toCents().amount());
        o.put("difference_usd", f.difference() == null ? null : f.difference().toCents().amount());
        o.put("money_usd", f.money().toCents().amount());
        o.put("cause", f.cause().id());
        ArrayNode parts = o.putArray("causes");
        for (Finding.Part p : f.parts()) {
            ObjectNode po = parts.addObject();
            po.put("cause", p.cause().id());
            po.put("words", p.cause().words());
            po.put("amount_usd", p.amount().toCents().amount());
            po.put("why", p.why());
        }
        o.put("seed_arithmetic", f.seedArithmetic());
        o.put("cloudplan_arithmetic", f.cloudplanArithmetic());
        o.put("quote", c.quote());
        o.put("note", c.note());
        o.put("unclaimed", f.unclaimed());
        return o;
    }

    public static String csv(AuditReport r) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (AuditReport.Part part : r.parts()) {
            if (part instanceof AuditReport.Findings f) {
                int rank = 1;
                for (Finding x : f.findings()) {
                    Claim c = x.claim();
                    rows.add(List.of(part.heading() == null ? "" : part.heading(), f.architecture(),
                            String.valueOf(rank++), c.item(), c.scope().name().toLowerCase(Locale.ROOT),
                            c.period().describe(), plain(x.claimed()), plain(x.cloudplan()), plain(x.difference()),
                            x.cause().id(), AuditRenderer.causes(x), x.seedArithmetic(), x.cloudplanArithmetic(),
                            c.quote() == null ? "" : c.quote(), c.note() == null ? "" : c.note(),
                            String.valueOf(x.unclaimed())));
                }
            }
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(Money m) {
        return m == null ? "" : m.toCents().amount().toPlainString();
    }
}

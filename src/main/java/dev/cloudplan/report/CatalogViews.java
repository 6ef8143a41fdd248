package dev.cloudplan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.catalogio.CatalogStore;
import dev.cloudplan.core.catalog.CatalogDiff;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Renders what the catalog commands show: the list of catalog versions, and the difference between two. */
public final class CatalogViews {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CatalogViews() {}

    /** The versions as a table, the active one marked, with their age. */
    public static String versionsTable(List<CatalogStore.Version> versions, LocalDate today, String directory) {
        TextTable t = new TextTable(List.of("", "NAME", "DATE", "AGE", "SOURCE"), false, false, false, true, false);
        for (CatalogStore.Version v : versions) {
            t.row(v.active() ? "*" : "", v.name(), v.info().date().toString(),
                    ChronoUnit.DAYS.between(v.info().date(), today) + " d", shorten(v.info().source(), 90));
        }
        return "Catalog versions (* = active; imported ones in " + directory + ")\n" + t.render();
    }

    /** The versions as the JSON array the contract names: name, date, active, and more. */
    public static String versionsJson(List<CatalogStore.Version> versions) {
        ArrayNode out = JSON.createArrayNode();
        for (CatalogStore.Version v : versions) {
            ObjectNode o = out.addObject();
            o.put("name", v.name());
            o.put("date", v.info().date().toString());
            o.put("active", v.active());
            o.put("source", v.info().source());
            o.put("path", v.path() == null ? null : v.path().toString());
        }
        return write(out);
    }

    public static String diffTable(String older, String newer, CatalogDiff diff) {
        StringBuilder sb = new StringBuilder();
        sb.append("Price changes from '").append(older).append("' to '").append(newer).append("': ")
                .append(diff.changes().size()).append(" changed, ").append(diff.added().size()).append(" added, ")
                .append(diff.removed().size()).append(" removed\n");
        if (!diff.changes().isEmpty()) {
            TextTable t = new TextTable(List.of("SERVICE", "REGION", "CHARGE", "ATTRIBUTES", "TIER FROM", "SKU", "OLD USD",
                    "NEW USD", "CHANGE", "UNIT"), false, false, false, false, true, false, true, true, true, false);
            for (CatalogDiff.Change c : diff.changes()) {
                Price p = c.after();
                BigDecimal pct = c.changePct();
                t.row(p.service(), p.region(), p.charge(), p.attributes().toString(), p.tierStart().toPlainString(),
                        p.sku(), c.before().usd().toPlainString(), p.usd().toPlainString(),
                        pct == null ? "from 0" : (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%", p.unit());
            }
            sb.append("\nChanged\n").append(t.render());
        }
        appendPrices(sb, "Added", diff.added());
        appendPrices(sb, "Removed", diff.removed());
        return sb.toString();
    }

    private static void appendPrices(StringBuilder sb, String title, List<Price> prices) {
        if (prices.isEmpty()) {
            return;
        }
        TextTable t = new TextTable(List.of("SERVICE", "REGION", "CHARGE", "ATTRIBUTES", "TIER FROM", "SKU", "USD", "UNIT"),
                false, false, false, false, true, false, true, false);
        for (Price p : prices) {
            t.row(p.service(), p.region(), p.charge(), p.attributes().toString(), p.tierStart().toPlainString(), p.sku(),
                    p.usd().toPlainString(), p.unit());
        }
        sb.append("\n").append(title).append("\n").append(t.render());
    }

    /** The diff as JSON: {@code changes}, {@code added}, {@code removed}, each an array of objects. */
    public static String diffJson(String older, String newer, CatalogDiff diff) {
        ObjectNode root = JSON.createObjectNode();
        root.put("old", older);
        root.put("new", newer);
        ArrayNode changes = root.putArray("changes");
        for (CatalogDiff.Change c : diff.changes()) {
            ObjectNode o = identity(changes.addObject(), c.after());
            o.put("old_price", c.before().usd());
            o.put("new_price", c.after().usd());
            o.put("change_pct", c.changePct());
            o.put("old_sku", c.before().sku());
        }
        ArrayNode added = root.putArray("added");
        diff.added().forEach(p -> identity(added.addObject(), p).put("price", p.usd()));
        ArrayNode removed = root.putArray("removed");
        diff.removed().forEach(p -> identity(removed.addObject(), p).put("price", p.usd()));
        return write(root);
    }

    /** Every price as JSON: what identifies it, its amount, unit, tier, date and source. */
    /**
     * Rows by provenance grade for each service and region (docs/catalog.md, "Provenance"), with the totals per grade.
     */
    public static String gradeTable(List<Price> prices) {
        TextTable t = new TextTable(List.of("SERVICE", "REGION", "PRICE-LIST", "PRICE-LIST-MIRROR", "TRANSCRIBED", "TOTAL"),
                false, false, true, true, true, true);
        // A tab sorts below every character of a service code, so the keys order by service, then region.
        Grade.tally(prices, p -> p.service() + "\t" + p.region(), Price::grade)
                .forEach((k, c) -> t.row(gradeRow(k.substring(0, k.indexOf('\t')), k.substring(k.indexOf('\t') + 1), c)));
        Grade.tally(prices, p -> "all", Price::grade).forEach((k, c) -> t.rule().row(gradeRow(k, "", c)));
        return "Prices by provenance grade (price-list: read from an AWS offer file by cloudplan;"
                + " price-list-mirror: a generated copy in a public repository; transcribed: two agreeing copies;"
                + " see docs/catalog.md):\n" + t.render();
    }

    private static String[] gradeRow(String service, String region, java.util.Map<Grade, Integer> c) {
        List<String> row = new java.util.ArrayList<>(List.of(service, region));
        Grade.CATALOG.forEach(g -> row.add(String.valueOf(c.getOrDefault(g, 0))));
        row.add(String.valueOf(c.values().stream().mapToInt(Integer::intValue).sum()));
        return row.toArray(String[]::new);
    }

    public static String pricesJson(List<Price> prices) {
        ArrayNode out = JSON.createArrayNode();
        for (Price p : prices) {
            ObjectNode o = identity(out.addObject(), p);
            o.put("usd", p.usd());
            o.put("as_of", p.asOf().toString());
            o.put("source", p.source());
            o.put("grade", p.grade().id());
            o.put("offer", p.offer());
        }
        return write(out);
    }

    private static ObjectNode identity(ObjectNode o, Price p) {
        o.put("service", p.service());
        o.put("region", p.region());
        o.put("sku", p.sku());
        o.put("charge", p.charge());
        o.put("attributes", p.attributes().toString());
        o.put("unit", p.unit());
        o.put("tier_start", p.tierStart());
        o.put("tier_end", p.tierEnd());
        o.put("description", p.description());
        return o;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

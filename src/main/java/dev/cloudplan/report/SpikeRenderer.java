package dev.cloudplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.decision.SpikeRisk;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Spike" section of estimate and compare (docs/decisions.md#spikes): per spike, each architecture's spike month
 * with and without it, and where each component runs out. Shown only when a spike is asked for, so every other
 * report reads as before.
 */
public final class SpikeRenderer {
    private static final String[] RATES = {"requests", "database reads and writes", "static requests", "uploads",
        "egress", "DNS queries", "concurrent users"};

    private SpikeRenderer() {}

    /** One spike's risks, every architecture of the report, in its order. */
    public record Section(Spike spike, YearMonth calendarMonth, List<SpikeRisk> risks) {
        public Section {
            risks = List.copyOf(risks);
        }
    }

    /** The sections in the table or Markdown style, each after a blank line. */
    public static String text(List<Section> sections, Format format) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            List<Block> blocks = blocks(s);
            out.append('\n').append(format == Format.MARKDOWN ? MarkdownRenderer.render(blocks)
                    : TableRenderer.render(blocks));
        }
        return out.toString();
    }

    /** The sections as HTML, for the HTML report after its charts. */
    public static String html(List<Section> sections) {
        StringBuilder sb = new StringBuilder();
        sections.forEach(s -> HtmlRenderer.blocks(sb, blocks(s)));
        return sb.toString();
    }

    static List<Block> blocks(Section s) {
        Spike spike = s.spike();
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(2, "Spike: " + spike.describe() + " (" + s.calendarMonth() + ")"));
        out.add(new Block.Paragraph(explanation(spike)));
        List<List<String>> rows = new ArrayList<>();
        for (SpikeRisk r : s.risks()) {
            // Each month is a lower bound only if it lacks a price; the difference is one when the spiked month is
            // (and is unknown either way when the month without lacks one: shown as a bound of the spiked month's).
            rows.add(List.of(r.architecture(), bound(r.completeWithout(), r.without()),
                    bound(r.completeWith(), r.with()), (r.complete() ? "+" : ">= +") + Numbers.money(r.difference()),
                    r.verdict()));
        }
        out.add(new Block.Table(List.of("architecture", "month " + spike.month() + " without", "with spike",
                "difference", "verdict"), new boolean[] {false, true, true, true, false}, rows));
        List<String> details = new ArrayList<>();
        for (SpikeRisk r : s.risks()) {
            if (!r.growth().isEmpty()) {
                details.add(r.architecture() + " grows: " + String.join(", ", r.growth().stream()
                        .map(g -> g.component() + " " + Numbers.money(g.without()) + " -> " + Numbers.money(g.with()))
                        .toList()) + ".");
            }
            r.limits().forEach(l -> details.add(r.architecture() + " " + l.component() + " (" + l.type() + "): "
                    + l.verdict() + " [" + l.check().capacityBasis() + "]."));
        }
        if (!details.isEmpty()) {
            out.add(new Block.Bullets(details));
        }
        out.add(new Block.Paragraph("A factor is of the month's usual peak, found on the capacity model's checks of"
                + " the month's components as they run (count: auto as sized for the month): a short spike meets what"
                + " is running. A component billed by use has no ceiling but its quota."));
        return out;
    }

    private static String explanation(Spike spike) {
        BigDecimal mult = spike.multiplier().round(new MathContext(6));
        return "For " + plain(spike.days()) + " of the month's 30.4167 days (730 h), every rate (" + String.join(", ",
                RATES) + ") runs at " + SpikeRisk.x(spike.factor()) + " its month's average: the month's totals are "
                + Decimals.plain(mult) + " x as written (1 + (" + plain(spike.factor()) + " - 1) x " + plain(spike.days())
                + " / 30.4167). Stored data is not multiplied. Cash in the spike month, fixed costs and free-plan"
                + " credits included.";
    }

    private static String bound(boolean complete, Money m) {
        return complete ? Numbers.money(m) : ">= " + Numbers.money(m) + " INCOMPLETE";
    }

    /** The JSON array of the sections, for {@code spikes} in estimate's and compare's JSON. */
    public static ArrayNode json(List<Section> sections) {
        ArrayNode out = JsonRenderer.MAPPER.createArrayNode();
        for (Section s : sections) {
            ObjectNode o = out.addObject();
            o.put("factor", s.spike().factor());
            o.put("days", s.spike().days());
            o.put("month", s.spike().month());
            o.put("calendar_month", s.calendarMonth().toString());
            o.put("multiplier", s.spike().multiplier());
            ArrayNode archs = o.putArray("architectures");
            for (SpikeRisk r : s.risks()) {
                archs.add(risk(r));
            }
        }
        return out;
    }

    private static ObjectNode risk(SpikeRisk r) {
        ObjectNode a = JsonRenderer.MAPPER.createObjectNode();
        a.put("architecture", r.architecture());
        a.put("without", cents(r.without()));
        a.put("with", cents(r.with()));
        a.put("difference", cents(r.difference()));
        a.put("complete", r.complete());
        a.put("complete_without", r.completeWithout());
        a.put("complete_with", r.completeWith());
        a.put("verdict", r.verdict());
        ArrayNode grows = a.putArray("grows");
        r.growth().forEach(g -> {
            ObjectNode o = grows.addObject();
            o.put("component", g.component());
            o.put("without", cents(g.without()));
            o.put("with", cents(g.with()));
            o.put("difference", cents(g.difference()));
        });
        ArrayNode limits = a.putArray("limits");
        r.limits().forEach(l -> {
            ObjectNode o = limits.addObject();
            o.put("component", l.component());
            o.put("type", l.type());
            o.put("kind", l.fixedCapacity() ? "saturates" : "quota");
            o.put("resource", l.check().resource());
            o.put("saturates_at", l.saturatesAt().round(MathContext.DECIMAL64).stripTrailingZeros());
            o.put("carries", l.carries());
            o.put("demand_during_spike", l.check().demand().round(MathContext.DECIMAL64).stripTrailingZeros());
            o.put("capacity", l.check().capacity().stripTrailingZeros());
            o.put("unit", l.check().unit());
            o.put("verdict", l.verdict());
        });
        return a;
    }

    private static BigDecimal cents(Money m) {
        return m.toCents().amount();
    }

    private static String plain(BigDecimal v) {
        return Decimals.plain(v.stripTrailingZeros());
    }
}

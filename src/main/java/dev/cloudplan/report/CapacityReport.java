package dev.cloudplan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.MonthPlan;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.ScalingPath;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The capacity of a spec's architectures: checks, bottleneck, sizing decisions and scaling path, as text, JSON or CSV. */
public final class CapacityReport {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Report report;
    private final List<ScalingPath.Path> paths;
    private final int month;

    public CapacityReport(Report report, List<ScalingPath.Path> paths, int month) {
        this.report = report;
        this.paths = paths;
        this.month = month;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Capacity: ").append(report.scenario().name()).append(", ").append(report.scenario().region())
                .append(", month ").append(month).append(" of ").append(report.scenario().horizonMonths())
                .append(", at the busiest hour\n");
        LoadProfile profile = report.scenario().workload().profile();
        for (Driver d : LoadProfile.PEAK_DRIVERS) {
            if (report.scenario().workload().drivers().containsKey(d)) {
                sb.append("  ").append(profile.describe(d)).append('\n');
            }
        }
        for (int i = 0; i < report.projections().size(); i++) {
            Projection p = report.projections().get(i);
            MonthPlan plan = p.capacity().get(month - 1);
            sb.append("\nArchitecture ").append(p.architecture()).append('\n');
            for (PlannedComponent c : plan.components()) {
                if (c.decision() != null) {
                    sb.append("  ").append(c.component()).append(": ").append(c.decision()).append('\n');
                }
            }
            TextTable t = new TextTable(List.of("component", "resource", "demand", "capacity", "unit", "used", "headroom",
                    "status"), false, false, true, true, false, true, true, false);
            for (CapacityCheck c : plan.checks()) {
                t.row(c.component(), c.resource(), Demand.n(c.demand()), Demand.n(c.capacity()), c.unit(), percent(c),
                        Demand.n(c.headroom()), c.status().word());
            }
            sb.append(plan.checks().isEmpty() ? "  nothing to check (no component with a documented limit)\n" : t.render());
            bottleneck(sb, plan);
            path(sb, paths.get(i));
        }
        sb.append("\nHow each figure was found: --format json (demand_basis, capacity_basis, source). Limits and their"
                + " sources: src/main/resources/cloudplan/capacity/limits.csv; the work per request is assumed"
                + " (docs/spec.md#capacity-settings).\n");
        return sb.toString();
    }

    private static void bottleneck(StringBuilder sb, MonthPlan plan) {
        CapacityCheck worst = CapacityCheck.tightest(plan.checks());
        if (worst != null) {
            sb.append("  Bottleneck: ").append(worst.component()).append(' ').append(worst.resource()).append(", ")
                    .append(percent(worst)).append(" used (").append(worst.status().word()).append(")\n");
        }
    }

    private static void path(StringBuilder sb, ScalingPath.Path path) {
        if (path.steps().isEmpty()) {
            sb.append("  Scaling path: every resource stays within its target over the horizon.\n");
        } else {
            sb.append("  Scaling path:\n");
            TextTable t = new TextTable(List.of("component", "resource", "tight", "over", "at", "next step", "USD/month",
                    "now"), false, false, true, true, false, false, true, true);
            for (ScalingPath.Step s : path.steps()) {
                t.row(s.component(), s.resource(), month(s.tightMonth()), month(s.overMonth()), s.scale(), s.nextStep(),
                        money(s.stepMonthlyUsd()), money(s.currentMonthlyUsd()));
            }
            sb.append(t.render());
        }
        if (!path.reach().isEmpty()) {
            sb.append("  Beyond the last month, each resource runs out at:\n");
            for (ScalingPath.Reach r : path.reach()) {
                sb.append("    ").append(r.component()).append(' ').append(r.resource()).append(": ")
                        .append(Demand.n(r.loadMultiple())).append(" x the load (").append(r.atScale()).append(")\n");
            }
        }
    }

    private static String month(Integer m) {
        return m == null ? "-" : "month " + m;
    }

    private static String money(BigDecimal usd) {
        return usd == null ? "-" : String.format(java.util.Locale.ROOT, "%,.2f", usd);
    }

    private static String percent(CapacityCheck c) {
        return c.utilisation() == null ? "-" : c.utilisation().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("spec", report.scenario().name());
        root.put("region", report.scenario().region());
        ArrayNode archs = root.putArray("architectures");
        for (int i = 0; i < report.projections().size(); i++) {
            Projection p = report.projections().get(i);
            ObjectNode a = archs.addObject();
            a.put("architecture", p.architecture());
            ArrayNode months = a.putArray("months");
            for (MonthPlan plan : p.capacity()) {
                ObjectNode m = months.addObject();
                m.put("month", plan.month());
                named(m, plan, "decisions", "checks");
            }
            ArrayNode steps = a.putArray("scaling_path");
            for (ScalingPath.Step s : paths.get(i).steps()) {
                ObjectNode o = steps.addObject();
                o.put("component", s.component()).put("resource", s.resource());
                o.put("tight_month", s.tightMonth());
                o.put("over_month", s.overMonth());
                o.put("at", s.scale()).put("next_step", s.nextStep());
                o.put("next_step_usd_per_month", s.stepMonthlyUsd());
                o.put("current_usd_per_month", s.currentMonthlyUsd());
            }
            ArrayNode reach = a.putArray("reach");
            paths.get(i).reach().forEach(r -> reach.addObject().put("component", r.component()).put("resource",
                    r.resource()).put("load_multiple", r.loadMultiple()).put("at", r.atScale()));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A month's sizing decisions and checks, as the estimate and compare JSON carry them ("sizing", "capacity"). */
    static void month(ObjectNode m, MonthPlan plan) {
        named(m, plan, "sizing", "capacity");
    }

    private static void named(ObjectNode m, MonthPlan plan, String decisionsName, String checksName) {
        ArrayNode decisions = m.putArray(decisionsName);
        plan.components().stream().filter(c -> c.decision() != null).forEach(c -> decisions.addObject()
                .put("component", c.component()).put("decision", c.decision()));
        ArrayNode checks = m.putArray(checksName);
        plan.checks().forEach(c -> check(checks.addObject(), c));
    }

    /** One check as JSON. */
    static void check(ObjectNode o, CapacityCheck c) {
        o.put("component", c.component()).put("resource", c.resource());
        o.put("demand", c.demand()).put("capacity", c.capacity()).put("unit", c.unit());
        o.put("utilisation", c.utilisation()).put("headroom", c.headroom()).put("target", c.target());
        o.put("status", c.status().word());
        o.put("demand_basis", c.demandBasis()).put("capacity_basis", c.capacityBasis()).put("source", c.source());
    }

    public String csv() {
        StringBuilder sb = new StringBuilder("architecture,month,component,resource,demand,capacity,unit,utilisation,"
                + "headroom,status,source\n");
        for (Projection p : report.projections()) {
            for (MonthPlan plan : p.capacity()) {
                for (CapacityCheck c : plan.checks()) {
                    sb.append(String.join(",", csv(p.architecture()), String.valueOf(plan.month()), csv(c.component()),
                            csv(c.resource()), c.demand().toPlainString(), c.capacity().toPlainString(), csv(c.unit()),
                            c.utilisation() == null ? "" : c.utilisation().toPlainString(),
                            c.headroom().toPlainString(), c.status().word(), csv(c.source()))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

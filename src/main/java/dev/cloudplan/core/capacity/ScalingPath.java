package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an architecture breaks as its load grows: for each component and resource, the first month it is tight
 * and the first it is over, the next step and what that step costs a month; and, for the last month, how many times
 * its load each resource would carry before it runs out.
 */
public final class ScalingPath {
    /**
     * One resource's path.
     *
     * @param scale        the load in the month it crossed: users and requests a second at peak
     * @param nextStep     what to do, with the chosen type and count where cloudplan can size it
     * @param stepMonthlyUsd the step's month at list prices, against the component's as it is; null when not priced
     */
    public record Step(String component, String resource, Integer tightMonth, Integer overMonth, String scale,
            String nextStep, BigDecimal stepMonthlyUsd, BigDecimal currentMonthlyUsd) {}

    /** How far one resource goes beyond the last month's load. */
    public record Reach(String component, String resource, BigDecimal loadMultiple, String atScale) {}

    public record Path(List<Step> steps, List<Reach> reach) {}

    private final CapacityPlanner planner;
    private final CandidateCost cost;

    public ScalingPath(CapacityPlanner planner, CandidateCost cost) {
        this.planner = planner;
        this.cost = cost;
    }

    public Path of(Architecture architecture, List<MonthPlan> plans, List<WorkloadMonth> months) {
        Map<String, Integer> tight = new LinkedHashMap<>();
        Map<String, Integer> over = new LinkedHashMap<>();
        for (MonthPlan p : plans) {
            for (CapacityCheck c : p.checks()) {
                String key = c.component() + "\u0000" + c.resource();
                if (c.status() != Status.OK) {
                    tight.putIfAbsent(key, p.month());
                }
                if (c.status() == Status.OVER) {
                    over.putIfAbsent(key, p.month());
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tight.entrySet()) {
            String[] k = e.getKey().split("\u0000");
            Integer overMonth = over.get(e.getKey());
            int month = overMonth != null ? overMonth : e.getValue();
            WorkloadMonth w = months.get(month - 1);
            Component component = architecture.components().stream().filter(c -> c.name().equals(k[0])).findFirst()
                    .orElseThrow();
            PlannedComponent planned = plans.get(month - 1).component(k[0]).orElseThrow();
            steps.add(step(component, planned, k[1], e.getValue(), overMonth, w, plans.get(month - 1).clients()));
        }
        List<Reach> reach = new ArrayList<>();
        if (!plans.isEmpty()) {
            MonthPlan last = plans.get(plans.size() - 1);
            WorkloadMonth w = months.get(plans.size() - 1);
            for (CapacityCheck c : last.checks()) {
                BigDecimal k = c.loadMultipleAtLimit();
                if (k != null) {
                    reach.add(new Reach(c.component(), c.resource(), k, scaled(w, k)));
                }
            }
        }
        return new Path(steps, reach);
    }

    private Step step(Component component, PlannedComponent planned, String resource, Integer tightMonth,
            Integer overMonth, WorkloadMonth w, BigDecimal clients) {
        String scale = scaled(w, BigDecimal.ONE);
        BigDecimal current = cost.monthly(component, planned.config(), w);
        if (planned.config() instanceof Sizable s) {
            PeakLoad load = new PeakLoad(w, Phase.PEAK).withClients(clients);
            String family = s.unitType() == null ? null : Sizer.family(s.unitType());
            Sizing up = new Sizing(s.unitType() != null, family == null ? List.of() : List.of(family), false, 1, 1,
                    s.sizing().targetUtilisation());
            Sizing out = new Sizing(false, List.of(), !(s instanceof ServesQueries), s.units(),
                    Math.max(Sizing.DEFAULT_MAX_COUNT, s.units()), s.sizing().targetUtilisation());
            Sizer.Choice bigger = s.unitType() == null ? null : planner.choose(component, s, up, load, w);
            Sizer.Choice more = s instanceof ServesQueries ? null : planner.choose(component, s, out, load, w);
            Sizer.Choice best = cheaper(bigger, more, component, w);
            if (best != null) {
                String what = (best == bigger ? "size up to " + best.config().unitType()
                        : "scale out to " + best.config().units() + " " + (s.unitType() == null ? "tasks" : s.unitType()))
                        + (resource.equals("connections") ? " (or pool connections with RDS Proxy or PgBouncer)" : "");
                return new Step(component.name(), resource, tightMonth, overMonth, scale, what,
                        cost.monthly(component, best.config(), w), current);
            }
        }
        return new Step(component.name(), resource, tightMonth, overMonth, scale, fixedAdvice(component.type(), resource),
                null, current);
    }

    private Sizer.Choice cheaper(Sizer.Choice a, Sizer.Choice b, Component c, WorkloadMonth w) {
        BigDecimal ca = a == null || !a.fits() ? null : cost.monthly(c, a.config(), w);
        BigDecimal cb = b == null || !b.fits() ? null : cost.monthly(c, b.config(), w);
        if (ca == null) {
            return cb == null ? null : b;
        }
        return cb == null || ca.compareTo(cb) <= 0 ? a : b;
    }

    /** What to do where cloudplan has no type or count to choose. */
    static String fixedAdvice(String type, String resource) {
        return switch (type) {
            case "lambda" -> "ask AWS for a higher concurrency quota (Service Quotas; no charge)";
            case "api-gateway" -> "ask AWS for a higher account throttle (Service Quotas; no charge)";
            case "dynamodb" -> resource.endsWith("capacity") ? "raise the provisioned capacity, or switch to on-demand"
                    : "ask AWS for a higher table quota; spread keys across partitions";
            case "rds" -> resource.equals("storage") ? "allocate more storage (storage: auto follows the data)"
                    : resource.equals("storage IOPS") ? "move to gp3 or provision IOPS; add a read replica for reads"
                    : "size up the DB class, or add a read replica";
            default -> "size up or scale out";
        };
    }

    /** The load of month {@code w} times {@code k}, in users and requests a second at peak. */
    static String scaled(WorkloadMonth w, BigDecimal k) {
        List<String> parts = new ArrayList<>();
        w.get(Driver.TOTAL_USERS).ifPresent(u -> parts.add(Demand.n(u.multiply(k).setScale(0, RoundingMode.HALF_UP))
                + " users"));
        w.peakRate(Driver.CONCURRENT_USERS).ifPresent(u -> parts.add(Demand.n(u.multiply(k)
                .setScale(0, RoundingMode.HALF_UP)) + " online"));
        w.peakRate(Driver.REQUESTS).ifPresent(r -> parts.add(Demand.n(r.multiply(k)) + " requests/s at peak"));
        return parts.isEmpty() ? "the month's load x " + Demand.n(k) : String.join(", ", parts);
    }
}

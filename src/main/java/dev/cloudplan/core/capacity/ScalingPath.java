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

    /**
     * One way to carry the load: what to do, whether it fits, its month, and whether it needs something this price
     * leaves out (a load balancer), which ranks it after the complete ones.
     */
    record Option(String what, boolean fits, BigDecimal monthlyUsd, boolean needsMore) {
        Option(String what, boolean fits, BigDecimal monthlyUsd) {
            this(what, fits, monthlyUsd, false);
        }
    }

    private final CapacityPlanner planner;
    private final CandidateCost cost;
    private final ComponentTemplates templates;

    public ScalingPath(CapacityPlanner planner, CandidateCost cost, ComponentTemplates templates) {
        this.planner = planner;
        this.cost = cost;
        this.templates = templates;
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
        boolean hasCache = architecture.components().stream().anyMatch(c -> c.type().startsWith("elasticache"));
        boolean hasLoadBalancer = architecture.components().stream().anyMatch(c -> c.type().equals("alb")
                || c.type().equals("nlb"));
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tight.entrySet()) {
            String[] k = e.getKey().split("\u0000");
            Integer overMonth = over.get(e.getKey());
            int month = overMonth != null ? overMonth : e.getValue();
            WorkloadMonth w = months.get(month - 1);
            Component component = architecture.components().stream().filter(c -> c.name().equals(k[0])).findFirst()
                    .orElseThrow();
            PlannedComponent planned = plans.get(month - 1).component(k[0]).orElseThrow();
            steps.add(step(component, planned, k[1], e.getValue(), overMonth, w, plans.get(month - 1).clients(),
                    hasCache, hasLoadBalancer));
        }
        steps.addAll(availability(architecture, plans, months));
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
            Integer overMonth, WorkloadMonth w, BigDecimal clients, boolean hasCache, boolean hasLoadBalancer) {
        String scale = scaled(w, BigDecimal.ONE);
        BigDecimal current = cost.monthly(component, planned.config(), w);
        PeakLoad load = new PeakLoad(w, Phase.PEAK).withClients(clients);
        List<Option> options = new ArrayList<>(new NextSteps(planner, cost, templates)
                .of(component, planned.config(), planned.checks(), resource, load, w, hasCache, hasLoadBalancer));
        options.removeIf(o -> !o.fits() || o.monthlyUsd() == null);
        if (options.isEmpty()) {
            return new Step(component.name(), resource, tightMonth, overMonth, scale,
                    fixedAdvice(component.type(), resource) + NextSteps.billingNote(component, planned.config(),
                            planned.checks(), w, cost, resource), null, current);
        }
        options.sort(java.util.Comparator.comparing(Option::needsMore).thenComparing(Option::monthlyUsd));
        Option best = options.get(0);
        StringBuilder what = new StringBuilder(best.what());
        for (Option o : options.subList(1, options.size())) {
            what.append("; or ").append(o.what()).append(" (").append(usd(o.monthlyUsd())).append(")");
        }
        if (resource.equals("connections")) {
            what.append(" (or pool connections with RDS Proxy or PgBouncer)");
        }
        return new Step(component.name(), resource, tightMonth, overMonth, scale, what.toString(), best.monthlyUsd(),
                current);
    }

    /** A Single-AZ database's standby, priced: availability, not capacity, so it has no month. */
    private List<Step> availability(Architecture architecture, List<MonthPlan> plans, List<WorkloadMonth> months) {
        List<Step> out = new ArrayList<>();
        if (plans.isEmpty()) {
            return out;
        }
        MonthPlan last = plans.get(plans.size() - 1);
        WorkloadMonth w = months.get(plans.size() - 1);
        for (Component c : architecture.components()) {
            var planned = last.component(c.name());
            if (planned.isPresent() && planned.get().config() instanceof ServesQueries db && !db.multiAz()) {
                // Multi-AZ storage is priced apart from Single-AZ's: both months must be whole to compare.
                BigDecimal now = cost.complete(c, db, w);
                BigDecimal standby = cost.complete(c, db.withMultiAz(), w);
                boolean priced = standby != null && now != null;
                out.add(new Step(c.name(), "availability", null, null, "any load",
                        "Multi-AZ: a synchronous standby in a second AZ (no extra capacity; multi_az: true)"
                                + (priced ? "" : "; NOT PRICED: a charge of it or of the database as it is has no price"
                                + " in this region (see compare)"), priced ? standby : null, priced ? now : null));
            }
        }
        return out;
    }

    /** Dollars a month in a step's words: two decimals, as the report's money columns. */
    static String usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** What to do where cloudplan has no type or count to choose. */
    static String fixedAdvice(String type, String resource) {
        return switch (type) {
            case "lambda" -> "ask AWS for a higher concurrency quota (Service Quotas; no charge)";
            case "api-gateway" -> "ask AWS for a higher account throttle (Service Quotas; no charge)";
            case "dynamodb" -> resource.endsWith("capacity") ? "raise the provisioned capacity, or switch to on-demand"
                    : "ask AWS for a higher table quota; spread keys across partitions";
            case "rds" -> resource.equals("read replicas") ? "at most 15 read replicas of one DB instance: use fewer on a"
                    + " larger class, or split the data across databases"
                    : resource.equals("storage") ? "allocate more storage (storage: auto follows the data)"
                    : resource.equals("storage IOPS") ? "provision IOPS (io1, io2) or a gp3 volume from 400 GB, on a class"
                    + " with a higher EBS baseline; add read replicas for reads"
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

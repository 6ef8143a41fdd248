package dev.cloudplan.core.capacity;

import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.ScalingPath.Option;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways one component can carry a resource's load a step further, each checked against every limit and priced
 * for the month: size up or scale out, a read replica or a cache in front of a database, provisioned capacity with
 * headroom or on-demand for a table.
 */
final class NextSteps {
    /**
     * The share of database reads a cache in front would serve: an assumption for the step, stated with it. A cache
     * that serves fewer needs more of the database; the step's check shows what it would carry.
     */
    static final BigDecimal CACHE_HIT_SHARE = new BigDecimal("0.8");

    /** The database resources its reads load, which replicas and a cache relieve. */
    private static final Set<String> READ_BOUND = Set.of("CPU", "connections", "storage IOPS", "CPU baseline (credits)",
            "CPU credit balance");

    private final CapacityPlanner planner;
    private final CandidateCost cost;
    private final ComponentTemplates templates;

    NextSteps(CapacityPlanner planner, CandidateCost cost, ComponentTemplates templates) {
        this.planner = planner;
        this.cost = cost;
        this.templates = templates;
    }

    List<Option> of(Component c, ComponentConfig config, List<CapacityCheck> checks, String resource, PeakLoad load,
            WorkloadMonth w, boolean hasCache, boolean hasLoadBalancer) {
        List<Option> out = new ArrayList<>();
        if (config instanceof Sizable s) {
            sizeUpOrOut(c, s, load, w, out, hasLoadBalancer || !c.type().equals("ec2"));
        }
        if (config instanceof ServesQueries db && READ_BOUND.contains(resource)) {
            replica(c, db, load, w, out);
            if (!hasCache) {
                cache(c, db, load, w, out);
            }
        }
        if (config instanceof TableThroughput t && resource.endsWith(" capacity")) {
            TableThroughput sized = withHeadroom(t, checks);
            out.add(option("provision " + Decimals.plain(sized.statedReadCapacity()) + " RCU and "
                    + Decimals.plain(sized.statedWriteCapacity()) + " WCU (the peak within "
                    + Sizer.percent(Sizing.DEFAULT_TARGET) + ")", c, sized, load, w));
            out.add(option("switch to on-demand (billing: on-demand)", c, t.onDemand(), load, w));
        }
        return out;
    }

    /** The table provisioned so that each peak uses the default target of its capacity, at least 1 unit. */
    static TableThroughput withHeadroom(TableThroughput t, List<CapacityCheck> checks) {
        return t.withCapacity(units(checks, "read"), units(checks, "write"));
    }

    private static BigDecimal units(List<CapacityCheck> checks, String what) {
        return checks.stream().filter(k -> k.resource().startsWith(what + " ")).findFirst()
                .map(k -> k.demand().divide(Sizing.DEFAULT_TARGET, 0, RoundingMode.CEILING).max(BigDecimal.ONE))
                .orElse(BigDecimal.ONE);
    }

    private void sizeUpOrOut(Component c, Sizable s, PeakLoad load, WorkloadMonth w, List<Option> out,
            boolean balanced) {
        if (s.unitType() != null) {
            String family = Sizer.family(s.unitType());
            Sizing up = new Sizing(true, List.of(family), false, 1, 1, s.sizing().targetUtilisation());
            Sizer.Choice bigger = planner.choose(c, s, up, load, w);
            if (bigger.config() != null) {
                out.add(new Option("size up to " + bigger.config().unitType(), bigger.fits(),
                        cost.monthly(c, bigger.config(), w)));
            }
        }
        if (!(s instanceof ServesQueries)) {
            Sizing wider = new Sizing(false, List.of(), true, s.units(), Math.max(Sizing.DEFAULT_MAX_COUNT, s.units()),
                    s.sizing().targetUtilisation());
            Sizer.Choice more = planner.choose(c, s, wider, load, w);
            if (more.config() != null) {
                // Instances share requests only behind a load balancer; one the architecture lacks is not priced here.
                out.add(new Option("scale out to " + more.config().units() + " "
                        + (s.unitType() == null ? "tasks" : s.unitType())
                        + (balanced || more.config().units() == 1 ? "" : " (behind a load balancer, which the"
                                + " architecture has not: add an alb component to price it)"),
                        more.fits(), cost.monthly(c, more.config(), w), !balanced && more.config().units() > 1));
            }
        }
    }

    /** The fewest read replicas (within the engine's quota) with which every instance carries its share. */
    private void replica(Component c, ServesQueries db, PeakLoad load, WorkloadMonth w, List<Option> out) {
        int max = planner.data().value("rds.read-replicas.max").intValue();
        for (int n = db.readReplicas() + 1; n <= max; n++) {
            ServesQueries more = db.withReadReplicas(n);
            if (fits(c, more, load)) {
                int added = n - db.readReplicas();
                out.add(new Option("add " + added + " read replica" + (added == 1 ? "" : "s") + " (" + db.unitType()
                        + ", read_replicas: " + n + "; reads spread over " + (n + 1) + " instances)", true,
                        cost.monthly(c, more, w)));
                return;
            }
        }
    }

    /** The cheapest cache node that holds the data, priced with the database it relieves. */
    private void cache(Component c, ServesQueries db, PeakLoad load, WorkloadMonth w, List<Option> out) {
        var template = templates.autoSized("elasticache");
        if (template.isEmpty()) {
            return;
        }
        Component cache = new Component(c.name() + "-cache", "elasticache", template.get(), Map.of());
        Sizer.Choice node = planner.choose(cache, template.get(), template.get().sizing(), load, w);
        BigDecimal dbMonthly = cost.monthly(c, db, w);
        if (node.config() == null || !node.fits() || dbMonthly == null) {
            return;
        }
        BigDecimal cacheMonthly = cost.monthly(cache, node.config(), w);
        if (cacheMonthly == null) {
            return;
        }
        boolean fits = fits(c, db, load.withReadShare(BigDecimal.ONE.subtract(CACHE_HIT_SHARE)));
        out.add(new Option("add a cache in front: ElastiCache " + node.config().unitType() + " ("
                + ScalingPath.usd(cacheMonthly) + " a month), if it serves "
                + Sizer.percent(CACHE_HIT_SHARE) + " of the reads (assumed)", fits, dbMonthly.add(cacheMonthly)));
    }

    private Option option(String what, Component c, ComponentConfig config, PeakLoad load, WorkloadMonth w) {
        return new Option(what, fits(c, config, load), cost.monthly(c, config, w));
    }

    private boolean fits(Component c, ComponentConfig config, PeakLoad load) {
        return CapacityCheck.withinTarget(CapacityCheck.tightest(planner.checks(c.name(), c.type(), config, load,
                new Assumptions())));
    }

    /**
     * For a table at its quota, what the other billing mode would cost: the quota is the same in both, so switching
     * is a cost step, not a capacity one.
     */
    static String billingNote(Component c, ComponentConfig config, List<CapacityCheck> checks, WorkloadMonth w,
            CandidateCost cost, String resource) {
        if (!(config instanceof TableThroughput t) || !resource.endsWith(" throughput")) {
            return "";
        }
        TableThroughput other = t.provisioned() ? t.onDemand() : withHeadroom(t, checks);
        BigDecimal usd = cost.monthly(c, other, w);
        return usd == null ? "" : "; the quota is the same in both billing modes, " + (t.provisioned()
                ? "on-demand" : "provisioned with the peak within " + Sizer.percent(Sizing.DEFAULT_TARGET)) + " would cost " + ScalingPath.usd(usd) + " a month";
    }
}

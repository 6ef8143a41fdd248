package dev.cloudplan.core.pricing.rules;


import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The RDS charges that come with options rather than with every instance: the transfer of the writes to read replicas
 * in another region, Performance Insights retention beyond the free 7 days, and Extended Support, the last two per
 * vCPU of the instance class (the instance specifications' figure, put by the estimator under
 * {@link PlannedComponent#INSTANCE_VCPUS}).
 */
final class RdsExtras {
    static final String TRANSFER = "replica_transfer_gb";

    private RdsExtras() {}

    /**
     * A replica in another region receives every write: writes x their item size, once per replica, billed as data
     * transfer out of the primary's region to that one (RDS pricing: "Cross-Region data transfer").
     */
    static void transfer(RdsRule.Config c, WorkloadMonth w, Usage u, Assumptions assumptions) {
        if (c.options().replicaRegion() == null || c.readReplicas() == 0) {
            return;
        }
        BigDecimal writes = w.get(Driver.DB_WRITES).orElse(BigDecimal.ZERO);
        if (w.itemKb(Driver.DB_WRITES).isEmpty()) {
            assumptions.add("RDS cross-region replicas: workload.database.item_size not given; each write taken to"
                    + " move 1 KB (log overhead not counted).");
        }
        BigDecimal kb = w.itemKb(Driver.DB_WRITES).orElse(BigDecimal.ONE);
        BigDecimal gb = writes.multiply(kb).multiply(BigDecimal.valueOf(c.readReplicas()))
                .divide(BillingConventions.KB_PER_GB, BillingConventions.DIVISION);
        u.put(TRANSFER, gb, Decimals.plain(writes) + " writes x " + Decimals.plain(kb) + " KB x " + c.readReplicas()
                + " replicas in " + c.options().replicaRegion() + " / 1,048,576 KB per GB");
    }

    static List<Charge> charges(RdsRule.Config c, Usage u) {
        List<Charge> out = new ArrayList<>();
        RdsRule.Options o = c.options();
        if (u.has(TRANSFER)) {
            out.add(Charge.of("Replication to " + o.replicaRegion() + " (cross-region data transfer)", "AWSDataTransfer",
                    "inter-region", Attributes.of("toRegion", o.replicaRegion()), "replica_region", u.get(TRANSFER),
                    "GB", u.formula(TRANSFER)));
        }
        boolean known = u.has(PlannedComponent.INSTANCE_VCPUS);
        BigDecimal vcpus = known ? u.get(PlannedComponent.INSTANCE_VCPUS) : BigDecimal.ZERO;
        String vcpuText = vcpuText(u, c.instanceType());
        if (o.insightsRetentionMonths() > 0) {
            out.add(Charge.of("Performance Insights retention (" + o.insightsRetentionMonths() + " months, "
                    + c.instanceType() + ")", "AmazonRDS", "performance-insights", vcpuAttributes(known,
                    "retentionMonths", String.valueOf(o.insightsRetentionMonths())), "performance_insights", vcpus,
                    "vCPU-Mo", "1 primary x " + vcpuText + " x 1 month"));
        }
        out.addAll(o.extendedSupport().charges(c.engineName(), u, c.instanceType(), c.instances(),
                "instances (primary, standbys, replicas)"));
        return out;
    }

    /** One instance's vCPUs as the formula shows them, or why they are unknown. */
    static String vcpuText(Usage u, String instanceType) {
        return u.has(PlannedComponent.INSTANCE_VCPUS) ? Decimals.plain(u.get(PlannedComponent.INSTANCE_VCPUS)) + " vCPU ("
                + u.formula(PlannedComponent.INSTANCE_VCPUS) + ")" : "vCPUs of " + instanceType
                + " unknown (not in the instance specifications)";
    }

    /**
     * The attributes of a per-vCPU charge; when the vCPUs are unknown, a key no catalog holds, so that the line is
     * reported NOT PRICED with the reason in its label rather than billed for 0 vCPUs.
     */
    static Attributes vcpuAttributes(boolean known, String... keyValues) {
        if (known) {
            return Attributes.of(keyValues);
        }
        String[] more = java.util.Arrays.copyOf(keyValues, keyValues.length + 2);
        more[keyValues.length] = "vcpus";
        more[keyValues.length + 1] = "unknown";
        return Attributes.of(more);
    }
}

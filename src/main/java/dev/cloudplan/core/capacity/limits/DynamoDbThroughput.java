package dev.cloudplan.core.capacity.limits;

import dev.cloudplan.core.capacity.CapacityCheck;
import dev.cloudplan.core.capacity.CapacityLimit;
import dev.cloudplan.core.capacity.CapacityUnit;
import dev.cloudplan.core.capacity.Demand;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.TableThroughput;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A DynamoDB table's throughput at peak: against its stated provisioned capacity, else against the default
 * per-table quota (40,000 read and 40,000 write units a second, on-demand and provisioned).
 */
public final class DynamoDbThroughput implements CapacityLimit {
    @Override
    public boolean appliesTo(String componentType) {
        return componentType.equals("dynamodb");
    }

    @Override
    public List<CapacityCheck> check(CapacityUnit u, Assumptions assumptions) {
        TableThroughput t = (TableThroughput) u.config();
        var w = u.load().workload();
        List<CapacityCheck> out = new ArrayList<>();
        add(out, u, t, "read", Driver.DB_READS, t.readUnits(w.itemKb(Driver.DB_READS).orElse(BigDecimal.ONE)),
                t.statedReadCapacity());
        add(out, u, t, "write", Driver.DB_WRITES, t.writeUnits(w.itemKb(Driver.DB_WRITES).orElse(BigDecimal.ONE)),
                t.statedWriteCapacity());
        return out;
    }

    private static void add(List<CapacityCheck> out, CapacityUnit u, TableThroughput t, String what, Driver driver,
            BigDecimal perOp, BigDecimal stated) {
        BigDecimal rate = u.load().rate(driver);
        if (rate == null) {
            return;
        }
        boolean provisioned = t.provisioned();
        // What the table provisions, and bills: stated, or sized from the average and the peak factor, whose
        // headroom is whatever the factor leaves (none when it is the workload's own peak).
        BigDecimal billed = t.provisionedCapacity(u.load().workload(), driver, perOp);
        BigDecimal demand = rate.multiply(perOp);
        String basis = Demand.n(rate) + " " + what + "s/s " + u.load().words() + " x " + Decimals.plain(perOp) + " units";
        Limit quota = u.data().limit("dynamodb.table-" + what + "-units." + (provisioned ? "provisioned" : "on-demand"));
        if (stated != null) {
            out.add(u.check(what + " capacity", demand, BigDecimal.ZERO, stated, what + " units/s", basis,
                    Decimals.plain(stated) + " provisioned (" + what + "_capacity)", "the spec's " + what + "_capacity"));
        } else if (billed != null) {
            out.add(u.check(what + " capacity", demand, BigDecimal.ZERO, billed, what + " units/s", basis,
                    Decimals.plain(billed) + (t.autoScaled() ? " provisioned by auto scaling at the busiest hours"
                            + " (auto_scaling, scaling_target)" : " provisioned, sized from the month's average x its"
                            + " peak factor (" + what + "_capacity: auto)"),
                    "the capacity the table bills (docs/spec.md, dynamodb)"));
        } else {
            out.add(u.check(what + " throughput", demand, BigDecimal.ZERO, quota.value(), what + " units/s", basis,
                    "per-table quota " + Demand.n(quota.value()) + " (Service Quotas can raise it)", quota.source()));
        }
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.DIVISION;
import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;
import static dev.cloudplan.core.pricing.BillingConventions.SECONDS_PER_MONTH;

import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.TableThroughput;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.WorkloadMonth;
import dev.cloudplan.core.architecture.PurchaseOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon DynamoDB tables, on-demand or provisioned. Request units round up per item: a write per
 * started 1 KB, a read per started 4 KB; an eventually consistent read costs half a unit, a strongly
 * consistent one a whole unit, a transactional one two (so 100M eventually consistent reads of 6 KB
 * items are 100M x ceil(6/4) x 0.5 = 100M read request units). Provisioned capacity is billed per
 * capacity-unit-hour whatever is used.
 */
public final class DynamoDbRule implements PricingRule<DynamoDbRule.Config> {
    private static final String READ_HOURS = "read-capacity-unit-hours";
    private static final String WRITE_HOURS = "write-capacity-unit-hours";

    /** Configuration of one DynamoDB table (with its indexes' traffic folded into the workload figures). */
    public record Config(String billing, String tableClass, String readConsistency, boolean transactionalWrites,
            BigDecimal readCapacity, BigDecimal writeCapacity, BigDecimal peakFactor, BigDecimal storageGb,
            boolean pointInTimeRecovery, BigDecimal scalingTarget, DynamoDbExtras extras) implements TableThroughput,
            dev.cloudplan.core.architecture.Purchasable {
        /** Reserved capacity: Partial Upfront only, 1 or 3 years (DynamoDbExtras.read). */
        private static final List<PurchaseOption> COMMITMENTS = java.util.stream.Stream.of("reserved 1yr partial-upfront",
                "reserved 3yr partial-upfront").map(PurchaseOption::parse).toList();

        @Override
        public PurchaseOption purchase() {
            return extras.reserved();
        }

        @Override
        public Config withPurchase(PurchaseOption p) {
            return new Config(billing, tableClass, readConsistency, transactionalWrites, readCapacity, writeCapacity,
                    peakFactor, storageGb, pointInTimeRecovery, scalingTarget, extras.withReserved(p));
        }

        /** None for an on-demand or Standard-IA table, which AWS sells no reserved capacity for. */
        @Override
        public List<PurchaseOption> commitmentOptions() {
            return provisioned() && tableClass.equals("standard") ? COMMITMENTS : List.of();
        }

        @Override
        public List<Metered> committedCharges() {
            return List.of(new Metered(READ_HOURS, "RCU", false), new Metered(WRITE_HOURS, "WCU", false));
        }

        /** With auto scaling, the capacity held at the busiest hours: read (group 0) or write units. */
        @Override
        public BigDecimal peakUnits(int group, WorkloadMonth w) {
            if (!autoScaling()) {
                return null;
            }
            Driver d = group == 0 ? Driver.DB_READS : Driver.DB_WRITES;
            BigDecimal kb = w.itemKb(d).orElse(BigDecimal.ONE);
            return provisionedCapacity(w, d, group == 0 ? readUnits(kb) : writeUnits(kb));
        }

        /** A table without auto scaling. */
        public Config(String billing, String tableClass, String readConsistency, boolean transactionalWrites,
                BigDecimal readCapacity, BigDecimal writeCapacity, BigDecimal peakFactor, BigDecimal storageGb,
                boolean pointInTimeRecovery) {
            this(billing, tableClass, readConsistency, transactionalWrites, readCapacity, writeCapacity, peakFactor,
                    storageGb, pointInTimeRecovery, null);
        }

        /** A table in one region, without backups, restores, streams or reserved capacity. */
        public Config(String billing, String tableClass, String readConsistency, boolean transactionalWrites,
                BigDecimal readCapacity, BigDecimal writeCapacity, BigDecimal peakFactor, BigDecimal storageGb,
                boolean pointInTimeRecovery, BigDecimal scalingTarget) {
            this(billing, tableClass, readConsistency, transactionalWrites, readCapacity, writeCapacity, peakFactor,
                    storageGb, pointInTimeRecovery, scalingTarget, DynamoDbExtras.NONE);
        }

        @Override
        public boolean autoScaled() {
            return autoScaling();
        }

        /** Provisioned with auto scaling (target tracking at {@code scalingTarget}); null when the capacity is fixed. */
        boolean autoScaling() {
            return provisioned() && scalingTarget != null;
        }

        @Override
        public boolean provisioned() {
            return billing.equals("provisioned");
        }

        @Override
        public BigDecimal readUnits(BigDecimal itemKb) {
            return readUnitsPerRead(itemKb, readConsistency);
        }

        @Override
        public BigDecimal writeUnits(BigDecimal itemKb) {
            return writeUnitsPerWrite(itemKb, transactionalWrites);
        }

        @Override
        public BigDecimal statedReadCapacity() {
            return provisioned() ? readCapacity : null;
        }

        @Override
        public BigDecimal statedWriteCapacity() {
            return provisioned() ? writeCapacity : null;
        }

        @Override
        public Config withCapacity(BigDecimal read, BigDecimal write) {
            return new Config("provisioned", tableClass, readConsistency, transactionalWrites, read, write, null,
                    storageGb, pointInTimeRecovery, null, extras);
        }

        @Override
        public BigDecimal provisionedCapacity(WorkloadMonth w, Driver d, BigDecimal unitsEach) {
            if (!provisioned()) {
                return null;
            }
            if (autoScaling()) {
                var scaled = DynamoDbAutoScaling.of(d, unitsEach, w, scalingTarget, "");
                return scaled == null ? null : scaled.peakUnits();
            }
            BigDecimal given = d == Driver.DB_READS ? readCapacity : writeCapacity;
            BigDecimal ops = w.get(d).orElse(null);
            return given != null || ops == null ? given : capacity(null, ops.multiply(unitsEach), DynamoDbRule.peakFactor(this, w, d));
        }

        @Override
        public Config onDemand() {
            return new Config("on-demand", tableClass, readConsistency, transactionalWrites, null, null, null,
                    storageGb, pointInTimeRecovery, null, extras.onDemand());
        }

        String catalogTableClass() {
            return tableClass.equals("standard-ia") ? "StandardIA" : "Standard";
        }
    }

    @Override
    public String type() {
        return "dynamodb";
    }

    @Override
    public String summary() {
        return "DynamoDB table: request units or provisioned capacity, storage, backups, restores, streams, global"
                + " table replicas, reserved capacity";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.choice("billing", "on-demand", List.of("on-demand", "provisioned"), "capacity mode"),
                Setting.choice("table_class", "standard", List.of("standard", "standard-ia"), "table class"),
                Setting.choice("read_consistency", "eventual", List.of("eventual", "strong", "transactional"),
                        "how reads are made: eventual = 0.5, strong = 1, transactional = 2 read units per 4 KB"),
                Setting.of("transactional_writes", SettingKind.BOOLEAN, Boolean.FALSE, "writes in transactions cost 2 units per KB"),
                Setting.of("read_capacity", SettingKind.NUMBER, Setting.AUTO,
                        "provisioned RCU; auto = average read units per second x peak_factor").onlyWhen("billing", "provisioned"),
                Setting.of("write_capacity", SettingKind.NUMBER, Setting.AUTO,
                        "provisioned WCU; auto = average write units per second x peak_factor").onlyWhen("billing", "provisioned"),
                Setting.of("peak_factor", SettingKind.NUMBER, Setting.AUTO, "peak-to-average ratio used to size"
                        + " provisioned capacity; auto = the workload's peak (workload.peak, 2x by default)")
                        .onlyWhen("billing", "provisioned"),
                Setting.of("auto_scaling", SettingKind.BOOLEAN, Boolean.FALSE, "DynamoDB auto scaling: the capacity"
                        + " follows the day (workload.peak), the peak and the off-peak hours each at scaling_target")
                        .onlyWhen("billing", "provisioned"),
                Setting.of("scaling_target", SettingKind.PERCENT, new BigDecimal("0.7"), "auto scaling's target"
                        + " utilisation (AWS's default 70%)").onlyWhen("auto_scaling", "true"),
                Setting.of("storage", SettingKind.GIGABYTES, Setting.AUTO, "table size; auto = the workload's stored data"),
                Setting.of("point_in_time_recovery", SettingKind.BOOLEAN, Boolean.FALSE, "continuous backups"),
                DynamoDbExtras.SETTINGS.get(0), DynamoDbExtras.SETTINGS.get(1), DynamoDbExtras.SETTINGS.get(2),
                DynamoDbExtras.SETTINGS.get(3), DynamoDbExtras.SETTINGS.get(4));
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("read_request_units", "ReadRequestUnits");
        keys.put("write_request_units", "WriteRequestUnits");
        keys.put("read_capacity_unit_hours", "ReadCapacityUnit-Hrs");
        keys.put("write_capacity_unit_hours", "WriteCapacityUnit-Hrs");
        keys.put("storage_gb_months", "GB-Mo");
        keys.put("pitr_gb_months", "GB-Mo");
        keys.putAll(DynamoDbExtras.USAGE_KEYS);
        return keys;
    }

    /** Whether AWS offers reserved capacity on a Standard-IA table: limits.csv, 0 = not offered (DynamoDB Developer Guide). */
    static final String RESERVED_ON_STANDARD_IA = "dynamodb.reserved-capacity.standard-ia";

    /** Refuses reserved capacity on a table class AWS does not offer it for (limits.csv, by key). */
    @Override
    public void validate(Config c, Map<String, Limit> limits) {
        Limit offered = limits.get(RESERVED_ON_STANDARD_IA);
        if (c.extras().reserved().isCommitment() && c.tableClass().equals("standard-ia") && offered != null
                && offered.value().signum() == 0) {
            throw new InvalidSettingException("reserved_capacity", "DynamoDB reserved capacity is not offered for the"
                    + " Standard-IA table class (" + offered.source() + ")",
                    "use table_class: standard, or reserved_capacity: on-demand");
        }
    }

    @Override
    public Config configure(Settings s) {
        boolean scaling = s.text("billing").equals("provisioned") && s.flag("auto_scaling");
        if (scaling) {
            for (String fixed : List.of("read_capacity", "write_capacity", "peak_factor")) {
                if (!s.isAuto(fixed)) {
                    throw new InvalidSettingException(fixed, "auto scaling sizes the capacity itself, so " + fixed
                            + " cannot be given with auto_scaling: true", "remove " + fixed + ", or auto_scaling");
                }
            }
        }
        return new Config(s.text("billing"), s.text("table_class"), s.text("read_consistency"),
                s.flag("transactional_writes"), s.numberOrAuto("read_capacity"), s.numberOrAuto("write_capacity"),
                s.numberOrAuto("peak_factor"), s.numberOrAuto("storage"), s.flag("point_in_time_recovery"),
                scaling ? s.number("scaling_target") : null, DynamoDbExtras.read(s));
    }

    /** Read request units one read of an item of {@code itemKb} costs. */
    static BigDecimal readUnitsPerRead(BigDecimal itemKb, String consistency) {
        BigDecimal blocks = itemKb.divide(new BigDecimal("4"), 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        BigDecimal factor = switch (consistency) {
            case "eventual" -> new BigDecimal("0.5");
            case "strong" -> BigDecimal.ONE;
            case "transactional" -> new BigDecimal("2");
            default -> throw new IllegalArgumentException("read consistency " + consistency);
        };
        return blocks.multiply(factor);
    }

    /** Write request units one write of an item of {@code itemKb} costs. */
    static BigDecimal writeUnitsPerWrite(BigDecimal itemKb, boolean transactional) {
        BigDecimal blocks = itemKb.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
        return transactional ? blocks.multiply(new BigDecimal("2")) : blocks;
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        BigDecimal reads = required(w, Driver.DB_READS);
        BigDecimal writes = required(w, Driver.DB_WRITES);
        if (w.itemKb(Driver.DB_READS).isEmpty() || w.itemKb(Driver.DB_WRITES).isEmpty()) {
            assumptions.add("DynamoDB item size: workload.database.item_size (or read_item_size / write_item_size) not"
                    + " given; assumed 1 KB.");
        }
        BigDecimal readKb = w.itemKb(Driver.DB_READS).orElse(BigDecimal.ONE);
        BigDecimal writeKb = w.itemKb(Driver.DB_WRITES).orElse(BigDecimal.ONE);
        BigDecimal perRead = readUnitsPerRead(readKb, c.readConsistency());
        BigDecimal perWrite = writeUnitsPerWrite(writeKb, c.transactionalWrites());
        BigDecimal rru = reads.multiply(perRead);
        BigDecimal wru = writes.multiply(perWrite);
        String readFormula = Decimals.plain(reads) + " reads x " + perRead.stripTrailingZeros().toPlainString()
                + " read units (" + readKb.stripTrailingZeros().toPlainString() + " KB item, per 4 KB, " + c.readConsistency() + ")";
        String writeFormula = Decimals.plain(writes) + " writes x " + perWrite.toPlainString() + " write units ("
                + writeKb.stripTrailingZeros().toPlainString() + " KB item, per 1 KB" + (c.transactionalWrites() ? ", transactional" : "") + ")";

        Usage usage = new Usage();
        if (c.autoScaling()) {
            var r = DynamoDbAutoScaling.of(Driver.DB_READS, perRead, w, c.scalingTarget(), "RCU");
            var wr = DynamoDbAutoScaling.of(Driver.DB_WRITES, perWrite, w, c.scalingTarget(), "WCU");
            usage.put("read_capacity_unit_hours", r.unitHours(), r.formula());
            usage.put("write_capacity_unit_hours", wr.unitHours(), wr.formula());
            assumptions.add("DynamoDB auto scaling: the capacity is held at " + Decimals.percent(c.scalingTarget())
                    + " utilisation through the peak and the off-peak hours of workload.peak ("
                    + w.profile().describe(Driver.DB_READS) + "); scaling down is limited by AWS to a few times a"
                    + " day, which a daily profile of two levels respects.");
        } else if (c.provisioned()) {
            assumptions.add(BillingConventions.HOURS_ASSUMPTION);
            BigDecimal readFactor = peakFactor(c, w, Driver.DB_READS);
            BigDecimal writeFactor = peakFactor(c, w, Driver.DB_WRITES);
            BigDecimal rcu = capacity(c.readCapacity(), rru, readFactor);
            BigDecimal wcu = capacity(c.writeCapacity(), wru, writeFactor);
            usage.put("read_capacity_unit_hours", rcu.multiply(HOURS_PER_MONTH), rcu.toPlainString() + " RCU x 730 h"
                    + (c.readCapacity() == null ? " (sized: " + readFormula + " / 2,628,000 s x peak factor "
                    + Decimals.plain(readFactor) + ", rounded up)" : ""));
            usage.put("write_capacity_unit_hours", wcu.multiply(HOURS_PER_MONTH), wcu.toPlainString() + " WCU x 730 h"
                    + (c.writeCapacity() == null ? " (sized: " + writeFormula + " / 2,628,000 s x peak factor "
                    + Decimals.plain(writeFactor) + ", rounded up)" : ""));
            if (c.readCapacity() == null || c.writeCapacity() == null) {
                assumptions.add("DynamoDB provisioned capacity sized as average units per second x the peak factor"
                        + (c.peakFactor() != null ? " " + Decimals.plain(c.peakFactor()) + " (peak_factor)"
                        : " of workload.peak (" + w.profile().describe(Driver.DB_READS) + ")") + ", at least 1.");
            }
        } else {
            usage.put("read_request_units", rru, readFormula);
            usage.put("write_request_units", wru, writeFormula);
        }
        BigDecimal storage = c.storageGb() != null ? c.storageGb() : w.get(Driver.STORED_DATA).orElseGet(() -> {
            assumptions.add("DynamoDB storage: workload.database.stored not given; assumed 0 GB.");
            return BigDecimal.ZERO;
        });
        usage.put("storage_gb_months", storage, Decimals.plain(storage) + " GB stored");
        usage.put("pitr_gb_months", c.pointInTimeRecovery() ? storage : BigDecimal.ZERO,
                c.pointInTimeRecovery() ? Decimals.plain(storage) + " GB table size under point-in-time recovery" : "off");
        c.extras().usage(c, usage, storage, w, wru, assumptions);
        return usage;
    }

    /** The component's own factor, else the workload's peak over its average for the driver. */
    private static BigDecimal peakFactor(Config c, WorkloadMonth w, Driver d) {
        if (c.peakFactor() != null) {
            return c.peakFactor();
        }
        BigDecimal average = w.profile().averagePerSecond(d, w);
        BigDecimal peak = w.profile().peak(d, w);
        if (average == null || peak == null || average.signum() == 0) {
            return w.profile().factorOf(d);
        }
        return peak.divide(average, DIVISION);
    }

    private static BigDecimal capacity(BigDecimal given, BigDecimal unitsPerMonth, BigDecimal peakFactor) {
        if (given != null) {
            return given;
        }
        return unitsPerMonth.divide(SECONDS_PER_MONTH, DIVISION).multiply(peakFactor)
                .setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
    }

    private static BigDecimal required(WorkloadMonth w, Driver d) {
        return w.get(d).orElseThrow(() -> new MissingWorkloadException(d, "a dynamodb component"));
    }

    @Override
    public boolean changesIn(Config c, int month) {
        return c.provisioned() && Commitments.changesIn(c.extras().reserved(), month);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        String cls = c.catalogTableClass();
        if (c.provisioned()) {
            Attributes a = c.extras().capacityAttributes(Attributes.of("capacityMode", "Provisioned", "tableClass", cls));
            out.add(Charge.of("Provisioned read capacity (" + c.tableClass() + ")", "AmazonDynamoDB", READ_HOURS,
                    a, "billing", u.get("read_capacity_unit_hours"), "ReadCapacityUnit-Hrs", u.formula("read_capacity_unit_hours")));
            out.add(Charge.of("Provisioned write capacity (" + c.tableClass() + ")", "AmazonDynamoDB", WRITE_HOURS,
                    a, "billing", u.get("write_capacity_unit_hours"), "WriteCapacityUnit-Hrs", u.formula("write_capacity_unit_hours")));
        } else {
            Attributes a = Attributes.of("capacityMode", "OnDemand", "tableClass", cls);
            out.add(Charge.of("Read request units (on-demand, " + c.tableClass() + ")", "AmazonDynamoDB", "read-request-units",
                    a, "billing", u.get("read_request_units"), "ReadRequestUnits", u.formula("read_request_units")));
            out.add(Charge.of("Write request units (on-demand, " + c.tableClass() + ")", "AmazonDynamoDB", "write-request-units",
                    a, "billing", u.get("write_request_units"), "WriteRequestUnits", u.formula("write_request_units")));
        }
        out.add(Charge.of("Table storage (" + c.tableClass() + ")", "AmazonDynamoDB", "storage",
                Attributes.of("tableClass", cls), "table_class", u.get("storage_gb_months"), "GB-Mo", u.formula("storage_gb_months")));
        if (u.get("pitr_gb_months").signum() > 0) {
            out.add(Charge.of("Point-in-time recovery", "AmazonDynamoDB", "pitr-backup", Attributes.NONE,
                    "point_in_time_recovery", u.get("pitr_gb_months"), "GB-Mo", u.formula("pitr_gb_months")));
        }
        out.addAll(c.extras().charges(c, u, month));
        return out;
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.capacity.AppWork;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.ServesRequests;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Setting;
import dev.cloudplan.core.architecture.SettingKind;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.money.Decimals;
import dev.cloudplan.core.pricing.BillingConventions;
import dev.cloudplan.core.pricing.Charge;
import dev.cloudplan.core.pricing.PricingRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.usage.Usage;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon EC2 instances (Linux, shared tenancy): instance-hours on demand, reserved or under a Savings
 * Plan, each instance's EBS volume (gp3: IOPS above the included 3,000 and throughput above the included
 * 125 MiB/s are billed per volume), EBS snapshots, and its public IPv4 address (billed by Amazon VPC since Feb 2024).
 */
public final class Ec2Rule implements PricingRule<Ec2Rule.Config> {
    /** Configuration of an EC2 instance group. */
    public record Config(String instanceType, int count, PurchaseOption purchase, BigDecimal volumeGb,
            String volumeType, int publicIpv4PerInstance, int iops, BigDecimal throughputMibps, BigDecimal snapshotGb,
            BigDecimal hoursEach, Sizing sizing, AppWork work, Boolean statedUnlimited) implements ServesRequests {
        /** Instances running all month, sized as given, with the documented work per request and credit mode. */
        public Config(String instanceType, int count, PurchaseOption purchase, BigDecimal volumeGb, String volumeType,
                int publicIpv4PerInstance, int iops, BigDecimal throughputMibps, BigDecimal snapshotGb) {
            this(instanceType, count, purchase, volumeGb, volumeType, publicIpv4PerInstance, iops, throughputMibps,
                    snapshotGb, HOURS_PER_MONTH, Sizing.FIXED, new AppWork(AppWork.DEFAULT_CPU_MS,
                            AppWork.DEFAULT_CONNECTION_KB, AppWork.DEFAULT_BASE_GB, BigDecimal.ONE), null);
        }

        /**
         * The credit mode: as stated, else as AWS launches the type (t3, t3a and t4g unlimited, t2 standard), decided
         * from the type itself so that a type chosen by auto gets its own mode.
         */
        public boolean unlimitedCredits() {
            return statedUnlimited != null ? statedUnlimited : !instanceType.startsWith("t2.");
        }

        @Override
        public boolean billsSurplusCredits() {
            return unlimitedCredits();
        }

        /** A gp3 or gp2 volume at the included baseline, without snapshots. */
        public Config(String instanceType, int count, PurchaseOption purchase, BigDecimal volumeGb, String volumeType,
                int publicIpv4PerInstance) {
            this(instanceType, count, purchase, volumeGb, volumeType, publicIpv4PerInstance, GP3_IOPS,
                    GP3_THROUGHPUT_MIBPS, BigDecimal.ZERO);
        }

        @Override
        public String unitType() {
            return instanceType;
        }

        @Override
        public int units() {
            return count;
        }

        @Override
        public String service() {
            return "AmazonEC2";
        }

        @Override
        public Config sized(String type, int peakUnits, BigDecimal hours) {
            return new Config(type, peakUnits, purchase, volumeGb, volumeType, publicIpv4PerInstance, iops,
                    throughputMibps, snapshotGb, hours, sizing, work, statedUnlimited);
        }

        @Override
        public BigDecimal vcpuEach(InstanceType spec) {
            return spec == null ? null : BigDecimal.valueOf(spec.vcpu());
        }

        @Override
        public BigDecimal memoryGibEach(InstanceType spec) {
            return spec == null ? null : spec.memoryGib();
        }
    }

    private static final String SURPLUS_CREDITS = PlannedComponent.SURPLUS_CREDITS;
    /** IOPS every gp3 volume includes at no charge. */
    static final int GP3_IOPS = 3000;
    /** Throughput every gp3 volume includes at no charge, MiB/s. */
    static final BigDecimal GP3_THROUGHPUT_MIBPS = new BigDecimal("125");

    @Override
    public String type() {
        return "ec2";
    }

    @Override
    public String summary() {
        return "EC2 instances (Linux): instance-hours, root EBS volume, public IPv4";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("instance_type", SettingKind.TEXT, null,
                        "EC2 instance type, e.g. t4g.medium; auto = the cheapest that carries the peak").orAuto(),
                Setting.of("count", SettingKind.COUNT, BigDecimal.ONE,
                        "instances running; auto = as many as each hour's load needs (auto scaling)").orAuto(),
                Setting.of("purchase", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, PurchaseOption.SYNTAX),
                Setting.of("volume", SettingKind.GIGABYTES, new BigDecimal("8"), "root EBS volume per instance"),
                Setting.choice("volume_type", "gp3", List.of("gp3", "gp2"), "EBS volume type"),
                Setting.of("iops", SettingKind.COUNT, BigDecimal.valueOf(GP3_IOPS),
                        "gp3 IOPS provisioned per volume; the first 3,000 are included").onlyWhen("volume_type", "gp3"),
                Setting.of("throughput", SettingKind.NUMBER, GP3_THROUGHPUT_MIBPS,
                        "gp3 throughput per volume in MiB/s; the first 125 are included").onlyWhen("volume_type", "gp3"),
                Setting.of("snapshots", SettingKind.GIGABYTES, BigDecimal.ZERO,
                        "EBS snapshot storage kept per instance (incremental: the changed blocks of every snapshot kept)"),
                Setting.of("public_ipv4", SettingKind.COUNT, BigDecimal.ONE, "public IPv4 addresses per instance"),
                Setting.choice("cpu_credits", "auto", List.of("auto", "unlimited", "standard"), "burstable types (t2,"
                        + " t3, t3a, t4g): unlimited bills surplus credits above the baseline, standard throttles; auto ="
                        + " as AWS launches them, t3, t3a and t4g unlimited, t2 standard"));
    }

    @Override
    public List<Setting> capacitySettings() {
        List<Setting> out = new ArrayList<>(Sizing.settings("count"));
        out.addAll(AppWork.settings());
        return out;
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("instance_hours", "Hrs");
        keys.put("volume_gb_months", "GB-Mo");
        keys.put("extra_iops_months", "IOPS-Mo");
        keys.put("extra_throughput_gibps_months", "GiBps-mo");
        keys.put("snapshot_gb_months", "GB-Mo");
        keys.put(PublicIpv4.USAGE_KEY, "Hrs");
        keys.put(SURPLUS_CREDITS, "vCPU-Hours");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        int iops = s.count("iops");
        if (iops < GP3_IOPS) {
            throw new InvalidSettingException("iops", "gp3 volumes always have at least 3,000 IOPS", "give 3000 or more");
        }
        BigDecimal throughput = s.number("throughput");
        if (throughput.compareTo(GP3_THROUGHPUT_MIBPS) < 0) {
            throw new InvalidSettingException("throughput", "gp3 volumes always have at least 125 MiB/s",
                    "give 125 or more");
        }
        Integer count = s.countOrAuto("count");
        return new Config(s.text("instance_type"), count == null ? 1 : count, s.purchase("purchase"),
                s.number("volume"), s.text("volume_type"), s.count("public_ipv4"), iops, throughput,
                s.number("snapshots"), HOURS_PER_MONTH, Sizing.read(s, "instance_type", "count"), AppWork.read(s),
                s.text("cpu_credits").equals("auto") ? null : s.text("cpu_credits").equals("unlimited"));
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        // Units that scale in off-peak exist only while they run: their volumes and addresses are billed for those hours.
        BigDecimal n = BigDecimal.valueOf(c.count()).multiply(c.hoursEach()).divide(HOURS_PER_MONTH,
                BillingConventions.DIVISION);
        BigDecimal extraIops = BigDecimal.valueOf(c.iops() - GP3_IOPS);
        BigDecimal extraMibps = c.throughputMibps().subtract(GP3_THROUGHPUT_MIBPS);
        if (c.snapshotGb().signum() > 0) {
            assumptions.add("EBS snapshots: the snapshot size given is the storage billed (snapshots are incremental;"
                    + " give the changed blocks of every snapshot kept, not volume size x snapshots).");
        }
        Usage usage = new Usage()
                .put("instance_hours", BigDecimal.valueOf(c.count()).multiply(c.hoursEach()), c.count() + " instances x "
                        + Decimals.plain(c.hoursEach()) + " h" + (c.hoursEach().compareTo(HOURS_PER_MONTH) == 0 ? ""
                        : " each on average (auto scaling: more at peak, fewer off-peak)"))
                .put(SURPLUS_CREDITS, BigDecimal.ZERO, "within the baseline")
                .put("volume_gb_months", n.multiply(c.volumeGb()),
                        c.count() + " instances x " + c.volumeGb().toPlainString() + " GB " + c.volumeType())
                .put("extra_iops_months", n.multiply(extraIops),
                        c.count() + " volumes x (" + c.iops() + " - 3,000 included) IOPS")
                .put("extra_throughput_gibps_months", n.multiply(extraMibps).divide(BillingConventions.MB_PER_GB, BillingConventions.DIVISION),
                        c.count() + " volumes x (" + Decimals.plain(c.throughputMibps()) + " - 125 included) MiB/s / 1,024")
                .put("snapshot_gb_months", n.multiply(c.snapshotGb()),
                        c.count() + " instances x " + Decimals.plain(c.snapshotGb()) + " GB of snapshots");
        return PublicIpv4.put(usage, n, "instances", c.publicIpv4PerInstance());
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        Attributes instance = c.purchase().attributes(Attributes.of("instanceType", c.instanceType(),
                "operatingSystem", "Linux", "tenancy", "Shared"));
        out.add(Charge.of("Instance usage (Linux, " + c.purchase() + ", " + c.instanceType() + ")", "AmazonEC2",
                "instance-hours", instance, "instance_type", u.get("instance_hours"), "Hrs", u.formula("instance_hours")));
        out.addAll(Commitments.upfront(c.purchase(), "AmazonEC2", instance, c.count(), month,
                "Upfront (" + c.purchase() + ", " + c.instanceType() + ")"));
        out.add(Charge.of("EBS storage (" + c.volumeType() + ")", "AmazonEC2", "ebs-storage",
                Attributes.of("volumeType", c.volumeType()), "volume_type", u.get("volume_gb_months"), "GB-Mo",
                u.formula("volume_gb_months")));
        Attributes gp3 = Attributes.of("volumeType", "gp3");
        if (u.get("extra_iops_months").signum() > 0) {
            out.add(Charge.of("EBS gp3 IOPS above 3,000", "AmazonEC2", "ebs-iops", gp3, "iops",
                    u.get("extra_iops_months"), "IOPS-Mo", u.formula("extra_iops_months")));
        }
        if (u.get("extra_throughput_gibps_months").signum() > 0) {
            out.add(Charge.of("EBS gp3 throughput above 125 MiB/s", "AmazonEC2", "ebs-throughput", gp3, "throughput",
                    u.get("extra_throughput_gibps_months"), "GiBps-mo", u.formula("extra_throughput_gibps_months")));
        }
        if (u.get("snapshot_gb_months").signum() > 0) {
            out.add(Charge.of("EBS snapshots", "AmazonEC2", "ebs-snapshots", Attributes.NONE, "snapshots",
                    u.get("snapshot_gb_months"), "GB-Mo", u.formula("snapshot_gb_months")));
        }
        out.addAll(PublicIpv4.charge(u, "public_ipv4"));
        if (u.get(SURPLUS_CREDITS).signum() > 0) {
            out.add(Charge.of("Surplus CPU credits (unlimited mode, " + c.instanceType() + ")", "AmazonEC2", "cpu-credits",
                    Attributes.of("operatingSystem", "Linux"), "cpu_credits", u.get(SURPLUS_CREDITS), "vCPU-Hours",
                    u.formula(SURPLUS_CREDITS)));
        }
        return out;
    }
}

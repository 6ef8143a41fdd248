package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.core.pricing.BillingConventions.HOURS_PER_MONTH;

import dev.cloudplan.core.capacity.AppWork;
import dev.cloudplan.core.capacity.Limit;
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
 * Amazon EC2 instances (Linux, Windows, RHEL or SUSE; shared tenancy): instance-hours on demand, reserved, under a Savings Plan or on spot at
 * a stated discount, each instance's root EBS volume and data volumes (billed by {@link EbsPricing}, as an {@code ebs}
 * component's are), EBS snapshots, and its public IPv4 addresses and Elastic IPs (billed by Amazon VPC since Feb 2024).
 */
public final class Ec2Rule implements PricingRule<Ec2Rule.Config> {
    /** Configuration of an EC2 instance group. */
    public record Config(String instanceType, int count, PurchaseOption purchase, BigDecimal volumeGb,
            String volumeType, int publicIpv4PerInstance, int iops, BigDecimal throughputMibps, BigDecimal snapshotGb,
            BigDecimal hoursEach, Sizing sizing, AppWork work, Boolean statedUnlimited, Extras extras)
            implements ServesRequests, dev.cloudplan.core.architecture.Purchasable {
        @Override
        public Config withPurchase(PurchaseOption p) {
            return new Config(instanceType, count, p, volumeGb, volumeType, publicIpv4PerInstance, iops, throughputMibps,
                    snapshotGb, hoursEach, sizing, work, statedUnlimited, extras);
        }

        @Override
        public List<PurchaseOption> commitmentOptions() {
            return dev.cloudplan.core.architecture.Purchasable.ec2Options();
        }

        /** As before data volumes, Elastic IPs and spot: none of them. */
        public Config(String instanceType, int count, PurchaseOption purchase, BigDecimal volumeGb, String volumeType,
                int publicIpv4PerInstance, int iops, BigDecimal throughputMibps, BigDecimal snapshotGb,
                BigDecimal hoursEach, Sizing sizing, AppWork work, Boolean statedUnlimited) {
            this(instanceType, count, purchase, volumeGb, volumeType, publicIpv4PerInstance, iops, throughputMibps,
                    snapshotGb, hoursEach, sizing, work, statedUnlimited, Extras.NONE);
        }

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
            this(instanceType, count, purchase, volumeGb, volumeType, publicIpv4PerInstance, EbsVolume.GP3_IOPS,
                    EbsVolume.GP3_THROUGHPUT_MIBPS, BigDecimal.ZERO);
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
                    throughputMibps, snapshotGb, hours, sizing, work, statedUnlimited, extras);
        }

        /** The root volume of each instance, as the shared EBS pricing sees it. */
        EbsVolume rootVolume() {
            return new EbsVolume(1, EbsVolume.Type.of(volumeType), volumeGb, iops, throughputMibps);
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

    /**
     * What an instance group has besides its root volume and public IPv4: data volumes on each instance, Elastic IPs
     * on each instance, and the spot discount stated (null unless bought on spot).
     */
    public record Extras(List<EbsVolume> dataVolumes, int elasticIpsPerInstance, BigDecimal spotDiscount,
            String operatingSystem, int detailedMonitoringMetrics) {
        public static final Extras NONE = new Extras(List.of(), 0, null);

        public Extras {
            dataVolumes = List.copyOf(dataVolumes);
        }

        /** Linux, basic monitoring. */
        public Extras(List<EbsVolume> dataVolumes, int elasticIpsPerInstance, BigDecimal spotDiscount) {
            this(dataVolumes, elasticIpsPerInstance, spotDiscount, "linux", 0);
        }

        /** The Price List's operatingSystem value. */
        String catalogOs() {
            return switch (operatingSystem) {
                case "windows" -> "Windows";
                case "rhel" -> "RHEL";
                case "suse" -> "SUSE";
                default -> "Linux";
            };
        }
    }

    /** Spec names of the operating systems (the Price List's operatingSystem: Linux, Windows, RHEL, SUSE). */
    static final List<String> OPERATING_SYSTEMS = List.of("linux", "windows", "rhel", "suse");

    private static final String SURPLUS_CREDITS = PlannedComponent.SURPLUS_CREDITS;
    private static final String MONITORING_KEY = "detailed_monitoring_metrics";
    /** The root volume's keys, named before data volumes existed (overrides in specs use them). */
    private static final EbsPricing.Keys ROOT = new EbsPricing.Keys("volume_gb_months", "extra_iops_months", null, null,
            "extra_throughput_gibps_months", null);

    @Override
    public String type() {
        return "ec2";
    }

    @Override
    public String summary() {
        return "EC2 instances (Linux, Windows, RHEL, SUSE): instance-hours, root and data EBS volumes, snapshots,"
                + " public IPv4 and Elastic IPs, surplus CPU credits, detailed monitoring";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("instance_type", SettingKind.TEXT, null,
                        "EC2 instance type, e.g. t4g.medium; auto = the cheapest that carries the peak").orAuto(),
                Setting.of("count", SettingKind.COUNT, BigDecimal.ONE,
                        "instances running; auto = as many as each hour's load needs (auto scaling)").orAuto(),
                Setting.of("purchase", SettingKind.PURCHASE, PurchaseOption.ON_DEMAND, PurchaseOption.SYNTAX),
                Setting.of("spot_discount", SettingKind.PERCENT, BigDecimal.ZERO, "purchase: spot: the discount on the"
                        + " on-demand price you expect, e.g. 70% (spot prices are in no graded source: it must be stated)")
                        .onlyWhen("purchase", "spot"),
                Setting.of("volume", SettingKind.GIGABYTES, new BigDecimal("8"), "root EBS volume per instance"),
                Setting.choice("volume_type", "gp3", List.of("gp3", "gp2"), "EBS volume type"),
                Setting.of("iops", SettingKind.COUNT, BigDecimal.valueOf(EbsVolume.GP3_IOPS),
                        "gp3 IOPS provisioned per volume; the first 3,000 are included").onlyWhen("volume_type", "gp3"),
                Setting.of("throughput", SettingKind.NUMBER, EbsVolume.GP3_THROUGHPUT_MIBPS,
                        "gp3 throughput per volume in MiB/s; the first 125 are included").onlyWhen("volume_type", "gp3"),
                Setting.of("snapshots", SettingKind.GIGABYTES, BigDecimal.ZERO,
                        "EBS snapshot storage kept per instance (incremental: the changed blocks of every snapshot kept)"),
                Setting.of("data_volumes", SettingKind.VOLUMES, List.of(), "EBS data volumes on each instance besides the"
                        + " root volume: [N x] SIZE TYPE [IOPS IOPS] [MIB MiB/s], comma-separated, e.g. 2 x 500 GB st1,"
                        + " 100 GB io2 8000 IOPS"),
                Setting.choice("operating_system", "linux", OPERATING_SYSTEMS, "the instance's"
                        + " operating system: linux, windows, rhel (Red Hat Enterprise Linux) or suse (SUSE Linux"
                        + " Enterprise Server), licence included in the hourly price"),
                Setting.of("detailed_monitoring", SettingKind.COUNT, BigDecimal.ZERO, "CloudWatch detailed monitoring:"
                        + " the metrics each instance publishes at 1-minute resolution, billed as custom metrics; 0 ="
                        + " basic monitoring (5-minute, free)"),
                Setting.of("public_ipv4", SettingKind.COUNT, BigDecimal.ONE, "public IPv4 addresses per instance"),
                Setting.of("elastic_ips", SettingKind.COUNT, BigDecimal.ZERO, "Elastic IP addresses associated with each"
                        + " instance besides public_ipv4, billed as in-use public IPv4 addresses (one that replaces the"
                        + " auto-assigned address: set public_ipv4: 0)"),
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
        keys.put(MONITORING_KEY, "Metrics");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        PurchaseOption purchase = s.purchase("purchase");
        BigDecimal spotDiscount = null;
        if (purchase.kind() == PurchaseOption.Kind.SPOT) {
            spotDiscount = s.number("spot_discount");
            if (spotDiscount.signum() == 0 || spotDiscount.compareTo(BigDecimal.ONE) >= 0) {
                throw new InvalidSettingException("purchase", "spot prices change by the hour and are in no graded source,"
                        + " so a spot estimate needs the discount you expect on the on-demand price",
                        "add spot_discount below 100%, such as spot_discount: 70% (see the EC2 Spot Instance Advisor"
                                + " for the type's typical savings)");
            }
        }
        Integer count = s.countOrAuto("count");
        return new Config(s.text("instance_type"), count == null ? 1 : count, purchase,
                s.number("volume"), s.text("volume_type"), s.count("public_ipv4"), s.count("iops"), s.number("throughput"),
                s.number("snapshots"), HOURS_PER_MONTH, Sizing.read(s, "instance_type", "count"), AppWork.read(s),
                s.text("cpu_credits").equals("auto") ? null : s.text("cpu_credits").equals("unlimited"),
                new Extras(s.<EbsVolume>list("data_volumes"), s.count("elastic_ips"), spotDiscount,
                        s.text("operating_system"), s.count("detailed_monitoring")));
    }

    @Override
    public void validate(Config c, Map<String, Limit> limits) {
        EbsPricing.validate(c.rootVolume(), limits, null, "iops", "throughput");
        for (EbsVolume v : c.extras().dataVolumes()) {
            EbsPricing.validate(v, limits, "data_volumes", "data_volumes", "data_volumes");
        }
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        // Units that scale in off-peak exist only while they run: their volumes and addresses are billed for those hours.
        BigDecimal n = BigDecimal.valueOf(c.count()).multiply(c.hoursEach()).divide(HOURS_PER_MONTH,
                BillingConventions.DIVISION);
        if (c.snapshotGb().signum() > 0) {
            assumptions.add(EbsPricing.SNAPSHOT_ASSUMPTION);
        }
        if (c.extras().spotDiscount() != null) {
            assumptions.add("EC2 spot: instance-hours at the on-demand price x (1 - " + Decimals.percent(c.extras().spotDiscount())
                    + "), the discount stated in the spec (spot_discount); spot prices change by the hour and are in no"
                    + " graded source, and spot instances can be interrupted at two minutes' notice.");
        }
        Usage usage = new Usage()
                .put("instance_hours", BigDecimal.valueOf(c.count()).multiply(billedHoursEach(c, assumptions)),
                        instanceHoursFormula(c))
                .put(SURPLUS_CREDITS, BigDecimal.ZERO, "within the baseline");
        EbsPricing.usage(usage, ROOT, c.rootVolume(), n, c.count() + " instances", BigDecimal.ZERO);
        List<EbsVolume> data = c.extras().dataVolumes();
        for (int i = 0; i < data.size(); i++) {
            EbsVolume v = data.get(i);
            EbsPricing.usage(usage, dataKeys(i), v, n.multiply(BigDecimal.valueOf(v.count())), c.count() + " instances x "
                    + v.count() + " data volumes", BigDecimal.ZERO);
        }
        usage.put("snapshot_gb_months", n.multiply(c.snapshotGb()),
                c.count() + " instances x " + Decimals.plain(c.snapshotGb()) + " GB of snapshots");
        PublicIpv4.put(usage, n, "instances", c.publicIpv4PerInstance() + c.extras().elasticIpsPerInstance());
        int metrics = c.extras().detailedMonitoringMetrics();
        usage.put(MONITORING_KEY, n.multiply(BigDecimal.valueOf(metrics)), metrics == 0 ? "basic monitoring (free)"
                : c.count() + " instances x " + metrics + " metrics (detailed monitoring, prorated by the hour)");
        return usage;
    }

    /**
     * A reservation or Savings Plan bills every hour of its term whether an instance runs or not, so a fleet that
     * scales in off-peak still pays the committed hours of every unit it reserves (`cloudplan commitments` finds the
     * number worth committing); on demand and spot pay only the hours run.
     */
    private static BigDecimal billedHoursEach(Config c, Assumptions assumptions) {
        if (!c.purchase().isCommitment() || c.hoursEach().compareTo(HOURS_PER_MONTH) == 0) {
            return c.hoursEach();
        }
        assumptions.add("EC2 " + c.purchase() + ": every committed instance is billed for all 730 hours of the month,"
                + " run or not; the fleet scales in off-peak, so fewer committed instances may cost less (see"
                + " 'cloudplan commitments').");
        return HOURS_PER_MONTH;
    }

    private static String instanceHoursFormula(Config c) {
        String hours = c.count() + " instances x ";
        if (c.hoursEach().compareTo(HOURS_PER_MONTH) == 0) {
            return hours + Decimals.plain(c.hoursEach()) + " h";
        }
        if (c.purchase().isCommitment()) {
            return hours + Decimals.plain(HOURS_PER_MONTH) + " h (committed: every hour billed; the fleet runs "
                    + Decimals.plain(c.hoursEach()) + " h each on average)";
        }
        return hours + Decimals.plain(c.hoursEach()) + " h each on average (auto scaling: more at peak, fewer off-peak)";
    }

    /** The keys of data volume group {@code i}: derived only (to override them, make the volumes an ebs component). */
    private static EbsPricing.Keys dataKeys(int i) {
        return EbsPricing.Keys.of("data_volume_" + (i + 1) + "_");
    }

    @Override
    public boolean changesIn(Config c, int month) {
        return Commitments.changesIn(c.purchase(), month);
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        List<Charge> out = new ArrayList<>();
        String os = c.extras().catalogOs();
        Attributes instance = c.purchase().attributes(Attributes.of("instanceType", c.instanceType(),
                "operatingSystem", os, "tenancy", "Shared"));
        Charge hours = Charge.of("Instance usage (" + os + ", " + c.purchase() + ", " + c.instanceType() + ")", "AmazonEC2",
                "instance-hours", instance, "instance_type", u.get("instance_hours"), "Hrs", u.formula("instance_hours"));
        BigDecimal spot = c.extras().spotDiscount();
        out.add(spot == null ? hours : hours.atShareOfPrice(BigDecimal.ONE.subtract(spot), "on-demand price x (1 - "
                + Decimals.percent(spot) + " stated spot discount)"));
        out.addAll(Commitments.upfront(c.purchase(), "AmazonEC2", instance, c.count(), month,
                "Upfront (" + c.purchase() + ", " + c.instanceType() + ")"));
        out.addAll(EbsPricing.charges(u, ROOT, c.rootVolume().type(), null));
        List<EbsVolume> data = c.extras().dataVolumes();
        for (int i = 0; i < data.size(); i++) {
            out.addAll(EbsPricing.charges(u, dataKeys(i), data.get(i).type(), "data_volumes"));
        }
        out.addAll(EbsPricing.snapshots(u, "snapshot_gb_months"));
        out.addAll(PublicIpv4.charge(u, "public_ipv4"));
        if (u.get(SURPLUS_CREDITS).signum() > 0) {
            out.add(Charge.of("Surplus CPU credits (unlimited mode, " + c.instanceType() + ")", "AmazonEC2", "cpu-credits",
                    Attributes.of("operatingSystem", os), "cpu_credits", u.get(SURPLUS_CREDITS), "vCPU-Hours",
                    u.formula(SURPLUS_CREDITS)));
        }
        if (u.get(MONITORING_KEY).signum() > 0) {
            // CloudWatch bills detailed monitoring's metrics as custom metrics, on the account's one ladder.
            out.add(Charge.of("Detailed monitoring (CloudWatch metrics)", "AmazonCloudWatch", "custom-metrics",
                    Attributes.NONE, "detailed_monitoring", u.get(MONITORING_KEY), "Metrics", u.formula(MONITORING_KEY)));
        }
        return out;
    }
}

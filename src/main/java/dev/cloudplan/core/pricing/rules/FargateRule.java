package dev.cloudplan.core.pricing.rules;

import dev.cloudplan.core.capacity.AppWork;
import dev.cloudplan.core.capacity.Limit;
import dev.cloudplan.core.capacity.ServesRequests;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.InstanceTypes.InstanceType;
import dev.cloudplan.core.architecture.InvalidSettingException;
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
 * Amazon ECS tasks on AWS Fargate (Linux or Windows, whose tasks also bill an OS licence fee per vCPU-hour): tasks x
 * vCPU x hours and tasks x memory GB x hours, x86_64 or arm64,
 * on demand or Spot; ephemeral storage above the 20 GB every task includes; a public IPv4 address per task when
 * tasks run in public subnets. Billed per second with a one-minute minimum, so always-on tasks bill 730 h a month.
 */
public final class FargateRule implements PricingRule<FargateRule.Config> {
    private static final String TASK = "fargate.task.cpu-";
    private static final String MIN = ".memory-min-gb";
    private static final String MAX = ".memory-max-gb";
    private static final String WINDOWS = "fargate.windows.";
    private static final String VCPU_HOURS = "fargate-vcpu-hours";
    private static final String MEMORY_GB_HOURS = "fargate-memory-gb-hours";

    /** Configuration of a service's tasks. */
    public record Config(int tasks, BigDecimal vcpu, BigDecimal memoryGb, String architecture, String capacity,
            BigDecimal ephemeralStorageGb, BigDecimal hours, int publicIpv4, Sizing sizing, AppWork work,
            BigDecimal savingsPlanDiscount, boolean windows) implements ServesRequests,
            dev.cloudplan.core.architecture.SavingsPlanCovered {
        /** Linux tasks. */
        public Config(int tasks, BigDecimal vcpu, BigDecimal memoryGb, String architecture, String capacity,
                BigDecimal ephemeralStorageGb, BigDecimal hours, int publicIpv4, Sizing sizing, AppWork work,
                BigDecimal savingsPlanDiscount) {
            this(tasks, vcpu, memoryGb, architecture, capacity, ephemeralStorageGb, hours, publicIpv4, sizing, work,
                    savingsPlanDiscount, false);
        }

        /** Tasks at on-demand (or spot) rates, without a Savings Plan. */
        public Config(int tasks, BigDecimal vcpu, BigDecimal memoryGb, String architecture, String capacity,
                BigDecimal ephemeralStorageGb, BigDecimal hours, int publicIpv4, Sizing sizing, AppWork work) {
            this(tasks, vcpu, memoryGb, architecture, capacity, ephemeralStorageGb, hours, publicIpv4, sizing, work, null);
        }

        /** Tasks as given, with the documented work per request. */
        public Config(int tasks, BigDecimal vcpu, BigDecimal memoryGb, String architecture, String capacity,
                BigDecimal ephemeralStorageGb, BigDecimal hours, int publicIpv4) {
            this(tasks, vcpu, memoryGb, architecture, capacity, ephemeralStorageGb, hours, publicIpv4, Sizing.FIXED,
                    new AppWork(AppWork.DEFAULT_CPU_MS, AppWork.DEFAULT_CONNECTION_KB, AppWork.DEFAULT_BASE_GB,
                            BigDecimal.ONE));
        }

        @Override
        public Config withoutSavingsPlan() {
            return new Config(tasks, vcpu, memoryGb, architecture, capacity, ephemeralStorageGb, hours, publicIpv4, sizing,
                    work, null, windows);
        }

        @Override
        public boolean savingsPlanApplies() {
            return !capacity.equals("spot");
        }

        @Override
        public List<String> savingsPlanCharges() {
            return List.of(VCPU_HOURS, MEMORY_GB_HOURS);
        }

        @Override
        public String unitType() {
            return null;
        }

        @Override
        public int units() {
            return tasks;
        }

        @Override
        public String service() {
            return null;
        }

        @Override
        public Config sized(String type, int peakUnits, BigDecimal hoursEach) {
            return new Config(peakUnits, vcpu, memoryGb, architecture, capacity, ephemeralStorageGb,
                    hoursEach.multiply(hours).divide(BillingConventions.HOURS_PER_MONTH, BillingConventions.DIVISION),
                    publicIpv4, sizing, work, savingsPlanDiscount, windows);
        }

        @Override
        public BigDecimal hoursEach() {
            return hours;
        }

        @Override
        public BigDecimal vcpuEach(InstanceType spec) {
            return vcpu;
        }

        @Override
        public BigDecimal memoryGibEach(InstanceType spec) {
            return memoryGb;
        }
    }

    static final BigDecimal INCLUDED_EPHEMERAL_GB = new BigDecimal("20");

    @Override
    public String type() {
        return "fargate";
    }

    @Override
    public String summary() {
        return "ECS on Fargate (Linux or Windows): vCPU-hours, memory GB-hours, Windows licence, ephemeral storage above"
                + " 20 GB, public IPv4 per task";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.of("tasks", SettingKind.COUNT, BigDecimal.ONE,
                        "tasks running; auto = as many as each hour's load needs (service auto scaling)").orAuto(),
                Setting.of("vcpu", SettingKind.NUMBER, null, "vCPU per task: 0.25, 0.5, 1, 2, 4, 8 or 16"),
                Setting.of("memory", SettingKind.GIGABYTES, null, "memory per task, e.g. 2 GB"),
                Setting.choice("architecture", "x86_64", List.of("x86_64", "arm64"), "instruction set"),
                Setting.choice("operating_system", "linux", List.of("linux", "windows"), "the task's operating"
                        + " system: windows adds an OS licence fee per vCPU-hour (x86_64, on demand, 1 vCPU or more)"),
                Setting.choice("capacity", "on-demand", List.of("on-demand", "spot"),
                        "on-demand or spot (Fargate Spot: interruptible, discounted)"),
                Setting.of("ephemeral_storage", SettingKind.GIGABYTES, INCLUDED_EPHEMERAL_GB,
                        "ephemeral storage per task, 20 GB to 200 GB; the first 20 GB are included"),
                Setting.of("hours", SettingKind.NUMBER, BillingConventions.HOURS_PER_MONTH, "hours each task runs a month"),
                SavingsPlanDiscount.setting("vCPU and memory (on-demand capacity)"),
                Setting.of("public_ipv4", SettingKind.COUNT, BigDecimal.ONE,
                        "public IPv4 addresses per task: 1 in public subnets, 0 in private subnets behind a NAT gateway"));
    }

    @Override
    public List<Setting> capacitySettings() {
        List<Setting> out = new ArrayList<>(Sizing.settings("tasks"));
        out.removeIf(x -> x.name().equals("families"));
        out.addAll(AppWork.settings());
        return out;
    }

    @Override
    public Map<String, String> usageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("vcpu_hours", "hours");
        keys.put("memory_gb_hours", "hours");
        keys.put("ephemeral_storage_gb_hours", "GB-Hours");
        keys.put(PublicIpv4.USAGE_KEY, "Hrs");
        return keys;
    }

    @Override
    public Config configure(Settings s) {
        BigDecimal vcpu = s.number("vcpu");
        if (vcpu.signum() <= 0 || vcpu.compareTo(new BigDecimal("16")) > 0) {
            throw new InvalidSettingException("vcpu", "Fargate tasks have 0.25 to 16 vCPU", "give 0.25, 0.5, 1, 2, 4, 8 or 16");
        }
        BigDecimal storage = s.number("ephemeral_storage");
        if (storage.compareTo(INCLUDED_EPHEMERAL_GB) < 0 || storage.compareTo(new BigDecimal("200")) > 0) {
            throw new InvalidSettingException("ephemeral_storage", "Fargate ephemeral storage is 20 GB to 200 GB",
                    "give a size from 20 GB to 200 GB");
        }
        if (s.text("architecture").equals("arm64") && s.text("capacity").equals("spot")) {
            // docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html
            throw new InvalidSettingException("capacity", "Fargate Spot does not run arm64 (Graviton) tasks",
                    "use capacity: on-demand with arm64, or architecture: x86_64 with spot");
        }
        BigDecimal hours = s.number("hours");
        if (hours.compareTo(BillingConventions.HOURS_PER_MONTH) > 0) {
            throw new InvalidSettingException("hours", "a month has 730 hours in cloudplan", "give at most 730");
        }
        BigDecimal memory = s.number("memory");
        Integer tasks = s.countOrAuto("tasks");
        BigDecimal plan = SavingsPlanDiscount.read(s);
        if (plan != null && s.text("capacity").equals("spot")) {
            throw new InvalidSettingException(SavingsPlanDiscount.SETTING, "Savings Plans do not cover Fargate Spot",
                    "remove savings_plan_discount, or use capacity: on-demand");
        }
        boolean windows = s.text("operating_system").equals("windows");
        return new Config(tasks == null ? 1 : tasks, vcpu, memory, s.text("architecture"), s.text("capacity"), storage,
                hours, s.count("public_ipv4"), Sizing.read(s, null, "tasks"), AppWork.read(s), plan, windows);
    }

    /**
     * The CPU and memory pairs Fargate runs: limits.csv's fargate.task rows (ECS Developer Guide, task sizes); and for
     * Windows, the fargate.windows rows: arm64 and Fargate Spot (0 = not supported) and the least task vCPU.
     */
    @Override
    public void validate(Config c, Map<String, Limit> limits) {
        if (c.windows()) {
            validateWindows(c, limits);
        }
        List<BigDecimal> sizes = new ArrayList<>();
        for (String key : limits.keySet()) {
            if (key.startsWith(TASK) && key.endsWith(MIN)) {
                sizes.add(new BigDecimal(key.substring(TASK.length(), key.length() - MIN.length())));
            }
        }
        sizes.sort(null);
        Limit min = limits.get(TASK + Decimals.plain(c.vcpu()) + MIN);
        Limit max = limits.get(TASK + Decimals.plain(c.vcpu()) + MAX);
        if (min == null || max == null) {
            String all = String.join(", ", sizes.stream().map(Decimals::plain).toList());
            throw new InvalidSettingException("vcpu", "Fargate tasks have " + all + " vCPU, not " + Decimals.plain(c.vcpu()),
                    "give one of " + all);
        }
        if (c.memoryGb().compareTo(min.value()) < 0 || c.memoryGb().compareTo(max.value()) > 0) {
            throw new InvalidSettingException("memory", "a Fargate task of " + Decimals.plain(c.vcpu()) + " vCPU takes "
                    + Decimals.plain(min.value()) + " GB to " + Decimals.plain(max.value()) + " GB of memory, not "
                    + Decimals.plain(c.memoryGb()) + " GB", "give a memory from " + Decimals.plain(min.value()) + " GB to "
                    + Decimals.plain(max.value()) + " GB, or another vcpu (" + min.source() + ")");
        }
    }

    private static void validateWindows(Config c, Map<String, Limit> limits) {
        Limit arm = limits.get(WINDOWS + "arm64");
        if (arm != null && arm.value().signum() == 0 && c.architecture().equals("arm64")) {
            throw new InvalidSettingException("architecture", "Windows tasks on Fargate run x86_64, not arm64 ("
                    + arm.source() + ")", "use architecture: x86_64, or operating_system: linux");
        }
        Limit spot = limits.get(WINDOWS + "spot");
        if (spot != null && spot.value().signum() == 0 && c.capacity().equals("spot")) {
            throw new InvalidSettingException("capacity", "Fargate Spot does not run Windows tasks (" + spot.source()
                    + ")", "use capacity: on-demand, or operating_system: linux");
        }
        Limit cpu = limits.get(WINDOWS + "task-cpu-min");
        if (cpu != null && c.vcpu().compareTo(cpu.value()) < 0) {
            throw new InvalidSettingException("vcpu", "a Windows task on Fargate has at least "
                    + Decimals.plain(cpu.value()) + " vCPU, not " + Decimals.plain(c.vcpu()) + " (" + cpu.source() + ")",
                    "give vcpu: " + Decimals.plain(cpu.value()) + " or more, or operating_system: linux");
        }
    }

    @Override
    public Usage derive(Config c, WorkloadMonth w, Assumptions assumptions) {
        assumptions.add(BillingConventions.HOURS_ASSUMPTION);
        SavingsPlanDiscount.explain(c.savingsPlanDiscount(), "Fargate vCPU and memory", assumptions);
        BigDecimal taskHours = BigDecimal.valueOf(c.tasks()).multiply(c.hours());
        String tasks = c.tasks() + " tasks x " + Decimals.plain(c.hours()) + " h";
        BigDecimal extraStorage = c.ephemeralStorageGb().subtract(INCLUDED_EPHEMERAL_GB);
        if (c.publicIpv4() > 0) {
            assumptions.add("Fargate tasks hold a public IPv4 address each (public subnets), billed per hour; set"
                    + " public_ipv4: 0 for tasks in private subnets behind a NAT gateway.");
        }
        return new Usage()
                .put("vcpu_hours", taskHours.multiply(c.vcpu()), tasks + " x " + Decimals.plain(c.vcpu()) + " vCPU")
                .put("memory_gb_hours", taskHours.multiply(c.memoryGb()), tasks + " x " + Decimals.plain(c.memoryGb()) + " GB")
                .put("ephemeral_storage_gb_hours", taskHours.multiply(extraStorage), tasks + " x ("
                        + Decimals.plain(c.ephemeralStorageGb()) + " - 20 included) GB")
                .put(PublicIpv4.USAGE_KEY, taskHours.multiply(BigDecimal.valueOf(c.publicIpv4())),
                        tasks + " x " + c.publicIpv4() + " public IPv4");
    }

    @Override
    public List<Charge> charges(Config c, Usage u, int month) {
        Attributes a = c.windows() ? Attributes.of("architecture", c.architecture(), "capacity", "OnDemand",
                "operatingSystem", "Windows") : Attributes.of("architecture", c.architecture(), "capacity",
                c.capacity().equals("spot") ? "Spot" : "OnDemand");
        String what = " (" + (c.windows() ? "Windows, " : "") + c.architecture() + ", " + c.capacity() + ")";
        List<Charge> out = new ArrayList<>();
        // A Compute Savings Plan covers Fargate's vCPU and memory, not its extra storage or addresses.
        out.add(SavingsPlanDiscount.apply(Charge.of("Fargate vCPU" + what, "AmazonECS", VCPU_HOURS, a,
                "capacity", u.get("vcpu_hours"), "hours", u.formula("vcpu_hours")), c.savingsPlanDiscount()));
        out.add(SavingsPlanDiscount.apply(Charge.of("Fargate memory" + what, "AmazonECS", MEMORY_GB_HOURS, a,
                "capacity", u.get("memory_gb_hours"), "hours", u.formula("memory_gb_hours")), c.savingsPlanDiscount()));
        if (c.windows()) {
            // Billed on the vCPU-hours, at the on-demand fee: a Savings Plan is not taken to cover the licence.
            out.add(Charge.of("Fargate Windows OS licence", "AmazonECS", "fargate-windows-license",
                    Attributes.of("operatingSystem", "Windows"), "operating_system", u.get("vcpu_hours"), "hours",
                    u.formula("vcpu_hours") + " (licence fee per vCPU-hour)"));
        }
        if (u.get("ephemeral_storage_gb_hours").signum() > 0) {
            out.add(Charge.of("Fargate ephemeral storage above 20 GB", "AmazonECS", "fargate-ephemeral-storage",
                    Attributes.NONE, "ephemeral_storage", u.get("ephemeral_storage_gb_hours"), "GB-Hours",
                    u.formula("ephemeral_storage_gb_hours")));
        }
        out.addAll(PublicIpv4.charge(u, "public_ipv4"));
        return out;
    }
}

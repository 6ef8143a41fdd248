package dev.cloudplan.core.capacity;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.pricing.rules.Ec2Rule;
import dev.cloudplan.core.pricing.rules.LambdaRule;
import dev.cloudplan.core.pricing.rules.RdsRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner with a hand-made cost (so the cheapest candidate is known here) against the bundled specifications and
 * limits. The t3 family (instance-types.csv): nano 6 credits/h, micro 12, small 24, medium 24, large 36, xlarge 96,
 * 2xlarge 192; one credit is one vCPU-minute, so the baselines are those / 60 vCPU.
 */
class CapacityPlannerTest {
    static final CapacityData DATA = LimitsLoader.with(CatalogLoader.bundled().instanceTypes());

    static Ec2Rule.Config ec2(String type, int count, Sizing sizing) {
        return new Ec2Rule.Config(type, count, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0, 3000, d("125"),
                BigDecimal.ZERO, d("730"), sizing,
                new AppWork(AppWork.DEFAULT_CPU_MS, AppWork.DEFAULT_CONNECTION_KB, AppWork.DEFAULT_BASE_GB, BigDecimal.ONE),
                true);
    }

    /** 100 requests/s at peak: 50/s average x 2,628,000 s. */
    static WorkloadMonth hundredAtPeak() {
        return new WorkloadMonth(1, Map.of(Driver.REQUESTS, d("131400000")), Map.of(), LoadProfile.DEFAULT);
    }

    /** A cost of hours x a price per type, with the prices given. */
    static CandidateCost prices(Map<String, String> perHour) {
        return (component, candidate, month) -> {
            Ec2Rule.Config c = (Ec2Rule.Config) candidate;
            String p = perHour.get(c.instanceType());
            return p == null ? null : d(p).multiply(BigDecimal.valueOf(c.count())).multiply(c.hoursEach());
        };
    }

    static final Map<String, String> T3_LIST = Map.of("t3.nano", "0.0052", "t3.micro", "0.0104", "t3.small", "0.0208",
            "t3.medium", "0.0416", "t3.large", "0.0832", "t3.xlarge", "0.1664", "t3.2xlarge", "0.3328");

    static final Sizing T3_TYPE_ONLY = new Sizing(true, List.of("t3"), false, 1, 1, d("0.70"));

    @Test
    void autoType_picksTheCheapestThatFits_notTheCheapest() {
        // 100/s at peak x 10 ms = 1 vCPU; the day's average 50/s x 10 ms = 0.5 vCPU, which needs a baseline of at
        // least 0.5 / 0.7 = 0.714 vCPU: only t3.xlarge (96 / 60 = 1.6) and t3.2xlarge (3.2) have it.
        CapacityPlanner planner = new CapacityPlanner(DATA, prices(T3_LIST));
        Architecture a = architecture("a", "ec2", "app", ec2("auto", 1, T3_TYPE_ONLY));
        PlannedComponent p = planner.plan(a, hundredAtPeak(), new Assumptions()).component("app").orElseThrow();
        assertThat(((Ec2Rule.Config) p.config()).instanceType()).isEqualTo("t3.xlarge");
        assertThat(p.checks()).allSatisfy(k -> assertThat(k.status()).as(k.resource()).isEqualTo(Status.OK));
        assertThat(p.decision()).contains("t3.xlarge").contains("cheapest");
        assertThat(p.surplusCreditVcpuHours()).isEqualByComparingTo("0");
    }

    @Test
    void autoType_followsTheCost_whenTheBiggerTypeIsCheaper() {
        Map<String, String> inverted = new java.util.HashMap<>(T3_LIST);
        inverted.put("t3.2xlarge", "0.01"); // a made-up price below t3.xlarge's
        CapacityPlanner planner = new CapacityPlanner(DATA, prices(inverted));
        Architecture a = architecture("a", "ec2", "app", ec2("auto", 1, T3_TYPE_ONLY));
        PlannedComponent p = planner.plan(a, hundredAtPeak(), new Assumptions()).component("app").orElseThrow();
        assertThat(((Ec2Rule.Config) p.config()).instanceType()).isEqualTo("t3.2xlarge");
    }

    @Test
    void whenNothingFits_theClosestIsPriced_andItsCheckIsOver() {
        // 10,000/s at peak x 10 ms = 100 vCPU: no single t3 (at most 8 vCPU) carries it
        WorkloadMonth w = new WorkloadMonth(1, Map.of(Driver.REQUESTS, d("13140000000")), Map.of(), LoadProfile.DEFAULT);
        CapacityPlanner planner = new CapacityPlanner(DATA, prices(T3_LIST));
        Architecture a = architecture("a", "ec2", "app", ec2("auto", 1, T3_TYPE_ONLY));
        MonthPlan plan = planner.plan(a, w, new Assumptions());
        PlannedComponent p = plan.component("app").orElseThrow();
        // the most vCPUs and baseline: t3.2xlarge
        assertThat(((Ec2Rule.Config) p.config()).instanceType()).isEqualTo("t3.2xlarge");
        assertThat(p.decision()).contains("no candidate");
        assertThat(plan.anyOver()).isTrue();
    }

    @Test
    void unpricedCandidates_areSkipped_andNoPriceAtAllLeavesTheComponentUnsized() {
        CapacityPlanner onlyLarge = new CapacityPlanner(DATA, prices(Map.of("t3.2xlarge", "0.3328")));
        Architecture a = architecture("a", "ec2", "app", ec2("auto", 1, T3_TYPE_ONLY));
        PlannedComponent p = onlyLarge.plan(a, hundredAtPeak(), new Assumptions()).component("app").orElseThrow();
        assertThat(((Ec2Rule.Config) p.config()).instanceType()).isEqualTo("t3.2xlarge");

        CapacityPlanner none = new CapacityPlanner(DATA, prices(Map.of()));
        PlannedComponent q = none.plan(a, hundredAtPeak(), new Assumptions()).component("app").orElseThrow();
        assertThat(q.decision()).contains("none of the 7 candidate types is priced"); // t3: nano .. 2xlarge
        assertThat(q.checks()).isEmpty();
    }

    @Test
    void autoCount_scalesInOffPeak_andBillsTheAverageHours() {
        // t3.medium: 2 vCPU, 0.4 vCPU baseline. 300/s at peak (150/s average; off-peak (24 x 150 - 4 x 300) / 20 = 120/s)
        // peak CPU 3 vCPU: 3 units give 3/6 = 50% CPU; baseline against the average 1.5 vCPU: 1.5 / (n x 0.4) <= 0.7
        // needs n >= 5.36, so 6 at peak. Off-peak the CPU (1.2 vCPU) needs 1, but the fleet must still earn the
        // day's credits: (4 x 6 + 20 x off) / 24 instances on average >= 5.357 gives off >= 5.23, so 6: no scale-in.
        Sizing countOnly = new Sizing(false, List.of(), true, 1, 20, d("0.70"));
        WorkloadMonth w = new WorkloadMonth(1, Map.of(Driver.REQUESTS, d("394200000")), Map.of(), LoadProfile.DEFAULT);
        CapacityPlanner planner = new CapacityPlanner(DATA, prices(T3_LIST));
        PlannedComponent medium = planner.plan(architecture("a", "ec2", "app", ec2("t3.medium", 1, countOnly)), w,
                new Assumptions()).component("app").orElseThrow();
        Ec2Rule.Config m = (Ec2Rule.Config) medium.config();
        assertThat(m.count()).isEqualTo(6); // ceil(1.5 / (0.7 x 0.4)) = ceil(5.357)
        assertThat(m.hoursEach()).isEqualByComparingTo("730");

        // The credits' baseline is checked against the day's average, which does not fall off-peak, so a type
        // without credits shows the scale-in: m5.large (2 vCPU, 8 GiB, no credits published).
        PlannedComponent m5 = planner.plan(architecture("a", "ec2", "app", ec2("m5.large", 1, countOnly)), w,
                new Assumptions()).component("app").orElseThrow();
        // m5.large is unpriced in this cost map: nothing to choose from
        assertThat(m5.decision()).contains("none of the 1 candidate types is priced");

        CapacityPlanner withM5 = new CapacityPlanner(DATA, prices(Map.of("m5.large", "0.096")));
        Ec2Rule.Config c = (Ec2Rule.Config) withM5.plan(architecture("a", "ec2", "app", ec2("m5.large", 1, countOnly)), w,
                new Assumptions()).component("app").orElseThrow().config();
        // peak 3 vCPU / (n x 2) <= 0.7 -> n >= 2.14 -> 3; off-peak 1.2 / (n x 2) <= 0.7 -> 1
        assertThat(c.count()).isEqualTo(3);
        // hours each = (4 x 3 + 20 x 1) / 24 x 730 / 3 (docs/spec.md#auto-sizing)
        assertThat(c.hoursEach()).isEqualByComparingTo(new BigDecimal(4 * 3 + 20 * 1).multiply(d("730"))
                .divide(new BigDecimal(24 * 3), 4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void databaseClients_areTheApplicationsInstancesAndLambdaExecutions() {
        // 3 instances + Lambda at 100/s x 1 invocation x 200 ms = 20 executions: 23 clients x 10 connections
        Architecture a = architecture("a",
                "ec2", "app", new Ec2Rule.Config("t3.medium", 3, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0),
                "lambda", "fn", new LambdaRule.Config("x86_64", d("256"), d("200"), d("1")),
                "rds", "db", new RdsRule.Config("mysql", "db.t3.micro", false, d("20"), "gp3", null,
                        PurchaseOption.ON_DEMAND));
        MonthPlan plan = new CapacityPlanner(DATA, prices(T3_LIST)).plan(a, hundredAtPeak(), new Assumptions());
        CapacityCheck connections = plan.component("db").orElseThrow().checks().stream()
                .filter(k -> k.resource().equals("connections")).findFirst().orElseThrow();
        assertThat(connections.demand()).isEqualByComparingTo(BigDecimal.valueOf((3 + 20) * 10));
        // db.t3.micro, MySQL: floor(1 GiB x 2^30 / 12,582,880) = 85
        assertThat(connections.capacity()).isEqualByComparingTo(BigDecimal.valueOf((1L << 30) / 12_582_880));
        assertThat(connections.status()).isEqualTo(Status.OVER);
    }

    @Test
    void withoutCapacityData_nothingIsCheckedOrSized() {
        Ec2Rule.Config auto = ec2("auto", 1, T3_TYPE_ONLY);
        MonthPlan plan = new CapacityPlanner(CapacityData.NONE, prices(T3_LIST)).plan(architecture("a", "ec2", "app", auto),
                hundredAtPeak(), new Assumptions());
        PlannedComponent p = plan.component("app").orElseThrow();
        assertThat(p.checks()).isEmpty();
        assertThat(p.config()).isEqualTo(auto);
        assertThat(p.decision()).isNull();
    }

    @Test
    void bottleneck_isTheCheckClosestToItsLimit() {
        // t3.medium x 1 at 100/s: CPU 1 / 2 = 50%, baseline 0.5 / 0.4 = 125%
        MonthPlan plan = new CapacityPlanner(DATA, prices(T3_LIST)).plan(architecture("a", "ec2", "app",
                new Ec2Rule.Config("t3.medium", 1, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0)), hundredAtPeak(),
                new Assumptions());
        CapacityCheck b = plan.component("app").orElseThrow().bottleneck();
        assertThat(b.resource()).isEqualTo("CPU baseline (credits)");
        assertThat(b.utilisation().doubleValue()).isCloseTo(0.5 / 0.4, org.assertj.core.data.Offset.offset(1e-9));
        // unlimited mode bills the CPU above the baseline: (0.5 - 0.4) vCPU x 730 h
        assertThat(plan.component("app").orElseThrow().surplusCreditVcpuHours().doubleValue())
                .isCloseTo((0.5 - 0.4) * 730, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void creditChecks_belongToTheWholeDay_notToAnOffPeakCountAlone() {
        // The off-peak count of count: auto carries the off-peak hours' CPU; the credits earned and spent over the day
        // are checked with the busiest hour's count. So an off-peak load has no baseline or balance check.
        var planner = new CapacityPlanner(DATA, prices(T3_LIST));
        var config = ec2("t3.micro", 2, Sizing.FIXED);
        List<String> offPeak = planner.checks("app", "ec2", config, new PeakLoad(hundredAtPeak(), Phase.OFF_PEAK),
                new Assumptions()).stream().map(CapacityCheck::resource).toList();
        List<String> peak = planner.checks("app", "ec2", config, new PeakLoad(hundredAtPeak(), Phase.PEAK),
                new Assumptions()).stream().map(CapacityCheck::resource).toList();
        assertThat(peak).contains("CPU", "CPU baseline (credits)", "CPU credit balance");
        assertThat(offPeak).contains("CPU").doesNotContain("CPU baseline (credits)", "CPU credit balance");
    }
}

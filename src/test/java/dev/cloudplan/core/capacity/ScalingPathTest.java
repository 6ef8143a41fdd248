package dev.cloudplan.core.capacity;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.pricing.rules.DynamoDbRule;
import dev.cloudplan.core.pricing.rules.ElastiCacheRule;
import dev.cloudplan.core.pricing.rules.RdsRule;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import dev.cloudplan.core.workload.LoadProfile;
import dev.cloudplan.core.workload.WorkloadMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scaling path's next steps for a database and a table, with a hand-made cost (so which step is cheapest is
 * known here) against the bundled specifications and limits. db.m7g sizes (instance-types.csv): large 2 vCPU,
 * xlarge 4, 2xlarge 8, 4xlarge 16. Target utilisation 70%; cpu_per_query 2 ms.
 */
class ScalingPathTest {
    static final CapacityData DATA = LimitsLoader.with(CatalogLoader.bundled().instanceTypes());
    static final BigDecimal H = d("730");

    /** Hourly list prices of this test, not the catalog's. */
    static final Map<String, String> HOURLY = Map.of("db.m7g.large", "0.168", "db.m7g.xlarge", "0.336",
            "db.m7g.2xlarge", "0.672", "db.m7g.4xlarge", "1.344", "db.m7g.8xlarge", "2.688", "db.m7g.12xlarge", "4.032",
            "db.m7g.16xlarge", "5.376", "cache.t4g.micro", "0.016");

    /**
     * Instances x hourly x 730 h: a primary and its replicas, doubled for Multi-AZ; a cache's nodes; a provisioned
     * table 0.1 a capacity unit, an on-demand one 500.
     */
    static final CandidateCost COST = (component, candidate, month) -> {
        if (candidate instanceof RdsRule.Config c) {
            String p = HOURLY.get(c.instanceType());
            return p == null ? null : d(p).multiply(H).multiply(BigDecimal.valueOf((c.multiAz() ? 2 : 1) + c.readReplicas()));
        }
        if (candidate instanceof ElastiCacheRule.Config c) {
            String p = HOURLY.get(c.instanceType());
            return p == null ? null : d(p).multiply(H).multiply(BigDecimal.valueOf(c.nodes()));
        }
        DynamoDbRule.Config t = (DynamoDbRule.Config) candidate;
        return t.provisioned() ? t.readCapacity().add(t.writeCapacity()).multiply(d("0.1")) : d("500");
    };

    static final ComponentTemplates CACHE = type -> type.equals("elasticache")
            ? Optional.of(new ElastiCacheRule.Config("redis", "auto", 1, 0, null, H,
                    new Sizing(true, List.of("cache.t4g"), false, 1, 1, d("0.70"))))
            : Optional.empty();

    /** 3,000 reads/s and 80 writes/s at the default peak (2x the average: 1,500 and 40 x 2,628,000 s), 1,000 online. */
    static WorkloadMonth busy() {
        return new WorkloadMonth(1, Map.of(Driver.DB_READS, d("1500").multiply(d("2628000")), Driver.DB_WRITES,
                d("40").multiply(d("2628000")), Driver.CONCURRENT_USERS, d("1000"), Driver.STORED_DATA, d("30")),
                Map.of(), LoadProfile.DEFAULT);
    }

    static RdsRule.Config db(String type) {
        return new RdsRule.Config("postgresql", type, false, d("100"), "gp3", null, PurchaseOption.ON_DEMAND);
    }

    static ScalingPath.Path path(Architecture a, ComponentTemplates templates) {
        CapacityPlanner planner = new CapacityPlanner(DATA, COST);
        WorkloadMonth w = busy();
        MonthPlan plan = planner.plan(a, w, new Assumptions());
        return new ScalingPath(planner, COST, templates).of(a, List.of(plan), List.of(w));
    }

    static ScalingPath.Step step(ScalingPath.Path p, String resource) {
        return p.steps().stream().filter(s -> s.resource().equals(resource)).findFirst().orElseThrow();
    }

    @Test
    void databaseOverOnCpu_cacheInFront_isTheCheapestStepThatCarriesIt() {
        // CPU: (3,000 + 80) x 2 ms = 6.16 vCPU on db.m7g.large's 2: over.
        // Size up: 6.16 / 0.7 = 8.8 vCPU needed, so db.m7g.4xlarge (16): 1.344 x 730 = 981.12.
        // Replicas: (3,000 / (n + 1) + 80) x 2 ms <= 0.7 x 2 = 1.4 vCPU, so 3,000 / (n + 1) <= 620, n + 1 >= 4.84: 4
        // replicas, 5 instances x 0.168 x 730 = 613.20.
        // A cache serving 80%: (3,000 x 0.2 + 80) x 2 ms = 1.36 <= 1.4, so it carries; 0.168 x 730 + 0.016 x 730 = 134.32.
        var p = path(architecture("a", "rds", "db", db("db.m7g.large")), CACHE);
        ScalingPath.Step cpu = step(p, "CPU");
        assertThat(cpu.overMonth()).isEqualTo(1);
        assertThat(cpu.stepMonthlyUsd()).isEqualByComparingTo(d("0.168").multiply(H).add(d("0.016").multiply(H)));
        assertThat(cpu.currentMonthlyUsd()).isEqualByComparingTo(d("0.168").multiply(H));
        assertThat(cpu.nextStep()).startsWith("add a cache in front: ElastiCache cache.t4g.micro")
                .contains("80% of the reads (assumed)")
                .contains("add 4 read replicas (db.m7g.large, read_replicas: 4; reads spread over 5 instances) (613.20)")
                .contains("size up to db.m7g.4xlarge (981.12)");
    }

    @Test
    void withACacheAlready_theFewestReplicasThatCarryIt_beatSizingUp() {
        var a = architecture("a", "rds", "db", db("db.m7g.large"), "elasticache", "cache",
                new ElastiCacheRule.Config("redis", "cache.t4g.micro", 1));
        ScalingPath.Step cpu = step(path(a, CACHE), "CPU");
        assertThat(cpu.stepMonthlyUsd()).isEqualByComparingTo(d("0.168").multiply(H).multiply(d("5")));
        assertThat(cpu.nextStep()).startsWith("add 4 read replicas").doesNotContain("cache in front");
    }

    @Test
    void aSingleAzDatabase_getsItsStandbyPriced_withoutAMonth() {
        ScalingPath.Step standby = step(path(architecture("a", "rds", "db", db("db.m7g.large")), CACHE), "availability");
        assertThat(standby.tightMonth()).isNull();
        assertThat(standby.overMonth()).isNull();
        assertThat(standby.stepMonthlyUsd()).isEqualByComparingTo(d("0.168").multiply(H).multiply(d("2")));
        assertThat(standby.nextStep()).startsWith("Multi-AZ");
    }

    @Test
    void provisionedTableOverItsCapacity_provisionWithHeadroom_orOnDemand() {
        // 3,000 eventual reads/s of 1 KB items x 0.5 units = 1,500 RCU against 1,000 provisioned: over; 80 writes/s
        // x 1 unit = 80 WCU. With the peak at 70%: ceil(1,500 / 0.7) = 2,143 RCU, ceil(80 / 0.7) = 115 WCU.
        var table = new DynamoDbRule.Config("provisioned", "standard", "eventual", false, d("1000"), d("1000"), null,
                null, false);
        ScalingPath.Step read = step(path(architecture("a", "dynamodb", "table", table), ComponentTemplates.NONE),
                "read capacity");
        assertThat(read.stepMonthlyUsd()).isEqualByComparingTo(d("2143").add(d("115")).multiply(d("0.1")));
        assertThat(read.currentMonthlyUsd()).isEqualByComparingTo(d("1000").add(d("1000")).multiply(d("0.1")));
        assertThat(read.nextStep()).startsWith("provision 2,143 RCU and 115 WCU (the peak within 70%)")
                .contains("switch to on-demand (billing: on-demand) (500.00)");
    }

    @Test
    void provisionedTableSizedFromThePeak_isCheckedAgainstTheUnitsItBills() {
        // read_capacity: auto with the workload's own peak: ceil(1,500 x 2,628,000 x 0.5 / 2,628,000 x 2) = 1,500
        // RCU billed for a peak of 1,500: 100%, above the 70% target.
        var table = new DynamoDbRule.Config("provisioned", "standard", "eventual", false, null, null, null, null, false);
        var a = architecture("a", "dynamodb", "table", table);
        MonthPlan plan = new CapacityPlanner(DATA, COST).plan(a, busy(), new Assumptions());
        CapacityCheck read = plan.checks().stream().filter(k -> k.resource().equals("read capacity")).findFirst()
                .orElseThrow();
        assertThat(read.capacity()).isEqualByComparingTo("1500");
        assertThat(read.demand()).isEqualByComparingTo("1500");
        assertThat(read.status()).isEqualTo(Status.TIGHT);
    }

    @Test
    void moreReadReplicasThanAllowed_isOver_withoutAReach_andTheAdviceIsToUseFewer() {
        // 16 replicas of 15 allowed: over at any load; a count the spec sets does not grow with the load
        var a = architecture("a", "rds", "db", db("db.m7g.4xlarge").withReadReplicas(16));
        ScalingPath.Path p = path(a, ComponentTemplates.NONE);
        ScalingPath.Step replicas = step(p, "read replicas");
        assertThat(replicas.overMonth()).isEqualTo(1);
        assertThat(replicas.nextStep()).startsWith("at most 15 read replicas");
        assertThat(p.reach()).noneSatisfy(r -> assertThat(r.resource()).isEqualTo("read replicas"));
    }
}

package dev.cloudplan.cli;

import static dev.cloudplan.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudplan commitments} for Fargate and Lambda (Compute Savings Plans), DynamoDB reserved capacity and
 * ElastiCache reserved nodes, through the real entry point. On-demand rates are the bundled catalog's (us-east-1);
 * the commitment rates are stated in the test's spec (the catalog has none): each expected figure is written out
 * from them.
 */
class CommitmentsBeyondEc2CliTest {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HOURS = new BigDecimal("730");
    private static final BigDecimal YEAR = new BigDecimal("8760");   // 12 x 730
    // Bundled catalog, us-east-1: Fargate x86_64 vCPU-hour and GB-hour, Lambda x86_64 GB-second (first tier),
    // DynamoDB provisioned Standard RCU-hour and WCU-hour, ElastiCache Redis cache.t4g.micro node-hour.
    private static final BigDecimal VCPU = new BigDecimal("0.04048");
    private static final BigDecimal GB = new BigDecimal("0.004445");
    private static final BigDecimal LAMBDA = new BigDecimal("0.0000166667");
    private static final BigDecimal RCU = new BigDecimal("0.00013");
    private static final BigDecimal NODE = new BigDecimal("0.016");
    // Stated in the spec below (test rates, not AWS's).
    private static final BigDecimal SP_VCPU = new BigDecimal("0.032384");
    private static final BigDecimal SP_GB = new BigDecimal("0.003556");
    private static final BigDecimal SP_LAMBDA = new BigDecimal("0.000015");
    private static final BigDecimal RI_RCU = new BigDecimal("0.000025");
    private static final BigDecimal RI_RCU_FEE = new BigDecimal("0.3");
    private static final BigDecimal RI_NODE = new BigDecimal("0.011");

    private static String price(String service, String charge, String attributes, String unit, String usd) {
        return "  - {service: " + service + ", charge: " + charge + ", attributes: {" + attributes + "}, unit: " + unit
                + ", usd: " + usd + ", source: test, as_of: 2026-12-01}\n";
    }

    private static final String SP = "payment: %s, purchaseOption: ComputeSavingsPlan, term: 1yr";
    private static final String RESERVED_RCU = "offeringClass: standard, payment: PartialUpfront, purchaseOption: Reserved,"
            + " tableClass: Standard, term: 1yr";
    private static final String PRICES = "prices:\n"
            + price("AmazonECS", "fargate-vcpu-hours", "architecture: x86_64, capacity: OnDemand, " + SP.formatted("NoUpfront"), "hours", "0.032384")
            + price("AmazonECS", "fargate-memory-gb-hours", "architecture: x86_64, capacity: OnDemand, " + SP.formatted("NoUpfront"), "hours", "0.003556")
            + price("AmazonECS", "fargate-vcpu-hours", "architecture: x86_64, capacity: OnDemand, " + SP.formatted("AllUpfront"), "hours", "0.032384")
            + price("AmazonECS", "fargate-memory-gb-hours", "architecture: x86_64, capacity: OnDemand, " + SP.formatted("AllUpfront"), "hours", "0.003556")
            + price("AmazonECS", "fargate-vcpu-hours", "architecture: x86_64, capacity: OnDemand, " + SP.formatted("PartialUpfront"), "hours", "0.032384")
            + price("AmazonECS", "fargate-memory-gb-hours", "architecture: x86_64, capacity: OnDemand, " + SP.formatted("PartialUpfront"), "hours", "0.003556")
            + price("AWSLambda", "duration", "architecture: x86_64, " + SP.formatted("NoUpfront"), "Lambda-GB-Second", "0.000015")
            + price("AmazonDynamoDB", "read-capacity-unit-hours", "capacityMode: Provisioned, " + RESERVED_RCU, "ReadCapacityUnit-Hrs", "0.000025")
            + price("AmazonDynamoDB", "upfront", "unit: RCU, " + RESERVED_RCU, "Quantity", "0.3")
            + price("AmazonDynamoDB", "write-capacity-unit-hours", "capacityMode: Provisioned, " + RESERVED_RCU, "WriteCapacityUnit-Hrs", "0.000128")
            + price("AmazonDynamoDB", "upfront", "unit: WCU, " + RESERVED_RCU, "Quantity", "1.5")
            + price("AmazonElastiCache", "node-hours", "cacheEngine: Redis, instanceType: cache.t4g.micro, offeringClass: standard,"
                    + " payment: NoUpfront, purchaseOption: Reserved, term: 1yr", "Hrs", "0.011");

    private static final String COMPONENTS = "      - {name: api, type: fargate, tasks: 2, vcpu: 0.5, memory: 1 GB, public_ipv4: 0}\n"
            + "      - {name: fn, type: lambda, memory: 512 MB, duration: 100 ms}\n"
            + "      - {name: table, type: dynamodb, billing: provisioned, read_capacity: 100, write_capacity: 50}\n"
            + "      - {name: scaled, type: dynamodb, billing: provisioned, auto_scaling: true}\n"
            + "      - {name: cache, type: elasticache, instance_type: cache.t4g.micro, nodes: 2, replicas: 1}\n"
            + "      - {name: od-table, type: dynamodb}\n"
            + "      - {name: spot, type: fargate, tasks: 1, vcpu: 0.5, memory: 1 GB, capacity: spot, public_ipv4: 0}\n";

    @TempDir
    Path tmp;

    private Path spec(String extraArchitectures) throws IOException {
        return Cli.writeSpec(tmp, "name: beyond\nregion: us-east-1\nhorizon: 12 months\nstart: 2027-01\nworkload:\n"
                + "  requests: 100M/month\n  database: {reads: 50M/month, writes: 10M/month}\n"
                + "  peak: {factor: 2, hours_per_day: 6}\narchitectures:\n  - name: od\n    components:\n" + COMPONENTS
                + extraArchitectures + PRICES);
    }

    private JsonNode json() throws IOException {
        Cli.Result r = run("commitments", spec("").toString(), "-a", "od", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode component(JsonNode root, String name) {
        for (JsonNode c : root.get("components")) {
            if (c.get("component").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no component " + name);
    }

    private static JsonNode option(JsonNode root, String component, String option, String unit) {
        for (JsonNode p : component(root, component).get("priced")) {
            if (p.get("option").asText().equals(option) && p.get("unit").asText().equals(unit)) {
                return p;
            }
        }
        throw new AssertionError("no " + option + " (" + unit + ") for " + component);
    }

    /** One expected figure of one priced option. */
    record Case(String component, String option, String unit, String field, Supplier<BigDecimal> expected) {}

    // Fargate: 2 tasks x (0.5 vCPU x 0.04048 + 1 GB x 0.004445) = 0.04937 USD an hour of on-demand spend, all month.
    private static final BigDecimal TASKS_HOURLY = new BigDecimal("2").multiply(new BigDecimal("0.5").multiply(VCPU).add(GB));
    private static final BigDecimal FARGATE_RATIO = new BigDecimal("0.5").multiply(SP_VCPU).add(SP_GB)
            .divide(new BigDecimal("0.5").multiply(VCPU).add(GB), MC);
    // Lambda: 100M x 100 ms x 0.5 GB = 5,000,000 GB-s a month; peak 2x for 6 h, off-peak (24 - 2 x 6) / 18 = 2/3.
    private static final BigDecimal LAMBDA_HOURLY = new BigDecimal("5000000").multiply(LAMBDA).divide(HOURS, MC);
    // DynamoDB auto scaling at 70%: reads 50M / 2,628,000 s x 0.5 RCU; peak x 2, off-peak x 2/3; rounded up.
    private static final BigDecimal READS = new BigDecimal("50000000").divide(new BigDecimal("2628000"), MC)
            .multiply(new BigDecimal("0.5"));

    private static final List<Case> CASES = List.of(
            new Case("api", "compute-savings-plan 1yr no-upfront", "USD/h", "break_even_utilisation", () -> FARGATE_RATIO),
            new Case("api", "compute-savings-plan 1yr no-upfront", "USD/h", "floor", () -> TASKS_HOURLY),
            new Case("api", "compute-savings-plan 1yr no-upfront", "USD/h", "best_committed", () -> TASKS_HOURLY),
            new Case("api", "compute-savings-plan 1yr all-upfront", "USD/h", "upfront_each", () -> FARGATE_RATIO.multiply(YEAR)),
            new Case("api", "compute-savings-plan 1yr all-upfront", "USD/h", "recurring_hourly", () -> BigDecimal.ZERO),
            // Partial Upfront at the least share AWS allows, half of the commitment (limits.csv).
            new Case("api", "compute-savings-plan 1yr partial-upfront", "USD/h", "upfront_each",
                    () -> FARGATE_RATIO.multiply(new BigDecimal("0.5")).multiply(YEAR)),
            new Case("api", "compute-savings-plan 1yr partial-upfront", "USD/h", "recurring_hourly",
                    () -> FARGATE_RATIO.multiply(new BigDecimal("0.5"))),
            new Case("fn", "compute-savings-plan 1yr no-upfront", "USD/h", "break_even_utilisation",
                    () -> SP_LAMBDA.divide(LAMBDA, MC)),
            new Case("fn", "compute-savings-plan 1yr no-upfront", "USD/h", "floor",
                    () -> LAMBDA_HOURLY.multiply(new BigDecimal("2")).divide(new BigDecimal("3"), MC)),
            new Case("fn", "compute-savings-plan 1yr no-upfront", "USD/h", "utilisation", () -> new BigDecimal("0.5")),
            new Case("table", "reserved 1yr partial-upfront standard", "RCU", "break_even_utilisation",
                    () -> RI_RCU.add(RI_RCU_FEE.divide(YEAR, MC)).divide(RCU, MC)),
            new Case("table", "reserved 1yr partial-upfront standard", "RCU", "best_committed", () -> new BigDecimal("100")),
            new Case("scaled", "reserved 1yr partial-upfront standard", "RCU", "floor", () -> READS
                    .multiply(new BigDecimal("2")).divide(new BigDecimal("3"), MC).divide(new BigDecimal("0.7"), MC)
                    .setScale(0, RoundingMode.CEILING)),
            new Case("scaled", "reserved 1yr partial-upfront standard", "RCU", "max_peak", () -> READS
                    .multiply(new BigDecimal("2")).divide(new BigDecimal("0.7"), MC).setScale(0, RoundingMode.CEILING)),
            new Case("cache", "reserved 1yr no-upfront standard", "node", "break_even_utilisation",
                    () -> RI_NODE.divide(NODE, MC)),
            new Case("cache", "reserved 1yr no-upfront standard", "node", "best_committed", () -> new BigDecimal("2")));

    @Test
    void everyFigure_isTheArithmeticOfTheRates() throws IOException {
        JsonNode root = json();
        for (Case c : CASES) {
            JsonNode p = option(root, c.component(), c.option(), c.unit());
            BigDecimal actual = c.field().equals("max_peak") ? p.get("by_count").get(p.get("by_count").size() - 1)
                    .get("committed").decimalValue() : p.get(c.field()).decimalValue();
            assertThat(actual).as(c.toString()).isCloseTo(c.expected().get(), org.assertj.core.data.Percentage.withPercentage(1e-9));
        }
    }

    @Test
    void horizonCash_writtenOut() throws IOException {
        JsonNode root = json();
        JsonNode fargate = option(root, "api", "compute-savings-plan 1yr no-upfront", "USD/h");
        BigDecimal onDemand = TASKS_HOURLY.multiply(YEAR);                         // 0.04937 x 8,760 = 432.4812
        assertThat(cash(fargate, 0)).isEqualByComparingTo(onDemand);
        assertThat(cash(fargate, fargate.get("by_count").size() - 1)).isCloseTo(onDemand.multiply(FARGATE_RATIO),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
        JsonNode rcu = option(root, "table", "reserved 1yr partial-upfront standard", "RCU");
        // 100 RCU: 100 x (0.3 + 8,760 x 0.000025) = 51.90 against 100 x 8,760 x 0.00013 = 113.88.
        assertThat(cash(rcu, 0)).isEqualByComparingTo(new BigDecimal("100").multiply(YEAR).multiply(RCU));
        assertThat(cash(rcu, 1)).isEqualByComparingTo(new BigDecimal("100").multiply(RI_RCU_FEE.add(YEAR.multiply(RI_RCU))));
        // Lambda: committing the floor (2/3 of the average) covers 2/3 of the spend at 0.9; the rest on demand.
        JsonNode fn = option(root, "fn", "compute-savings-plan 1yr no-upfront", "USD/h");
        BigDecimal year = new BigDecimal("5000000").multiply(LAMBDA).multiply(new BigDecimal("12"));
        BigDecimal floorShare = new BigDecimal("2").divide(new BigDecimal("3"), MC);
        assertThat(fn.get("best_committed").decimalValue()).isEqualByComparingTo(fn.get("floor").decimalValue());
        assertThat(cash(fn, 1)).isCloseTo(year.multiply(floorShare).multiply(SP_LAMBDA.divide(LAMBDA, MC))
                .add(year.multiply(BigDecimal.ONE.subtract(floorShare))), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
    }

    private static BigDecimal cash(JsonNode p, int i) {
        return p.get("by_count").get(i).get("cash").decimalValue();
    }

    @Test
    void reservedNodes_horizonIsWhatCompareTotalsForAReservedCopy() throws IOException {
        Path spec = spec("  - name: ri\n    components:\n      - {name: cache, type: elasticache, instance_type:"
                + " cache.t4g.micro, nodes: 2, replicas: 1, purchase: reserved 1yr no-upfront}\n");
        Cli.Result c = run("commitments", spec.toString(), "-a", "od", "--format", "json");
        JsonNode p = option(new ObjectMapper().readTree(c.out()), "cache", "reserved 1yr no-upfront standard", "node");
        Cli.Result compare = run("compare", spec.toString(), "--format", "json");
        assertThat(compare.code()).as(compare.err()).isZero();
        BigDecimal total = CommitmentsCliTest.architecture(new ObjectMapper().readTree(compare.out()), "ri").get("total")
                .decimalValue();
        // 2 nodes x 8,760 h x 0.011 = 192.72, as the estimate bills the reserved copy.
        assertThat(total).isEqualByComparingTo(new BigDecimal("2").multiply(YEAR).multiply(RI_NODE));
        assertThat(cash(p, 2).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(total);
    }

    @Test
    void notPricedAndNone_sayWhatToStateOrWhy() throws IOException {
        JsonNode root = json();
        JsonNode fargate = component(root, "api").get("not_priced");
        assertThat(fargate).hasSize(3);   // the 3-year plans
        assertThat(fargate.get(0).get("option").asText()).isEqualTo("compute-savings-plan 3yr no-upfront");
        assertThat(fargate.get(0).get("attributes").asText()).isEqualTo(
                "architecture=x86_64;capacity=OnDemand;payment=NoUpfront;purchaseOption=ComputeSavingsPlan;term=3yr");
        // Reserved capacity for 3 years has no rate: NOT PRICED, never priced at zero.
        assertThat(component(root, "table").get("priced")).hasSize(2);
        assertThat(component(root, "table").get("not_priced").get(0).get("option").asText())
                .isEqualTo("reserved 3yr partial-upfront standard");
        assertThat(component(root, "od-table").get("note").asText()).contains("set billing: provisioned");
        assertThat(component(root, "spot").get("note").asText()).contains("no Savings Plan covers");
        Cli.Result table = run("commitments", spec("").toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("charge: read-capacity-unit-hours", "unit: ReadCapacityUnit-Hrs",
                "{service: AmazonDynamoDB, charge: upfront, attributes: {offeringClass: standard, payment: PartialUpfront,"
                        + " purchaseOption: Reserved, tableClass: Standard, term: 3yr, unit: RCU}",
                "commit 100 RCU of 100 RCU", "compute-savings-plan 1yr no-upfront (USD/h)", "commit 2 of 2");
    }

    @Test
    void lambdaWithProvisionedConcurrencyAndAStatedDiscount_heldAllMonthAndPricedUndiscounted() throws IOException {
        // 100M x 100 ms = 10,000,000 s a month at 1 GB; 1 environment serves 2,628,000 s of it (provisioned duration),
        // the other 7,372,000 s run on demand; the environment bills 2,628,000 GB-s all month.
        BigDecimal pc = new BigDecimal("2628000").multiply(new BigDecimal("0.0000041667"));      // catalog rates
        BigDecimal pd = new BigDecimal("2628000").multiply(new BigDecimal("0.0000097222"));
        BigDecimal d = new BigDecimal("7372000").multiply(LAMBDA);
        BigDecimal plan = new BigDecimal("2628000").multiply(new BigDecimal("0.00000375"))       // stated below
                .add(new BigDecimal("2628000").multiply(new BigDecimal("0.00000875")))
                .add(new BigDecimal("7372000").multiply(SP_LAMBDA));
        String sp = "architecture: x86_64, " + SP.formatted("NoUpfront");
        Path spec = Cli.writeSpec(tmp, "name: warm\nregion: us-east-1\nhorizon: 12 months\nstart: 2027-01\nworkload:\n"
                + "  requests: 100M/month\n  peak: {factor: 2, hours_per_day: 6}\narchitectures:\n  - name: a\n"
                + "    components:\n      - {name: warm, type: lambda, memory: 1024 MB, duration: 100 ms,"
                + " provisioned_concurrency: 1, savings_plan_discount: 10%}\nprices:\n"
                + price("AWSLambda", "duration", sp, "Lambda-GB-Second", "0.000015")
                + price("AWSLambda", "provisioned-concurrency", sp, "Lambda-GB-Second", "0.00000375")
                + price("AWSLambda", "provisioned-duration", sp, "Lambda-GB-Second", "0.00000875"));
        Cli.Result r = run("commitments", spec.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode p = option(root, "warm", "compute-savings-plan 1yr no-upfront", "USD/h");
        BigDecimal month = pc.add(pd).add(d);
        assertThat(p.get("break_even_utilisation").decimalValue()).isCloseTo(plan.divide(month, MC),
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        // The environment all month, the duration at 2/3 of its average off-peak.
        assertThat(p.get("floor").decimalValue()).isCloseTo(pc.divide(HOURS, MC).add(pd.add(d).divide(HOURS, MC)
                .multiply(new BigDecimal("2")).divide(new BigDecimal("3"), MC)),
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        // Against the undiscounted on-demand rates: the stated 10% is the estimate's, not the analysis'.
        assertThat(cash(p, 0)).isEqualByComparingTo(month.multiply(new BigDecimal("12")));
        assertThat(component(root, "warm").get("note").asText()).contains("savings_plan_discount of 10%");
    }

    @Test
    void aurora_reservedInstancesOfThePrimaryRegion_onDemandStatedOrNotPriced() throws IOException {
        String key = "databaseEngine: Aurora PostgreSQL, deploymentOption: Single-AZ, instanceType: db.r6g.large,"
                + " storageConfiguration: Standard, ";
        String ri = key + "offeringClass: standard, payment: AllUpfront, purchaseOption: Reserved, term: 1yr";
        String head = "name: aurora\nregion: us-east-1\nhorizon: 12 months\nstart: 2027-01\nworkload:\n"
                + "  requests: 10M/month\n  database: {reads: 10M/month, writes: 1M/month, stored: 10 GB}\narchitectures:\n"
                + "  - name: a\n    components:\n"
                + "      - {name: db, type: aurora, instance_type: db.r6g.large, instances: 2, global_regions: us-west-2}\n";
        // No Aurora db.r7g rate in the bundled catalog (it has db.r6g since the prices2 pass): nothing to compare
        // with, and the key to state.
        Cli.Result none = run("commitments", Cli.writeSpec(tmp, head.replace("db.r6g.large", "db.r7g.large")).toString());
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).contains("its on-demand rate is NOT PRICED", "charge: instance-hours, attributes:"
                + " {databaseEngine: Aurora PostgreSQL, deploymentOption: Single-AZ, instanceType: db.r7g.large,"
                + " purchaseOption: OnDemand, storageConfiguration: Standard}, unit: Hrs");
        // Test rates: 0.26 an hour on demand, 1-year All Upfront 0 an hour + 1,400 per instance.
        Path spec = Cli.writeSpec(tmp, head + "prices:\n"
                + price("AmazonRDS", "instance-hours", key + "purchaseOption: OnDemand", "Hrs", "0.26")
                + price("AmazonRDS", "instance-hours", ri, "Hrs", "0")
                + price("AmazonRDS", "upfront", ri, "Quantity", "1400"));
        JsonNode root = new ObjectMapper().readTree(run("commitments", spec.toString(), "--format", "json").out());
        JsonNode p = option(root, "db", "reserved 1yr all-upfront standard", "instance");
        BigDecimal od = new BigDecimal("0.26");
        assertThat(p.get("break_even_utilisation").decimalValue()).isCloseTo(new BigDecimal("1400").divide(YEAR, MC)
                .divide(od, MC), org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(p.get("best_committed").asInt()).isEqualTo(2);
        assertThat(cash(p, 2)).isEqualByComparingTo(new BigDecimal("2800"));
        assertThat(cash(p, 0)).isEqualByComparingTo(new BigDecimal("2").multiply(YEAR).multiply(od));
        assertThat(component(root, "db").get("priced")).hasSize(1);   // the secondary in us-west-2 is not a group
        assertThat(component(root, "db").get("note").asText()).contains("1 instance group(s) in other regions");
        assertThat(component(root, "db").get("not_priced")).hasSize(4);
    }

    @Test
    void csvAndMarkdown_carryTheUnit() throws IOException {
        Cli.Result csv = run("commitments", spec("").toString(), "-a", "od", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("od,api,fargate,,\"compute-savings-plan 1yr no-upfront\",priced,",
                ",USD/h,1,", "od,table,dynamodb,,\"reserved 1yr partial-upfront standard\",priced,", ",RCU,0.00013,");
        Cli.Result md = run("commitments", spec("").toString(), "--format", "markdown");
        assertThat(md.out()).contains("| reserved 1yr partial-upfront standard (RCU) |");
    }
}

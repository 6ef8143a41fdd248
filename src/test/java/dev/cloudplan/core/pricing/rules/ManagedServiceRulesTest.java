package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.allowance;
import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.tier;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.line;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ElastiCache, SQS, CloudWatch, Fargate, EKS, Aurora Serverless v2, Secrets Manager and EC2's EBS extras against a
 * hand-made catalog (fixture prices, not AWS's). Expected costs are arithmetic from the fixture prices.
 */
class ManagedServiceRulesTest {
    static final double NODE_HOUR = 0.016;
    static final double ECACHE_GB_HOUR = 0.125;
    static final double ECPU = 0.0000000034;
    static final double SQS_T1 = 0.0000004;
    static final double SQS_T2 = 0.0000003;
    static final double SQS_FIFO = 0.0000005;
    static final double LOG_GB = 0.5;
    static final double LOG_STORED = 0.03;
    static final double METRIC_T1 = 0.3;
    static final double METRIC_T2 = 0.1;
    static final double ALARM = 0.1;
    static final double VCPU_X86 = 0.04048;
    static final double GB_X86 = 0.004445;
    static final double VCPU_ARM = 0.03238;
    static final double GB_ARM = 0.00356;
    static final double EPHEMERAL = 0.000111;
    static final double IPV4 = 0.005;
    static final double EKS = 0.1;
    static final double EKS_EXTENDED = 0.5;
    static final double ACU = 0.12;
    static final double ACU_IOOPT = 0.16;
    static final double AURORA_GB = 0.1;
    static final double AURORA_GB_IOOPT = 0.225;
    static final double AURORA_IO = 0.0000002;
    static final double SECRET = 0.4;
    static final double SECRET_API = 0.000005;
    static final double EC2_HOUR = 0.04;
    static final double EBS_GB = 0.08;
    static final double EBS_IOPS = 0.005;
    static final double EBS_GIBPS = 40.96;
    static final double SNAPSHOT_GB = 0.05;

    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonElastiCache", "node-hours", "cacheEngine=Redis;instanceType=cache.t4g.micro", "Hrs", "0.016"),
            price("AmazonElastiCache", "node-hours", "cacheEngine=Redis;instanceType=cache.t3.micro", "Hrs", "0.017"),
            price("AmazonElastiCache", "serverless-data-stored", "cacheEngine=Redis", "GB-Hours", "0.125"),
            price("AmazonElastiCache", "serverless-ecpu", "cacheEngine=Redis", "ECPU", "0.0000000034"),
            tier("AWSQueueService", "requests", "queueType=Standard", "Requests", "0", "100000000000", "0.0000004"),
            tier("AWSQueueService", "requests", "queueType=Standard", "Requests", "100000000000", null, "0.0000003"),
            price("AWSQueueService", "requests", "queueType=FIFO", "Requests", "0.0000005"),
            price("AmazonCloudWatch", "log-ingestion", "logClass=Standard", "GB", "0.5"),
            price("AmazonCloudWatch", "log-storage", "", "GB-Mo", "0.03"),
            tier("AmazonCloudWatch", "custom-metrics", "", "Metrics", "0", "10000", "0.3"),
            tier("AmazonCloudWatch", "custom-metrics", "", "Metrics", "10000", null, "0.1"),
            price("AmazonCloudWatch", "alarms", "alarmType=Standard", "Alarms", "0.1"),
            price("AmazonECS", "fargate-vcpu-hours", "architecture=x86_64;capacity=OnDemand", "hours", "0.04048"),
            price("AmazonECS", "fargate-memory-gb-hours", "architecture=x86_64;capacity=OnDemand", "hours", "0.004445"),
            price("AmazonECS", "fargate-vcpu-hours", "architecture=arm64;capacity=OnDemand", "hours", "0.03238"),
            price("AmazonECS", "fargate-memory-gb-hours", "architecture=arm64;capacity=OnDemand", "hours", "0.00356"),
            price("AmazonECS", "fargate-ephemeral-storage", "", "GB-Hours", "0.000111"),
            price("AmazonVPC", "public-ipv4-hours", "addressState=in-use", "Hrs", "0.005"),
            price("AmazonEKS", "cluster-hours", "support=standard", "Hours", "0.1"),
            price("AmazonEKS", "cluster-hours", "support=extended", "Hours", "0.5"),
            price("AmazonRDS", "aurora-serverless-v2-acu-hours",
                    "databaseEngine=Aurora PostgreSQL;storageConfiguration=Standard", "ACU-Hr", "0.12"),
            price("AmazonRDS", "aurora-serverless-v2-acu-hours",
                    "databaseEngine=Aurora PostgreSQL;storageConfiguration=IOOptimized", "ACU-Hr", "0.16"),
            price("AmazonRDS", "aurora-storage", "storageConfiguration=Standard", "GB-Mo", "0.1"),
            price("AmazonRDS", "aurora-storage", "storageConfiguration=IOOptimized", "GB-Mo", "0.225"),
            price("AmazonRDS", "aurora-io", "", "IOs", "0.0000002"),
            price("AWSSecretsManager", "secrets", "", "Secrets", "0.4"),
            price("AWSSecretsManager", "api-requests", "", "API Requests", "0.000005"),
            price("AmazonEC2", "instance-hours", "instanceType=t4g.medium;operatingSystem=Linux;purchaseOption=OnDemand;tenancy=Shared",
                    "Hrs", "0.04"),
            price("AmazonEC2", "ebs-storage", "volumeType=gp3", "GB-Mo", "0.08"),
            price("AmazonEC2", "ebs-iops", "volumeType=gp3", "IOPS-Mo", "0.005"),
            price("AmazonEC2", "ebs-throughput", "volumeType=gp3", "GiBps-mo", "40.96"),
            price("AmazonEC2", "ebs-snapshots", "", "GB-Mo", "0.05")),
            List.of(allowance(FreeTierRegime.ALWAYS, "AWSQueueService", "requests", "", "1000000", "Requests", "sqs"),
                    allowance(FreeTierRegime.ALWAYS, "AmazonCloudWatch", "log-ingestion", "", "5", "GB", "cw-ingest"),
                    allowance(FreeTierRegime.ALWAYS, "AmazonCloudWatch", "log-storage", "", "5", "GB-Mo", "cw-store"),
                    allowance(FreeTierRegime.ALWAYS, "AmazonCloudWatch", "custom-metrics", "", "10", "Metrics", "cw-metrics"),
                    allowance(FreeTierRegime.ALWAYS, "AmazonCloudWatch", "alarms", "alarmType=Standard", "10", "Alarms",
                            "cw-alarms")));

    static Ec2Rule.Config ec2(int count, int iops, String throughput, String snapshots) {
        return new Ec2Rule.Config("t4g.medium", count, PurchaseOption.ON_DEMAND, d("100"), "gp3", 0, iops, d(throughput),
                d(snapshots));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("elasticache: 2 cache.t4g.micro Redis nodes",
                        List.of("elasticache", "cache", new ElastiCacheRule.Config("redis", "cache.t4g.micro", 2)),
                        Map.of(), 2 * 730 * NODE_HOUR),
                Arguments.of("elasticache serverless: 0.5 GB is metered as the 1 GB minimum; 2.5 KB commands are 2.5 ECPUs",
                        List.of("elasticache-serverless", "cache", ElastiCacheServerlessMinimumTest.serverless("redis", "0.5", "2")),
                        Map.of(Driver.REQUESTS, "10000000", Driver.REQUEST_SIZE, "2.5"),
                        1 * 730 * ECACHE_GB_HOUR + 10_000_000 * 2 * 2.5 * ECPU),
                Arguments.of("elasticache serverless: a command moving under 1 KB still costs 1 ECPU",
                        List.of("elasticache-serverless", "cache", ElastiCacheServerlessMinimumTest.serverless("redis", "1", "1")),
                        Map.of(Driver.REQUESTS, "10000000", Driver.REQUEST_SIZE, "0.3"),
                        1 * 730 * ECACHE_GB_HOUR + 10_000_000 * 1 * 1.0 * ECPU),
                Arguments.of("sqs standard: 1 KB messages are send + receive + delete; 1M free",
                        List.of("sqs", "queue", new SqsRule.Config("standard", d("1"), d("1"))),
                        Map.of(Driver.REQUESTS, "10000000"),
                        (10_000_000 * 3 - 1_000_000) * SQS_T1),
                Arguments.of("sqs: a 100 KB message is 2 chunks for send and receive, + delete = 5 requests",
                        List.of("sqs", "queue", new SqsRule.Config("standard", d("1"), d("100"))),
                        Map.of(Driver.REQUESTS, "1000000"),
                        (1_000_000 * 5 - 1_000_000) * SQS_T1),
                Arguments.of("sqs fifo: free tier shared, FIFO price",
                        List.of("sqs", "queue", new SqsRule.Config("fifo", d("2"), d("64"))),
                        Map.of(Driver.REQUESTS, "1000000"),
                        (2_000_000 * 3 - 1_000_000) * SQS_FIFO),
                Arguments.of("sqs crosses the 100 billion tier",
                        List.of("sqs", "queue", new SqsRule.Config("standard", d("1"), d("1"))),
                        Map.of(Driver.REQUESTS, "40000000000"),
                        (100_000_000_000.0 - 1_000_000) * SQS_T1 + 20_000_000_000.0 * SQS_T2),
                Arguments.of("cloudwatch: 1 KB logs per request, kept 3 months; month 1 stores half a month of logs on"
                                + " average; 5 GB + 5 GB-Mo free",
                        List.of("cloudwatch", "cw", new CloudWatchRule.Config(true, d("1"), d("3"), 0, 0)),
                        Map.of(Driver.REQUESTS, "104857600"),
                        (100 - 5) * LOG_GB + (100 * Math.min(3, 0.5) - 5) * LOG_STORED),
                Arguments.of("cloudwatch: metrics cross the 10,000 tier, 10 free; alarms 10 free",
                        List.of("cloudwatch", "cw", new CloudWatchRule.Config(false, d("1"), d("1"), 10_010, 15)),
                        Map.of(),
                        (10_000 - 10) * METRIC_T1 + 10 * METRIC_T2 + 5 * ALARM),
                Arguments.of("fargate x86: 2 tasks x 0.5 vCPU x 1 GB x 730 h, public IPv4 per task",
                        List.of("fargate", "app", new FargateRule.Config(2, d("0.5"), d("1"), "x86_64", "on-demand", d("20"),
                                d("730"), 1)),
                        Map.of(),
                        2 * 730 * 0.5 * VCPU_X86 + 2 * 730 * 1 * GB_X86 + 2 * 730 * IPV4),
                Arguments.of("fargate x86 under a stated 20% Compute Savings Plan: vCPU and memory at 0.8, IPv4 not",
                        List.of("fargate", "app", new FargateRule.Config(2, d("0.5"), d("1"), "x86_64", "on-demand", d("20"),
                                d("730"), 1, dev.cloudplan.core.capacity.Sizing.FIXED, new dev.cloudplan.core.capacity.AppWork(
                                d("10"), d("64"), d("0.5"), d("1")), d("0.2"))),
                        Map.of(),
                        (2 * 730 * 0.5 * VCPU_X86 + 2 * 730 * 1 * GB_X86) * (1 - 0.2) + 2 * 730 * IPV4),
                Arguments.of("fargate arm64, 50 GB ephemeral (30 above the included 20), 100 h, private subnets",
                        List.of("fargate", "app", new FargateRule.Config(3, d("1"), d("2"), "arm64", "on-demand", d("50"),
                                d("100"), 0)),
                        Map.of(),
                        3 * 100 * 1 * VCPU_ARM + 3 * 100 * 2 * GB_ARM + 3 * 100 * 30 * EPHEMERAL),
                Arguments.of("eks standard",
                        List.of("eks", "k8s", new EksRule.Config(1, "standard")), Map.of(), 730 * EKS),
                Arguments.of("eks extended: standard + surcharge",
                        List.of("eks", "k8s", new EksRule.Config(2, "extended")), Map.of(),
                        2 * 730 * EKS + 2 * 730 * EKS_EXTENDED),
                Arguments.of("aurora standard: ACU-hours x instances, storage, I/O per read and write",
                        List.of("aurora-serverless-v2", "db", new AuroraServerlessRule.Config("postgresql", "standard", d("2"), 2,
                                null, d("1"))),
                        Map.of(Driver.STORED_DATA, "50", Driver.DB_READS, "30000000", Driver.DB_WRITES, "10000000"),
                        2 * 2 * 730 * ACU + 50 * AURORA_GB + 40_000_000 * AURORA_IO),
                Arguments.of("aurora io-optimized: no I/O charge",
                        List.of("aurora-serverless-v2", "db", new AuroraServerlessRule.Config("postgresql", "io-optimized",
                                d("0.5"), 1, d("80"), d("1"))),
                        Map.of(),
                        0.5 * 730 * ACU_IOOPT + 80 * AURORA_GB_IOOPT),
                Arguments.of("secrets manager: 5 secrets, 100,000 API calls",
                        List.of("secrets-manager", "secrets", new SecretsManagerRule.Config(5, d("100000"))), Map.of(),
                        5 * SECRET + 100_000 * SECRET_API),
                Arguments.of("ec2 gp3 at the baseline: no IOPS or throughput charge",
                        List.of("ec2", "app", ec2(1, 3000, "125", "0")), Map.of(),
                        730 * EC2_HOUR + 100 * EBS_GB),
                Arguments.of("ec2 gp3 above the baseline: 2 volumes x 2,000 IOPS and 131 MiB/s extra, 40 GB snapshots each",
                        List.of("ec2", "app", ec2(2, 5000, "256", "40")), Map.of(),
                        2 * 730 * EC2_HOUR + 2 * 100 * EBS_GB + 2 * (5000 - 3000) * EBS_IOPS
                                + 2 * (256 - 125) / 1024.0 * EBS_GIBPS + 2 * 40 * SNAPSHOT_GB));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, List<Object> component, Map<Driver, String> drivers, double expected) {
        Projection p = month(CATALOG, component, drivers);
        assertThat(p.complete()).as(p.unpriced().toString()).isTrue();
        assertThat(total(p)).isEqualTo(expected, cents());
    }

    @Test
    void fargateSpot_withoutAPrice_isNotPriced_neverZero() {
        Projection p = month(CATALOG, List.of("fargate", "app", new FargateRule.Config(1, d("1"), d("2"), "x86_64", "spot",
                d("20"), d("730"), 0)), Map.of());
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("capacity=Spot").contains("No region"));
    }

    @Test
    void elastiCacheLegacyFreeTier_isNotAppliedToAlwaysFreeAccounts() {
        Projection p = month(CATALOG, List.of("elasticache", "cache", new ElastiCacheRule.Config("redis", "cache.t3.micro", 1)),
                Map.of());
        assertThat(line(p, "node-hours").freeQuantity()).isEqualByComparingTo("0");
    }

    @Test
    void priceMissingInTheRegion_namesWhatIsMissingAndTheRegionsThatHaveIt() {
        var arch = dev.cloudplan.Fixtures.architecture("a", "fargate", "app", new FargateRule.Config(1, d("1"), d("2"),
                "arm64", "on-demand", d("20"), d("730"), 0));
        // The bundled catalog has no arm64 Fargate price for ap-south-1 (the one found was left out as doubtful).
        var scenario = new dev.cloudplan.core.projection.Scenario("test", "ap-south-1", 1, dev.cloudplan.Fixtures.START,
                dev.cloudplan.core.projection.Account.ALWAYS_FREE_ONLY, dev.cloudplan.Fixtures.workload(Map.of()), null,
                List.of(), List.of(arch), List.of());
        Projection p = new dev.cloudplan.core.projection.Estimator(dev.cloudplan.Fixtures.bundled()).estimate(scenario, arch);
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason())
                .contains("AmazonECS fargate-vcpu-hours [architecture=arm64;capacity=OnDemand] in ap-south-1")
                .contains("Regions that have it: ap-southeast-1, eu-central-1, eu-west-1, us-east-1, us-west-2")
                .contains("architecture one of x86_64"));
    }

    @Test
    void cloudWatchLogStorage_buildsUpMonthByMonth_untilTheRetentionIsFull() {
        var arch = dev.cloudplan.Fixtures.architecture("a", "cloudwatch", "cw", new CloudWatchRule.Config(true, d("1"),
                d("3"), 0, 0));
        // 104,857,600 requests x 1 KB = 100 GB of logs a month, kept 3 months.
        var scenario = dev.cloudplan.Fixtures.scenario(6, dev.cloudplan.core.projection.Account.ALWAYS_FREE_ONLY,
                dev.cloudplan.Fixtures.workload(Map.of(Driver.REQUESTS, "104857600")), null, List.of(), arch);
        Projection p = new dev.cloudplan.core.projection.Estimator(CATALOG).estimate(scenario, arch);
        double[] storedGbMonths = new double[6];
        for (var m : p.months()) {
            storedGbMonths[m.month() - 1] = m.lines().stream().filter(l -> l.charge().equals("log-storage"))
                    .mapToDouble(l -> l.quantity().doubleValue()).sum();
        }
        // Average stored over month m: 100 GB x min(3, m - 0.5).
        assertThat(storedGbMonths).containsExactly(new double[] {50, 150, 250, 300, 300, 300}, within(1e-9));
    }
}

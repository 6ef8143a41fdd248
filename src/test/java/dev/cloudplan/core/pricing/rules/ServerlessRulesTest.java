package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.bundled;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.scenario;
import static dev.cloudplan.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven cases for the Lambda, API Gateway, DynamoDB, S3, data-transfer and Route 53 rules against
 * the bundled us-east-1 catalog. Each expected cost is written as arithmetic from the catalog's prices
 * (per one unit, as in the CSV files) and AWS's documented rules, never copied from the program's output.
 */
class ServerlessRulesTest {
    // Bundled us-east-1 prices (src/main/resources/cloudplan/catalog/bundled), per one unit.
    static final double LAMBDA_REQUEST = 0.0000002;
    static final double LAMBDA_GBS_X86_T1 = 0.0000166667;
    static final double LAMBDA_GBS_X86_T2 = 0.000015;
    static final double LAMBDA_GBS_ARM_T1 = 0.0000133334;
    static final double LAMBDA_PC_X86 = 0.0000041667;
    static final double LAMBDA_PC_DURATION_X86 = 0.0000097222;
    static final double LAMBDA_STORAGE = 0.0000000309;
    static final double HTTP_T1 = 0.000001;
    static final double HTTP_T2 = 0.0000009;
    static final double REST_T1 = 0.0000035;
    static final double RRU = 0.000000125;
    static final double WRU = 0.000000625;
    static final double RCU_HOUR = 0.00013;
    static final double WCU_HOUR = 0.00065;
    static final double DDB_GB = 0.25;
    static final double S3_GB_T1 = 0.023;
    static final double EGRESS_T1 = 0.09;
    static final double EGRESS_T2 = 0.085;
    static final double ZONE_T1 = 0.5;
    static final double ZONE_T2 = 0.1;
    static final double QUERY = 0.0000004;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("lambda x86 under a stated 17% Compute Savings Plan: duration at 0.83 of on-demand, requests not",
                        List.of("lambda", "fn", new LambdaRule.Config("x86_64", d("256"), d("200"), d("1"), 0, d("512"),
                                d("0.17"))),
                        Map.of(Driver.REQUESTS, "100000000"),
                        (100_000_000 - 1_000_000) * LAMBDA_REQUEST
                                + (100_000_000 * 0.2 * 0.25 - 400_000) * LAMBDA_GBS_X86_T1 * (1 - 0.17)),
                Arguments.of("lambda x86: 1M requests and 400,000 GB-s are free every month",
                        List.of("lambda", "fn", new LambdaRule.Config("x86_64", d("256"), d("200"), d("1"))),
                        Map.of(Driver.REQUESTS, "100000000"),
                        (100_000_000 - 1_000_000) * LAMBDA_REQUEST
                                + (100_000_000 * 0.2 * 0.25 - 400_000) * LAMBDA_GBS_X86_T1),
                Arguments.of("lambda rounds duration up to the millisecond: 200.2 ms bills 201 ms",
                        List.of("lambda", "fn", new LambdaRule.Config("arm64", d("1024"), d("200.2"), d("1"))),
                        Map.of(Driver.REQUESTS, "10000000"),
                        (10_000_000 - 1_000_000) * LAMBDA_REQUEST + (10_000_000 * 0.201 * 1 - 400_000) * LAMBDA_GBS_ARM_T1),
                Arguments.of("lambda x86 crosses the 6 billion GB-s tier",
                        List.of("lambda", "fn", new LambdaRule.Config("x86_64", d("10240"), d("1000"), d("1"))),
                        Map.of(Driver.REQUESTS, "700000000"),
                        (700_000_000 - 1_000_000) * LAMBDA_REQUEST
                                + (6_000_000_000.0 - 400_000) * LAMBDA_GBS_X86_T1
                                + (700_000_000 * 1.0 * 10 - 6_000_000_000.0) * LAMBDA_GBS_X86_T2),
                Arguments.of("lambda provisioned concurrency serving every invocation: no free tier, provisioned duration rate",
                        List.of("lambda", "fn", new LambdaRule.Config("x86_64", d("512"), d("200"), d("1"), 10, d("512"))),
                        Map.of(Driver.REQUESTS, "100000000"),
                        100_000_000 * LAMBDA_REQUEST
                                + 10 * 2_628_000 * 0.5 * LAMBDA_PC_X86
                                + 100_000_000 * 0.2 * 0.5 * LAMBDA_PC_DURATION_X86),
                Arguments.of("lambda provisioned concurrency too small: the rest spills over to on-demand, still without free tier",
                        List.of("lambda", "fn", new LambdaRule.Config("x86_64", d("1024"), d("100"), d("1"), 2, d("512"))),
                        Map.of(Driver.REQUESTS, "100000000"),
                        100_000_000 * LAMBDA_REQUEST
                                + 2 * 2_628_000 * 1.0 * LAMBDA_PC_X86
                                + 2 * 2_628_000 * 1.0 * LAMBDA_PC_DURATION_X86
                                + (100_000_000 * 0.1 - 2 * 2_628_000) * 1.0 * LAMBDA_GBS_X86_T1),
                Arguments.of("lambda ephemeral storage: 2 GB configured bills 1.5 GB per second of duration; free tier as usual",
                        List.of("lambda", "fn", new LambdaRule.Config("arm64", d("1024"), d("100"), d("1"), 0, d("2048"))),
                        Map.of(Driver.REQUESTS, "10000000"),
                        (10_000_000 - 1_000_000) * LAMBDA_REQUEST + (10_000_000 * 0.1 * 1 - 400_000) * LAMBDA_GBS_ARM_T1
                                + 10_000_000 * 0.1 * (2048 - 512) / 1024.0 * LAMBDA_STORAGE),
                Arguments.of("HTTP API meters per started 512 KB: a 600 KB request counts twice",
                        List.of("api-gateway", "api", new ApiGatewayRule.Config("http")),
                        Map.of(Driver.REQUESTS, "1000000", Driver.REQUEST_SIZE, "600"),
                        2 * 1_000_000 * HTTP_T1),
                Arguments.of("HTTP API crosses the 300M tier",
                        List.of("api-gateway", "api", new ApiGatewayRule.Config("http")),
                        Map.of(Driver.REQUESTS, "400000000", Driver.REQUEST_SIZE, "2"),
                        300_000_000 * HTTP_T1 + 100_000_000 * HTTP_T2),
                Arguments.of("REST API first tier",
                        List.of("api-gateway", "api", new ApiGatewayRule.Config("rest")),
                        Map.of(Driver.REQUESTS, "100000000"),
                        100_000_000 * REST_T1),
                Arguments.of("DynamoDB on-demand, 6 KB items: reads ceil(6/4)=2 blocks x 0.5, writes 6 units; 25 GB free",
                        List.of("dynamodb", "t", new DynamoDbRule.Config("on-demand", "standard", "eventual", false, null, null,
                                d("2"), null, false)),
                        Map.of(Driver.DB_READS, "100000000", Driver.DB_WRITES, "10000000", Driver.ITEM_SIZE, "6",
                                Driver.STORED_DATA, "50"),
                        100_000_000 * 2 * 0.5 * RRU + 10_000_000 * 6 * WRU + (50 - 25) * DDB_GB),
                Arguments.of("DynamoDB on-demand, 6 KB items read and 1.5 KB written: reads 2 blocks x 0.5, writes 2 units",
                        List.of("dynamodb", "t", new DynamoDbRule.Config("on-demand", "standard", "eventual", false, null, null,
                                d("2"), null, false)),
                        Map.of(Driver.DB_READS, "100000000", Driver.DB_WRITES, "10000000", Driver.ITEM_SIZE, "9",
                                Driver.READ_ITEM_SIZE, "6", Driver.WRITE_ITEM_SIZE, "1.5", Driver.STORED_DATA, "50"),
                        100_000_000 * 2 * 0.5 * RRU + 10_000_000 * 2 * WRU + (50 - 25) * DDB_GB),
                Arguments.of("DynamoDB on-demand strong reads of 4 KB and transactional writes of 0.5 KB",
                        List.of("dynamodb", "t", new DynamoDbRule.Config("on-demand", "standard", "strong", true, null, null,
                                d("2"), null, false)),
                        Map.of(Driver.DB_READS, "1000000", Driver.DB_WRITES, "1000000", Driver.ITEM_SIZE, "4",
                                Driver.STORED_DATA, "10"),
                        1_000_000 * 1 * 1.0 * RRU + 1_000_000 * 4 * 2 * WRU),
                Arguments.of("DynamoDB provisioned 100 RCU / 50 WCU: the 25 RCU and 25 WCU free (18,600 unit-hours) apply",
                        List.of("dynamodb", "t", new DynamoDbRule.Config("provisioned", "standard", "eventual", false, d("100"),
                                d("50"), d("2"), null, false)),
                        Map.of(Driver.DB_READS, "1", Driver.DB_WRITES, "1", Driver.STORED_DATA, "0"),
                        (100 * 730 - 18_600) * RCU_HOUR + (50 * 730 - 18_600) * WCU_HOUR),
                Arguments.of("DynamoDB provisioned with auto scaling at 70%: 100 reads/s and 10 writes/s on average, 2x for"
                        + " 4 h (off-peak 0.8x): RCU ceil(200 x 0.5 / 0.7) = 143 at peak, ceil(80 x 0.5 / 0.7) = 58 off-peak;"
                        + " WCU 29 and 12; unit-hours (4 x peak + 20 x off) / 24 x 730, less the free 18,600",
                        List.of("dynamodb", "t", new DynamoDbRule.Config("provisioned", "standard", "eventual", false, null,
                                null, null, null, false, d("0.7"))),
                        Map.of(Driver.DB_READS, "262800000", Driver.DB_WRITES, "26280000", Driver.STORED_DATA, "0"),
                        Math.max(0, (4 * 143 + 20 * 58) / 24.0 * 730 - 18_600) * RCU_HOUR
                                + Math.max(0, (4 * 29 + 20 * 12) / 24.0 * 730 - 18_600) * WCU_HOUR),
                Arguments.of("S3 Standard storage, requests priced per request",
                        List.of("s3", "b", new S3Rule.Config(null)),
                        Map.of(Driver.STATIC_ASSETS, "20", Driver.STATIC_REQUESTS, "1000000", Driver.UPLOADS, "10000"),
                        20 * S3_GB_T1 + 1_000_000 * 0.0000004 + 10_000 * 0.000005),
                Arguments.of("egress: first 100 GB free, then 0.09 up to 10 TB, then 0.085",
                        List.of("data-transfer-out", "out", new DataTransferOutRule.Config(d("1"))),
                        Map.of(Driver.EGRESS, "12000"),
                        (10_240 - 100) * EGRESS_T1 + (12_000 - 10_240) * EGRESS_T2),
                Arguments.of("Route 53: 30 zones = 25 at 0.50 + 5 at 0.10; 2M queries",
                        List.of("route53", "dns", new Route53Rule.Config(30, "standard")),
                        Map.of(Driver.DNS_QUERIES, "2000000"),
                        25 * ZONE_T1 + 5 * ZONE_T2 + 2_000_000 * QUERY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthOneCost_matchesArithmeticFromCatalogPrices(String name, List<Object> component, Map<Driver, String> load,
            double expected) {
        var arch = architecture("a", component.get(0), component.get(1), component.get(2));
        Projection p = new Estimator(bundled()).estimate(scenario(1, Account.ALWAYS_FREE_ONLY, workload(load), null,
                List.of(), arch), arch);
        MonthCost m = p.months().get(0);
        assertThat(p.complete()).as("all charges priced: %s", m.unpriced()).isTrue();
        BigDecimal exact = m.lines().stream().map(l -> l.exactCost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(exact.doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(m.total()).isEqualTo(sumOfCents(m.lines()));
        assertThat(m.total().amount().subtract(BigDecimal.valueOf(expected)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(m.lines().size())));
    }

    @Test
    void lambdaProvisionedConcurrency_outsideUsEast1_isNotPriced_andNamesUsEast1() {
        var arch = dev.cloudplan.Fixtures.architecture("a", "lambda", "fn", new LambdaRule.Config("x86_64", d("512"), d("100"), d("1"), 5,
                d("512")));
        var scenario = new dev.cloudplan.core.projection.Scenario("test", "eu-west-1", 1, dev.cloudplan.Fixtures.START, Account.ALWAYS_FREE_ONLY,
                dev.cloudplan.Fixtures.workload(Map.of(Driver.REQUESTS, "1000000")), null, List.of(), List.of(arch), List.of());
        Projection p = new Estimator(bundled()).estimate(scenario, arch);
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason())
                .contains("AWSLambda provisioned-concurrency [architecture=x86_64] in eu-west-1")
                .contains("Regions that have it: us-east-1"));
    }

    static Money sumOfCents(List<LineItem> lines) {
        Money sum = Money.ZERO;
        for (LineItem l : lines) {
            assertThat(l.cost().amount()).isEqualByComparingTo(l.exactCost().amount().setScale(2, RoundingMode.HALF_UP));
            sum = sum.plus(l.cost());
        }
        return sum;
    }
}

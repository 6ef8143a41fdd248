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
 * ALB, NAT gateway, inter-AZ and CloudFront rules against a hand-made catalog (fixture prices, not AWS's). Expected
 * costs are arithmetic from the fixture prices and AWS's documented billing rules.
 */
class NetworkRulesTest {
    static final double ALB_HOUR = 0.0225;
    static final double LCU_HOUR = 0.008;
    static final double IPV4_HOUR = 0.005;
    static final double NAT_HOUR = 0.045;
    static final double NAT_GB = 0.045;
    static final double INTER_AZ_GB = 0.01;
    static final double CF_GB_T1 = 0.085;
    static final double CF_GB_T2 = 0.08;
    static final double CF_HTTPS = 0.000001;
    static final double CF_HTTP = 0.00000075;
    static final double SECONDS = 730 * 3600.0;

    static final PriceCatalog CATALOG = catalog(List.of(
            price("AWSELB", "alb-hours", "", "Hrs", "0.0225"),
            price("AWSELB", "lcu-hours", "", "LCU-Hrs", "0.008"),
            price("AmazonVPC", "public-ipv4-hours", "addressState=in-use", "Hrs", "0.005"),
            price("AmazonEC2", "nat-gateway-hours", "", "Hrs", "0.045"),
            price("AmazonEC2", "nat-gateway-data", "", "GB", "0.045"),
            price("AWSDataTransfer", "inter-az", "", "GB", "0.01"),
            tier("AmazonCloudFront", "data-transfer-out", "edgeLocation=UnitedStates", "GB", "0", "10240", "0.085"),
            tier("AmazonCloudFront", "data-transfer-out", "edgeLocation=UnitedStates", "GB", "10240", null, "0.08"),
            price("AmazonCloudFront", "requests-https", "edgeLocation=UnitedStates", "Requests", "0.000001"),
            price("AmazonCloudFront", "requests-http", "edgeLocation=UnitedStates", "Requests", "0.00000075")),
            List.of(allowance(FreeTierRegime.ALWAYS, "AmazonCloudFront", "data-transfer-out", "", "1024", "GB", "cf-dto"),
                    allowance(FreeTierRegime.ALWAYS, "AmazonCloudFront", "requests-http", "", "10000000", "Requests", "cf-req"),
                    allowance(FreeTierRegime.ALWAYS, "AmazonCloudFront", "requests-https", "", "10000000", "Requests", "cf-req")));

    static AlbRule.Config alb(String target, String activeConnections, String processedGb, String rulesPerRequest) {
        return new AlbRule.Config(1, target, d("1"), activeConnections == null ? null : d(activeConnections),
                processedGb == null ? null : d(processedGb), d(rulesPerRequest), true, 2);
    }

    static Stream<Arguments> cases() {
        double fixedAlb = 730 * ALB_HOUR + 2 * 730 * IPV4_HOUR;
        return Stream.of(
                Arguments.of("alb: new connections dominate (2,628,000,000 requests = 1,000/s; / 25 = 40 LCU)",
                        List.of("alb", "lb", alb("instance", "100", "100", "1")),
                        Map.of(Driver.REQUESTS, "2628000000"),
                        fixedAlb + 40 * 730 * LCU_HOUR),
                Arguments.of("alb: active connections dominate (30,000 concurrent users / 3,000 = 10 LCU)",
                        List.of("alb", "lb", alb("instance", null, "730", "1")),
                        Map.of(Driver.REQUESTS, "2628000", Driver.CONCURRENT_USERS, "30000"),
                        fixedAlb + 10 * 730 * LCU_HOUR),
                Arguments.of("alb: processed bytes dominate (7,300 GB = 10 GB/h / 1 = 10 LCU), not the sum of dimensions",
                        List.of("alb", "lb", alb("instance", "3000", "7300", "1")),
                        Map.of(Driver.REQUESTS, "2628000"),
                        fixedAlb + 10 * 730 * LCU_HOUR),
                Arguments.of("alb: Lambda targets get 0.4 GB/h per LCU (7,300 GB = 10 GB/h / 0.4 = 25 LCU)",
                        List.of("alb", "lb", alb("lambda", "3000", "7300", "1")),
                        Map.of(Driver.REQUESTS, "2628000"),
                        fixedAlb + 25 * 730 * LCU_HOUR),
                Arguments.of("alb: rule evaluations dominate (100/s x (300 - 10 free) rules = 29,000/s / 1,000 = 29 LCU)",
                        List.of("alb", "lb", alb("instance", "0", "0", "300")),
                        Map.of(Driver.REQUESTS, String.valueOf((long) (100 * SECONDS))),
                        fixedAlb + 29 * 730 * LCU_HOUR),
                Arguments.of("alb: the first 10 rule evaluations of a request are free (100/s x 10 rules = 0 LCU)",
                        List.of("alb", "lb", alb("instance", "0", "0", "10")),
                        Map.of(Driver.REQUESTS, String.valueOf((long) (100 * SECONDS))),
                        fixedAlb + 100.0 / 25 * 730 * LCU_HOUR),
                Arguments.of("alb: lcus off, internal (no public IPv4)",
                        List.of("alb", "lb", new AlbRule.Config(1, "instance", d("1"), null, null, d("1"), false, 0)),
                        Map.of(),
                        730 * ALB_HOUR),
                Arguments.of("nat gateway: 2 gateways, hours + an Elastic IP each; user egress is not NAT traffic",
                        List.of("nat-gateway", "nat", new NatGatewayRule.Config(2, null, 1)),
                        Map.of(Driver.EGRESS, "500"),
                        2 * 730 * NAT_HOUR + 0 * NAT_GB + 2 * 730 * IPV4_HOUR),
                Arguments.of("nat gateway: stated data processed",
                        List.of("nat-gateway", "nat", new NatGatewayRule.Config(1, d("80"), 1)),
                        Map.of(),
                        730 * NAT_HOUR + 80 * NAT_GB + 730 * IPV4_HOUR),
                Arguments.of("inter-az: half of 500 GB egress crosses, billed out and in",
                        List.of("inter-az", "az", new InterAzRule.Config(null, d("0.5"), "egress")),
                        Map.of(Driver.EGRESS, "500"),
                        500 * 0.5 * 2 * INTER_AZ_GB),
                Arguments.of("inter-az: stated 100 GB crossing = 200 billed GB",
                        List.of("inter-az", "az", new InterAzRule.Config(d("100"), d("0.5"), "egress")),
                        Map.of(),
                        100 * 2 * INTER_AZ_GB),
                Arguments.of("inter-az: replication, 100 writes/s of 2 KB items cross to the replica, billed out and in",
                        List.of("inter-az", "az", new InterAzRule.Config(null, d("0.5"), "replication")),
                        // 100/s x 2,628,000 s a month = 262,800,000 writes; x 2 KB / 1,048,576 KB per GB = 501.25 GB
                        Map.of(Driver.DB_WRITES, "262800000", Driver.ITEM_SIZE, "2"),
                        262_800_000.0 * 2 / 1_048_576 * 2 * INTER_AZ_GB),
                Arguments.of("inter-az: app to database, half of (90M reads + 10M writes) x 4 KB crosses, billed out and in",
                        List.of("inter-az", "az", new InterAzRule.Config(null, d("0.5"), "database")),
                        Map.of(Driver.DB_READS, "90000000", Driver.DB_WRITES, "10000000", Driver.ITEM_SIZE, "4",
                                Driver.EGRESS, "5000"),
                        (90_000_000.0 + 10_000_000) * 4 / 1_048_576 * 0.5 * 2 * INTER_AZ_GB),
                Arguments.of("cloudfront: under the always-free 1 TB and 10M requests",
                        List.of("cloudfront", "cdn", new CloudFrontRule.Config(d("1"), "united-states", "https")),
                        Map.of(Driver.EGRESS, "1000", Driver.STATIC_REQUESTS, "9000000"),
                        0.0),
                Arguments.of("cloudfront: crosses the 10 TB tier; 1 TB free comes off the first tier",
                        List.of("cloudfront", "cdn", new CloudFrontRule.Config(d("1"), "united-states", "https")),
                        Map.of(Driver.EGRESS, "12240", Driver.STATIC_REQUESTS, "30000000"),
                        (10240 - 1024) * CF_GB_T1 + 2000 * CF_GB_T2 + (30_000_000 - 10_000_000) * CF_HTTPS),
                Arguments.of("cloudfront: HTTP requests, share of the egress",
                        List.of("cloudfront", "cdn", new CloudFrontRule.Config(d("0.5"), "united-states", "http")),
                        Map.of(Driver.EGRESS, "4048", Driver.STATIC_REQUESTS, "20000000"),
                        (2024 - 1024) * CF_GB_T1 + 10_000_000 * CF_HTTP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, List<Object> component, Map<Driver, String> drivers, double expected) {
        Projection p = month(CATALOG, component, drivers);
        assertThat(p.complete()).as(p.unpriced().toString()).isTrue();
        assertThat(total(p)).isEqualTo(expected, cents());
    }

    @Test
    void alb_lcusAreTheMaximumOfTheFourDimensions_notTheirSum() {
        // new connections 1,000/s / 25 = 40; active 60,000 / 3,000 = 20; 7,300 GB / 730 h = 10 GB/h = 10; rules 1 per
        // request: 1,000/s / 1,000 = 1. LCUs = 40, never 40 + 20 + 10 + 1.
        Projection p = month(CATALOG, List.of("alb", "lb", alb("instance", "60000", "7300", "1")),
                Map.of(Driver.REQUESTS, "2628000000"));
        assertThat(line(p, "lcu-hours").quantity()).isEqualByComparingTo("29200");
        assertThat(line(p, "lcu-hours").formula()).contains("= 40 LCU x 730 h");
    }

    @Test
    void alb_autoProcessedBytes_areRequestsTimesSizePlusEgress() {
        // 1,048,576 requests x 7 KB = 7 GB, + 7,293 GB egress = 7,300 GB = 10 GB/h = 10 LCU
        Projection p = month(CATALOG, List.of("alb", "lb", alb("instance", "0", null, "0")),
                Map.of(Driver.REQUESTS, "1048576", Driver.REQUEST_SIZE, "7", Driver.EGRESS, "7293"));
        assertThat(line(p, "lcu-hours").quantity()).isEqualByComparingTo("7300");
    }

    @Test
    void glueCosts_areListedInTheAssumptions() {
        Projection p = month(CATALOG, List.of("nat-gateway", "nat", new NatGatewayRule.Config(1, null, 1)),
                Map.of(Driver.EGRESS, "10"));
        assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("NAT gateway data processed: not given,"
                + " so 0 GB is priced"));
    }
}

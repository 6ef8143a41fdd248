package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.WorkloadMonth;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.UnpricedCharge;
import dev.cloudplan.core.workload.Driver;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11's networking and small-service rules priced against the BUNDLED catalog in us-east-1 (so the charge names,
 * attributes and units of the rules and of the catalog rows are checked together). Expected totals are arithmetic from
 * the catalog's us-east-1 prices, named below with their grade; lines the catalog cannot price are listed by label and
 * must be reported NOT PRICED, never counted.
 */
class BreadthRulesTest {
    static final PriceCatalog BUNDLED = Fixtures.bundled();
    static final double IPV4_HOUR = 0.005;          // AmazonVPC public-ipv4-hours (in-use and idle), us-east-1
    static final double NLB_HOUR = 0.0225;          // AWSELB nlb-hours, transcribed
    static final double NLCU_HOUR = 0.006;          // AWSELB nlcu-hours, transcribed (Infracost golden + awsnegotiations)
    static final double WAF_ACL = 5;                // awswaf web-acls, a month, transcribed
    static final double WAF_RULE = 1;               // awswaf rules, a month, transcribed
    static final double WAF_REQUEST = 0.0000006;    // awswaf requests ($0.60 per million), transcribed
    static final double ENDPOINT_AZ_HOUR = 0.01;    // AmazonVPC vpc-endpoint-hours, price-list-mirror
    static final double ENDPOINT_GB = 0.01;         // AmazonVPC vpc-endpoint-data, first 1 PB (1,048,576 GB)
    static final double TGW_ATTACHMENT_HOUR = 0.05; // AmazonVPC transit-gateway-attachment-hours, transcribed
    static final double TGW_GB = 0.02;              // AmazonVPC transit-gateway-data, transcribed
    static final double EVENT_CHUNK = 0.000001;     // AWSEvents custom-events, transcribed
    static final double SNS_REQUEST = 0.0000005;    // AmazonSNS requests; 1,000,000 free (always)
    static final double SNS_HTTP = 0.0000006;       // AmazonSNS deliveries HTTP; 100,000 free
    static final double SNS_EMAIL = 0.00002;        // AmazonSNS deliveries Email; 1,000 free
    static final double TRANSITION = 0.000025;      // AmazonStates state-transitions; 4,000 free
    static final double EXPRESS_REQUEST = 0.000001; // AmazonStates express-requests
    static final double KMS_KEY = 1.0;              // awskms keys, transcribed
    static final double KMS_REQUEST = 0.000003;     // awskms requests, price-list-mirror; 20,000 free
    static final double ECR_GB = 0.10;              // AmazonECR storage, price-list-mirror
    static final double LOG_IA_GB = 0.25;           // AmazonCloudWatch log-ingestion InfrequentAccess; 5 GB free
    static final double INSIGHTS_GB = 0.005;        // AmazonCloudWatch logs-insights-scanned
    static final double CF_GB_T1 = 0.085;           // AmazonCloudFront data-transfer-out, first 10 TB, US and Europe
    static final double CF_HTTPS_US = 0.000001;     // AmazonCloudFront requests-https UnitedStates
    static final double CF_HTTPS_EU = 0.0000012;    // AmazonCloudFront requests-https Europe
    static final double EDGE_REQUEST = 0.0000006;   // AWSLambda edge-requests (Lambda@Edge), transcribed, global
    static final double HOURS = 730;
    static final double SECONDS = 730 * 3600.0;

    static NlbRule.Config nlb(String listener, String active, String processed) {
        return new NlbRule().bound(new NlbRule.Config(1, listener, d("1"), active == null ? null : d(active),
                processed == null ? null : d(processed), true, 2), dev.cloudplan.catalogio.LimitsLoader.ruleData());
    }

    static CloudFrontRule.Config cdn(Map<String, java.math.BigDecimal> mix, String functions, String invalidations) {
        return new CloudFrontRule.Config(d("1"), mix, "https", d("0"), functions, null,
                functions.equals("lambda-edge") ? d("50") : null, functions.equals("lambda-edge") ? d("128") : null,
                d(invalidations));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nlb tcp: active connections dominate (250,000 / 100,000 = 2.5 NLCU over 1 new/s and 2 GB/h)",
                        List.of("nlb", "lb", nlb("tcp", "250000", "1460")), Map.of(Driver.REQUESTS, "2628000"),
                        HOURS * NLB_HOUR + 2 * HOURS * IPV4_HOUR + 250_000 / 100_000.0 * HOURS * NLCU_HOUR, List.of()),
                Arguments.of("nlb internal, nlcus off: hours only",
                        List.of("nlb", "lb", new NlbRule.Config(1, "tcp", d("1"), null, null, false, 0)), Map.of(),
                        HOURS * NLB_HOUR, List.of()),
                Arguments.of("gwlb: every charge NOT PRICED (one source each, endpoints none)",
                        List.of("gwlb", "fw", new GwlbRule.Config(1, d("3"), 2, d("2000"))), Map.of(), 0.0,
                        List.of("Gateway Load Balancer hours", "GWLB capacity units", "GWLB endpoint hours",
                                "GWLB endpoint data processed")),
                Arguments.of("vpc-endpoint: 4 interface endpoints in 2 AZs, 500 GB",
                        List.of("vpc-endpoint", "ep", new VpcEndpointRule.Config("interface", 4, 2, d("500"))), Map.of(),
                        4 * 2 * HOURS * ENDPOINT_AZ_HOUR + 500 * ENDPOINT_GB, List.of()),
                Arguments.of("vpc-endpoint: the GB above 1 PB are NOT PRICED, the first PB is billed",
                        List.of("vpc-endpoint", "ep", new VpcEndpointRule.Config("interface", 1, 1, d("1100000"))), Map.of(),
                        HOURS * ENDPOINT_AZ_HOUR + 1_048_576 * ENDPOINT_GB,
                        List.of("Interface endpoint data processed (over 1,048,576 GB)")),
                Arguments.of("vpc-endpoint: a gateway endpoint is a $0 line, not a missing price",
                        List.of("vpc-endpoint", "ep", new VpcEndpointRule.Config("gateway", 1, 2, d("300"))), Map.of(),
                        0.0, List.of()),
                Arguments.of("transit-gateway: 3 attachments, 1,000 GB",
                        List.of("transit-gateway", "tgw", new TransitGatewayRule.Config(3, d("1000"))), Map.of(),
                        3 * HOURS * TGW_ATTACHMENT_HOUR + 1000 * TGW_GB, List.of()),
                Arguments.of("inter-region: NOT PRICED (no graded per-destination rate)",
                        List.of("inter-region", "dr", new InterRegionRule.Config("us-west-2", d("200"))), Map.of(), 0.0,
                        List.of("Data transfer to us-west-2")),
                Arguments.of("eventbridge: 10M events of 100 KB = 2 chunks each",
                        List.of("eventbridge", "bus", new EventBridgeRule.Config(d("10000000"), d("1"), d("100"))), Map.of(),
                        10_000_000 * 2 * EVENT_CHUNK, List.of()),
                Arguments.of("eventbridge: auto = requests x events per request, 64 KB is one chunk",
                        List.of("eventbridge", "bus", new EventBridgeRule.Config(null, d("2"), d("64"))),
                        Map.of(Driver.REQUESTS, "5000000"), 5_000_000 * 2 * EVENT_CHUNK, List.of()),
                Arguments.of("sns: 3M publishes to one HTTP subscriber, free tiers off both",
                        List.of("sns", "topic", sns("3000000", "1", 0, 1, 0)), Map.of(),
                        (3_000_000 - 1_000_000) * SNS_REQUEST + (3_000_000 - 100_000) * SNS_HTTP, List.of()),
                Arguments.of("sns: 200 KB messages are 4 requests each; email after 1,000 free; SQS deliveries NOT PRICED",
                        List.of("sns", "topic", sns("500000", "200", 1, 0, 1)), Map.of(),
                        (500_000 * 4 - 1_000_000) * SNS_REQUEST + (500_000 - 1_000) * SNS_EMAIL,
                        List.of("Deliveries (SQS)")),
                Arguments.of("step-functions standard: 100,000 x 12 transitions, 4,000 free",
                        List.of("step-functions", "orders", new StepFunctionsRule.Config("standard", d("100000"), d("1"),
                                d("12"), null, null)), Map.of(), (1_200_000 - 4_000) * TRANSITION, List.of()),
                Arguments.of("step-functions express: requests priced, duration NOT PRICED",
                        List.of("step-functions", "etl", new StepFunctionsRule.Config("express", null, d("1"), null,
                                d("250"), d("100"))), Map.of(Driver.REQUESTS, "2000000"), 2_000_000 * EXPRESS_REQUEST,
                        List.of("Express duration")),
                Arguments.of("cognito: NOT PRICED (sources disagree)",
                        List.of("cognito", "users", new CognitoRule.Config("essentials", null, d("0.1"))),
                        Map.of(Driver.ACTIVE_USERS, "25000"), 0.0,
                        List.of("Monthly active users (essentials)", "Federated (SAML/OIDC) monthly active users")),
                Arguments.of("waf: 1 web ACL, 8 rules, auto requests = the workload's 1M",
                        List.of("waf", "fw", new WafRule.Config(1, 8, null)), Map.of(Driver.REQUESTS, "1000000"),
                        1 * WAF_ACL + 8 * WAF_RULE + 1_000_000 * WAF_REQUEST, List.of()),
                Arguments.of("kms: 2 keys, 1M requests less the 20,000 free",
                        List.of("kms", "keys", new KmsRule.Config(2, d("1000000"))), Map.of(),
                        2 * KMS_KEY + (1_000_000 - 20_000) * KMS_REQUEST, List.of()),
                Arguments.of("ecr: 12 GB of images",
                        List.of("ecr", "images", new EcrRule.Config(d("12"))), Map.of(), 12 * ECR_GB, List.of()),
                Arguments.of("acm: public certificates are a $0 line",
                        List.of("acm", "certs", new AcmRule.Config(3)), Map.of(), 0.0, List.of()),
                Arguments.of("elastic-ip: 2 idle addresses",
                        List.of("elastic-ip", "ips", new ElasticIpRule.Config(2, "idle")), Map.of(),
                        2 * HOURS * IPV4_HOUR, List.of()),
                Arguments.of("cloudwatch: infrequent-access ingestion after 5 GB free, Logs Insights 200 GB; IA storage NOT PRICED",
                        List.of("cloudwatch", "cw", new CloudWatchRule.Config(true, d("1"), d("1"), 0, 0,
                                "infrequent-access", 0, d("200"))),
                        Map.of(Driver.REQUESTS, String.valueOf(20L * 1_048_576)),
                        (20 - 5) * LOG_IA_GB + 200 * INSIGHTS_GB, List.of("Log storage (Infrequent Access)")),
                Arguments.of("cloudfront: 70% US / 30% Europe, the free 1 TB and 10M requests off the first lines",
                        List.of("cloudfront", "cdn", cdn(CloudFrontRegions.parseMix("united-states 70%, europe 30%"), "none", "0")),
                        Map.of(Driver.EGRESS, "3024", Driver.STATIC_REQUESTS, "50000000"),
                        (3024 * 0.7 - 1024) * CF_GB_T1 + 3024 * 0.3 * CF_GB_T1
                                + (35_000_000 - 10_000_000) * CF_HTTPS_US + 15_000_000 * CF_HTTPS_EU, List.of()),
                Arguments.of("cloudfront: a region group without prices, Lambda@Edge duration and invalidations are NOT PRICED;"
                                + " Lambda@Edge requests are priced, with no free tier",
                        List.of("cloudfront", "cdn", cdn(CloudFrontRegions.parseMix("japan 100%"), "lambda-edge", "2000")),
                        Map.of(Driver.EGRESS, "100", Driver.STATIC_REQUESTS, "10000000"), 10_000_000 * EDGE_REQUEST,
                        List.of("Data transfer out (japan)", "HTTPS requests (japan)", "Lambda@Edge duration",
                                "Invalidation paths")));
    }

    static SnsRule.Config sns(String publishes, String kb, int sqs, int http, int email) {
        Map<String, Integer> subscribers = new java.util.LinkedHashMap<>();
        subscribers.put("sqs_subscribers", sqs);
        subscribers.put("lambda_subscribers", 0);
        subscribers.put("http_subscribers", http);
        subscribers.put("email_subscribers", email);
        return new SnsRule.Config(d(publishes), d("1"), d(kb), subscribers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, List<Object> component, Map<Driver, String> drivers, double expected,
            List<String> notPriced) {
        Projection p = month(BUNDLED, component, drivers);
        assertThat(p.unpriced().stream().map(UnpricedCharge::label).distinct())
                .containsExactlyInAnyOrderElementsOf(notPriced);
        assertThat(total(p)).isEqualTo(expected, cents());
    }

    @Test
    void nlb_tls_usesItsOwnDimensions_andTheMaximumNotTheSum() {
        // 100/s new TLS connections / 50 = 2; 1,500 active / 3,000 = 0.5; 730 GB / 730 h / 1 = 1: max = 2 NLCU x 730 h
        WorkloadMonth w = new WorkloadMonth(1, Map.of(Driver.REQUESTS, d(String.valueOf((long) (100 * SECONDS)))), Map.of());
        assertThat(new NlbRule().derive(nlb("tls", "1500", "730"), w, new Assumptions()).get("nlcu_hours"))
                .isEqualByComparingTo(d("1460"));
        // the same traffic on TCP: 100 / 800 = 0.125; 1,500 / 100,000 = 0.015; 1 GB/h = 1: max = 1 NLCU x 730 h
        assertThat(new NlbRule().derive(nlb("tcp", "1500", "730"), w, new Assumptions()).get("nlcu_hours"))
                .isEqualByComparingTo(d("730"));
    }

    @Test
    void acm_andGatewayEndpoints_sayWhyTheyAreFree() {
        Projection p = month(BUNDLED, List.of("acm", "certs", new AcmRule.Config(1)), Map.of());
        assertThat(p.months().get(0).lines()).singleElement().satisfies(l -> {
            assertThat(l.cost().amount()).isZero();
            assertThat(l.freeNote()).contains("public SSL/TLS certificates");
        });
    }

    @Test
    void cloudfront_regionMix_isParsed_andBadMixesAreRefusedWithAFix() {
        assertThat(CloudFrontRegions.parseMix("united-states 60%, europe 30%, japan 10%"))
                .containsEntry("japan", d("0.10"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CloudFrontRegions.parseMix("united-states 60%, europe 30%"))
                .hasMessageContaining("add up to 90%");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CloudFrontRegions.parseMix("mars 100%"))
                .hasMessageContaining("not a CloudFront region group");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CloudFrontRegions.parseMix("europe 50%, europe 50%"))
                .hasMessageContaining("given twice");
    }
}

package dev.cloudplan.core.pricing;

import static dev.cloudplan.Fixtures.allowance;
import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.bundled;
import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.scenario;
import static dev.cloudplan.Fixtures.tier;
import static dev.cloudplan.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.rules.ApiGatewayRule;
import dev.cloudplan.core.pricing.rules.Route53Rule;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.MonthCost;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.UnpricedCharge;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A graduated charge whose catalog ladder stops short (Route 53 geo and latency queries end at 1B in the bundled
 * catalog; REST API requests end at 333M in the bundled catalog with its confirmed upper REST tiers taken out, as it
 * stood before they were found): the tiers that are priced are billed, and only the quantity above the last tier is
 * unpriced. Expected values are arithmetic from the bundled us-east-1 prices, never the program's output.
 */
class PartialLadderTest {
    // Bundled us-east-1 prices (src/main/resources/cloudplan/catalog/bundled), per one unit.
    static final double REST_T1 = 0.0000035;       // REST API requests, 0 to 333,000,000: the only tier bundled
    static final double GEO_QUERY = 0.0000007;     // Route 53 geo queries, 0 to 1,000,000,000: the only tier bundled
    static final double LATENCY_QUERY = 0.0000006; // Route 53 latency queries, 0 to 1,000,000,000
    static final double ZONE = 0.5;                // first 25 hosted zones
    static final long REST_BOUND = 333_000_000L;
    static final long DNS_BOUND = 1_000_000_000L;

    static final Account LEGACY = new Account(LocalDate.of(2026, 12, 1), FreeTierRegime.LEGACY_12_MONTH, Money.ZERO, 12);

    /** The bundled catalog without the REST tiers above 333M, so REST has a one-tier ladder. */
    static dev.cloudplan.core.catalog.PriceCatalog withoutUpperRestTiers() {
        var b = bundled();
        return new dev.cloudplan.core.catalog.PriceCatalog(b.info(), b.prices().stream()
                .filter(p -> !(p.service().equals("AmazonApiGateway") && "REST".equals(p.attributes().get("apiType"))
                        && p.tierStart().compareTo(java.math.BigDecimal.valueOf(REST_BOUND)) >= 0))
                .toList(), b.allowances());
    }

    static Object rest(String name) {
        return List.of("api-gateway", name, new ApiGatewayRule.Config("rest"));
    }

    static Object dns(String queryType) {
        return List.of("route53", "dns", new Route53Rule.Config(1, queryType));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("REST exactly at the 333M bound: all priced", Account.ALWAYS_FREE_ONLY, List.of(rest("api")),
                        Map.of(Driver.REQUESTS, "333000000"), REST_BOUND,
                        333_000_000 * REST_T1, Map.of()),
                Arguments.of("REST one request above the bound: that request is unpriced", Account.ALWAYS_FREE_ONLY,
                        List.of(rest("api")), Map.of(Driver.REQUESTS, "333000001"), REST_BOUND,
                        333_000_000 * REST_T1, Map.of("api", 333_000_001L - 333_000_000L)),
                Arguments.of("REST 500M: the first 333M billed, 167M unpriced", Account.ALWAYS_FREE_ONLY,
                        List.of(rest("api")), Map.of(Driver.REQUESTS, "500000000"), REST_BOUND,
                        333_000_000 * REST_T1, Map.of("api", 500_000_000L - 333_000_000L)),
                Arguments.of("two REST APIs share the account's ladder: the second crosses the bound",
                        Account.ALWAYS_FREE_ONLY, List.of(rest("public"), rest("admin")),
                        Map.of(Driver.REQUESTS, "200000000"), REST_BOUND,
                        200_000_000 * REST_T1 + (333_000_000 - 200_000_000) * REST_T1,
                        Map.of("admin", 2 * 200_000_000L - 333_000_000L)),
                Arguments.of("three REST APIs: the third starts above the bound and is wholly unpriced",
                        Account.ALWAYS_FREE_ONLY, List.of(rest("a"), rest("b"), rest("c")),
                        Map.of(Driver.REQUESTS, "200000000"), REST_BOUND,
                        333_000_000 * REST_T1, Map.of("b", 2 * 200_000_000L - 333_000_000L, "c", 200_000_000L)),
                Arguments.of("legacy free 1M REST requests come off the lowest tier, not off the unpriced part", LEGACY,
                        List.of(rest("api")), Map.of(Driver.REQUESTS, "500000000"), REST_BOUND,
                        (333_000_000 - 1_000_000) * REST_T1, Map.of("api", 500_000_000L - 333_000_000L)),
                Arguments.of("Route 53 geo queries 1.5B: the first 1B billed, 500M unpriced", Account.ALWAYS_FREE_ONLY,
                        List.of(dns("geo")), Map.of(Driver.DNS_QUERIES, "1500000000"), DNS_BOUND,
                        ZONE + 1_000_000_000 * GEO_QUERY, Map.of("dns", 1_500_000_000L - 1_000_000_000L)),
                Arguments.of("Route 53 latency queries exactly at the 1B bound: all priced", Account.ALWAYS_FREE_ONLY,
                        List.of(dns("latency")), Map.of(Driver.DNS_QUERIES, "1000000000"), DNS_BOUND,
                        ZONE + 1_000_000_000 * LATENCY_QUERY, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void pricedTiersBilled_onlyTheQuantityAboveTheLastTierUnpriced(String name, Account account, List<Object> components,
            Map<Driver, String> load, long bound, double expectedPriced, Map<String, Long> expectedUnpriced) {
        List<Object> flat = new ArrayList<>();
        components.forEach(c -> flat.addAll((List<Object>) c));
        var arch = architecture("a", flat.toArray());
        Projection p = new Estimator(withoutUpperRestTiers()).estimate(scenario(1, account, workload(load), null, List.of(), arch), arch);
        MonthCost m = p.months().get(0);

        BigDecimal exact = m.lines().stream().map(l -> l.exactCost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(exact.doubleValue()).isCloseTo(expectedPriced, Offset.offset(1e-6));
        assertThat(m.total()).isEqualTo(m.lines().stream().map(LineItem::cost).reduce(Money.ZERO, Money::plus));
        assertThat(p.total()).isEqualTo(m.total());

        Map<String, Long> unpriced = new LinkedHashMap<>();
        for (UnpricedCharge u : m.unpriced()) {
            assertThat(u.partial()).as(u.reason()).isTrue();
            assertThat(u.pricedUpTo()).isEqualByComparingTo(BigDecimal.valueOf(bound));
            assertThat(u.reason()).contains(String.format(java.util.Locale.ROOT, "%,d", bound),
                    String.format(java.util.Locale.ROOT, "%,d", u.quantity().longValueExact()), u.unit());
            unpriced.put(u.component(), u.quantity().longValueExact());
        }
        assertThat(unpriced).isEqualTo(expectedUnpriced);
        assertThat(p.complete()).isEqualTo(expectedUnpriced.isEmpty());
    }

    // A hand-made ladder (not AWS prices): 0 to 100 requests at 0.01, and 150 requests free every month.
    static final PriceCatalog SHORT_LADDER = catalog(
            List.of(tier("AmazonApiGateway", "requests", "apiType=HTTP", "Requests", "0", "100", "0.01")),
            List.of(allowance(FreeTierRegime.ALWAYS, "AmazonApiGateway", "requests", "apiType=HTTP", "150", "Requests",
                    "free")));

    @Test
    void freeQuantityLeftAfterThePricedTiers_comesOffTheUnpricedPart() {
        var arch = architecture("a", "api-gateway", "api", new ApiGatewayRule.Config("http"));
        MonthCost over = new Estimator(SHORT_LADDER).estimate(scenario(1, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.REQUESTS, "200", Driver.REQUEST_SIZE, "1")), null, List.of(), arch), arch)
                .months().get(0);
        // 200 requests: the priced 100 are all free (cost 0); 50 of the free 150 are left for the 100 above the ladder.
        assertThat(over.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("100");
            assertThat(l.freeQuantity()).isEqualByComparingTo("100");
            assertThat(l.cost()).isEqualTo(Money.ZERO);
        });
        assertThat(over.unpriced()).singleElement().satisfies(u -> {
            assertThat(u.quantity()).isEqualByComparingTo(BigDecimal.valueOf(200 - 100 - (150 - 100)));
            assertThat(u.label()).isEqualTo("HTTP API requests (over 100 Requests)");
        });

        MonthCost covered = new Estimator(SHORT_LADDER).estimate(scenario(1, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.REQUESTS, "150", Driver.REQUEST_SIZE, "1")), null, List.of(), arch), arch)
                .months().get(0);
        // 150 requests: 100 free on the ladder and the other 50 free above it, so nothing is missing.
        assertThat(covered.unpriced()).isEmpty();
        assertThat(covered.total()).isEqualTo(Money.ZERO);
    }
}

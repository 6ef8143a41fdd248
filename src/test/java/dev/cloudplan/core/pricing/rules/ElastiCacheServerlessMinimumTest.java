package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.usage.Assumptions;
import dev.cloudplan.core.workload.Driver;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ElastiCache Serverless's minimum metered data, read from limits.csv: 100 MB per cache for Valkey and 1 GB per cache for
 * Memcached and Redis OSS (the ElastiCache pricing page). Fixture prices.
 */
class ElastiCacheServerlessMinimumTest {
    static final double REDIS_GB_HOUR = 0.125, MEMCACHED_GB_HOUR = 0.125, VALKEY_GB_HOUR = 0.084;
    static final double ECPU = 0.0000000034;
    static final PriceCatalog CATALOG = catalog(Stream.of("Redis", "Valkey", "Memcached").flatMap(engine -> Stream.of(
            price("AmazonElastiCache", "serverless-data-stored", "cacheEngine=" + engine, "GB-Hours",
                    engine.equals("Valkey") ? "0.084" : "0.125"),
            price("AmazonElastiCache", "serverless-ecpu", "cacheEngine=" + engine, "ECPU", "0.0000000034"))).toList(),
            List.of());

    /** A serverless cache bound to the bundled limits, as a spec reading binds it. */
    static ElastiCacheServerlessRule.Config serverless(String engine, String gb, String commands) {
        return new ElastiCacheServerlessRule().bound(new ElastiCacheServerlessRule.Config(engine, d(gb), d(commands)),
                LimitsLoader.ruleData());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("redis: 0.5 GB metered as the 1 GB minimum", serverless("redis", "0.5", "1"),
                        1.0 * 730 * REDIS_GB_HOUR + 1_000_000 * ECPU),
                Arguments.of("redis: 3 GB above the minimum, metered as stored", serverless("redis", "3", "1"),
                        3.0 * 730 * REDIS_GB_HOUR + 1_000_000 * ECPU),
                Arguments.of("valkey: 0.05 GB metered as the 100 MB minimum", serverless("valkey", "0.05", "1"),
                        0.1 * 730 * VALKEY_GB_HOUR + 1_000_000 * ECPU),
                Arguments.of("valkey: 0.5 GB above its minimum", serverless("valkey", "0.5", "1"),
                        0.5 * 730 * VALKEY_GB_HOUR + 1_000_000 * ECPU),
                Arguments.of("memcached: 0.05 GB metered as the 1 GB minimum", serverless("memcached", "0.05", "1"),
                        1.0 * 730 * MEMCACHED_GB_HOUR + 1_000_000 * ECPU),
                Arguments.of("memcached: 2 GB above its minimum", serverless("memcached", "2", "1"),
                        2.0 * 730 * MEMCACHED_GB_HOUR + 1_000_000 * ECPU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dataStoredIsMeteredAtLeastTheEnginesMinimum(String name, ElastiCacheServerlessRule.Config config,
            double expected) {
        RuleCases.assertCompleteMonth(CATALOG, List.of("elasticache-serverless", "cache", config),
                Map.of(Driver.REQUESTS, "1000000", Driver.REQUEST_SIZE, "1"), expected);
    }

    @Test
    void theMinimumIsPrintedWithItsSource() {
        Assumptions a = new Assumptions();
        new ElastiCacheServerlessRule().derive(serverless("redis", "0.5", "1"), dev.cloudplan.Fixtures.workload(
                Map.of(Driver.REQUESTS, "1000000")).months(1).get(0), a);
        assertThat(a.list()).anySatisfy(s -> assertThat(s).contains("a minimum of 1 GB",
                "elasticache.serverless.min-data-stored-gb.redis", "elasticache/pricing"));
    }

    @Test
    void anUnboundConfiguration_isAnInternalError_neverASilentDefault() {
        assertThatThrownBy(() -> new ElastiCacheServerlessRule().derive(new ElastiCacheServerlessRule.Config("redis",
                d("0.5"), d("1")), dev.cloudplan.Fixtures.workload(Map.of(Driver.REQUESTS, "1")).months(1).get(0), new Assumptions()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not bound");
    }
}

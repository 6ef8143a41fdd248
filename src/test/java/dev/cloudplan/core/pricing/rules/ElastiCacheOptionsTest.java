package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.Fixtures;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.architecture.Settings;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ElastiCache Memcached, reserved nodes, backup storage, cluster mode and Serverless for Memcached against a hand-made
 * catalog (fixture prices, not AWS's): expected costs are arithmetic from the fixture prices.
 */
class ElastiCacheOptionsTest {
    static final double REDIS_HOUR = 0.068;
    static final double MEMCACHED_HOUR = 0.068;
    static final double RESERVED_HOUR = 0.03;
    static final double RESERVED_UPFRONT = 250;
    static final double BACKUP = 0.085;
    static final double SERVERLESS_GB_HOUR = 0.125;
    static final double ECPU = 0.0000000034;

    static final String RESERVED = ";offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;term=1yr";
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonElastiCache", "node-hours", "cacheEngine=Redis;instanceType=cache.t3.medium", "Hrs", "0.068"),
            price("AmazonElastiCache", "node-hours", "cacheEngine=Memcached;instanceType=cache.t3.medium", "Hrs", "0.068"),
            price("AmazonElastiCache", "node-hours", "cacheEngine=Redis;instanceType=cache.t3.medium" + RESERVED, "Hrs",
                    "0.03"),
            price("AmazonElastiCache", "upfront", "cacheEngine=Redis;instanceType=cache.t3.medium" + RESERVED,
                    "Quantity", "250"),
            price("AmazonElastiCache", "backup-storage", "", "GB-Mo", "0.085"),
            price("AmazonElastiCache", "serverless-data-stored", "cacheEngine=Memcached", "GB-Hours", "0.125"),
            price("AmazonElastiCache", "serverless-ecpu", "cacheEngine=Memcached", "ECPU", "0.0000000034")), List.of());

    static ElastiCacheRule.Config cache(String engine, int nodes, int replicas, PurchaseOption purchase, String backup) {
        return new ElastiCacheRule.Config(engine, "cache.t3.medium", nodes, replicas, null, d("730"), Sizing.FIXED,
                purchase, d(backup));
    }

    static Stream<Arguments> cases() {
        PurchaseOption reserved = PurchaseOption.parse("reserved 1yr partial-upfront");
        return Stream.of(
                Arguments.of("memcached: 3 independent nodes", List.of("elasticache", "c",
                        cache("memcached", 3, 0, PurchaseOption.ON_DEMAND, "0")), Map.of(), 3 * 730 * MEMCACHED_HOUR),
                Arguments.of("redis cluster mode: 3 shards x (1 + 1 replica) = 6 nodes, 40 GB of backups",
                        List.of("elasticache", "c", cache("redis", 6, 1, PurchaseOption.ON_DEMAND, "40")), Map.of(),
                        6 * 730 * REDIS_HOUR + 40 * BACKUP),
                Arguments.of("reserved nodes 1yr partial upfront: the reserved hourly rate and, in month 1, the fee per node",
                        List.of("elasticache", "c", cache("redis", 2, 1, reserved, "0")), Map.of(),
                        2 * 730 * RESERVED_HOUR + 2 * RESERVED_UPFRONT),
                Arguments.of("serverless memcached: 0.5 GB metered as the 1 GB minimum, 1 KB commands = 1 ECPU",
                        List.of("elasticache-serverless", "c", ElastiCacheServerlessMinimumTest.serverless("memcached",
                                "0.5", "2")), Map.of(Driver.REQUESTS, "10000000", Driver.REQUEST_SIZE, "1"),
                        1.0 * 730 * SERVERLESS_GB_HOUR + 10_000_000 * 2 * 1.0 * ECPU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, List<Object> component, Map<Driver, String> drivers, double expected) {
        RuleCases.assertCompleteMonth(CATALOG, component, drivers, expected);
    }

    static Settings settings(Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        new ElastiCacheRule().allSettings().forEach(s -> values.put(s.name(), s.defaultValue()));
        values.put("instance_type", "cache.t3.medium");
        values.putAll(given);
        return new Settings(values);
    }

    @Test
    void memcachedReplicas_andMoreThanOneShardWithClusterModeDisabled_areRefused() {
        assertThatThrownBy(() -> new ElastiCacheRule().configure(settings(Map.of("cache_engine", "memcached",
                "replicas", BigDecimal.ONE, "nodes", new BigDecimal("2")))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Memcached nodes are independent");
        assertThatThrownBy(() -> new ElastiCacheRule().configure(settings(Map.of("cluster_mode", "disabled",
                "replicas", BigDecimal.ONE, "nodes", new BigDecimal("4")))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("one shard");
    }

    @Test
    void clusterModeDisabled_sizesTheNodeTypeOnly_neverTheShards() {
        ElastiCacheRule.Config c = new ElastiCacheRule().configure(settings(Map.of("cluster_mode", "disabled",
                "nodes", "auto", "replicas", BigDecimal.ONE)));
        assertThat(c.nodes()).isEqualTo(2);
        assertThat(c.sizing().autoCount()).isFalse();
    }

    @Test
    void reservedNodesInTheBundledCatalog_areNotPriced() {
        Projection p = month(Fixtures.bundled(), List.of("elasticache", "c", cache("redis", 1, 0,
                PurchaseOption.parse("reserved 3yr all-upfront"), "0")), Map.of());
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("purchaseOption=Reserved"));
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.line;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S3 storage classes, retrievals and lifecycle transitions against the bundled us-east-1 catalog; expected costs are
 * arithmetic from the catalog's prices (per one unit) and the rules the guide in S3StorageClass states.
 */
class S3StorageClassesTest {
    static final PriceCatalog CATALOG = Fixtures.bundled();
    // Bundled us-east-1 prices, per one unit.
    static final double STANDARD_GB = 0.023;
    static final double TIER1 = 0.000005;
    static final double TIER2 = 0.0000004;
    static final double SIA_GB = 0.0125;
    static final double IA_TIER1 = 0.00001;
    static final double IA_TIER2 = 0.000001;
    static final double ZIA_GB = 0.01;
    static final double ZIA_RETRIEVAL = 0.01;
    static final double GIR_GB = 0.004;
    static final double GFR_GB = 0.0036;
    static final double MONITORED_OBJECT = 0.0000025;
    static final double DAYS_PER_MONTH = 730 / 24.0;

    static S3Rule.Config bucket(String storageClass, String transitionTo, String days, String objectKb, String retrievals) {
        return new S3Rule.Config(null, BigDecimal.ZERO, false, S3StorageClass.bySpecName(storageClass),
                transitionTo == null ? null : S3StorageClass.bySpecName(transitionTo), d(days), d(objectKb), d(retrievals));
    }

    static final Map<Driver, String> LOAD = Map.of(Driver.STATIC_ASSETS, "1000", Driver.STATIC_REQUESTS, "1000000",
            Driver.UPLOADS, "100000");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Standard-IA: storage, and PUT and GET at the IA request rates",
                        bucket("standard-ia", null, "30", "1024", "0"),
                        1000 * SIA_GB + 100_000 * IA_TIER1 + 1_000_000 * IA_TIER2),
                Arguments.of("One Zone-IA with 10% read back a month: retrieval per GB",
                        bucket("onezone-ia", null, "30", "1024", "0.1"),
                        1000 * ZIA_GB + 100_000 * IA_TIER1 + 1_000_000 * IA_TIER2 + 1000 * 0.1 * ZIA_RETRIEVAL),
                Arguments.of("One Zone-IA with 64 KB objects: each bills as 128 KB, twice the data",
                        bucket("onezone-ia", null, "30", "64", "0"),
                        1000 * 128 / 64.0 * ZIA_GB + 100_000 * IA_TIER1 + 1_000_000 * IA_TIER2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, S3Rule.Config bucket, double expected) {
        Projection p = month(CATALOG, List.of("s3", "b", bucket), LOAD);
        assertThat(p.complete()).as(p.unpriced().toString()).isTrue();
        assertThat(total(p)).isEqualTo(expected, cents());
    }

    @Test
    void glacierClasses_storageIsPriced_requestsAreNotPriced_neverZero() {
        for (var c : List.of(Map.entry("glacier-ir", GIR_GB), Map.entry("glacier-flexible", GFR_GB))) {
            Projection p = month(CATALOG, List.of("s3", "b", bucket(c.getKey(), null, "30", "1024", "0")), LOAD);
            assertThat(line(p, "storage").exactCost().amount().doubleValue()).isEqualTo(1000 * c.getValue(), cents());
            assertThat(p.unpriced()).extracting(u -> u.reason()).anySatisfy(r -> assertThat(r).contains("requests-tier1"));
        }
    }

    @Test
    void deepArchive_isNotPriced_neverZero() {
        Projection p = month(CATALOG, List.of("s3", "b", bucket("glacier-deep-archive", null, "30", "1024", "0")), LOAD);
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason())
                .contains("AmazonS3 storage [storageClass=GlacierDeepArchive] in us-east-1"));
    }

    @Test
    void intelligentTiering_monitorsObjectsOf128KbOrMore_andItsStorageIsNotPriced() {
        Projection p = month(CATALOG, List.of("s3", "b", bucket("intelligent-tiering", null, "30", "512", "0")), LOAD);
        // 1,000 GB of 512 KB objects = 1000 x 1,048,576 / 512 objects monitored.
        assertThat(line(p, "monitoring").exactCost().amount().doubleValue())
                .isEqualTo(1000 * 1_048_576 / 512.0 * MONITORED_OBJECT, cents());
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("storageClass=IntelligentTiering"));
        Projection small = month(CATALOG, List.of("s3", "b", bucket("intelligent-tiering", null, "30", "64", "0")), LOAD);
        assertThat(line(small, "monitoring").quantity()).isEqualByComparingTo("0");
    }

    @Test
    void lifecycle_splitsTheDataByAge_andItsTransitionsAreNotPriced() {
        // 100,000 uploads of 1 MB = 97.65625 GB a month; the last 30 days of them are still in Standard.
        Projection p = month(CATALOG, List.of("s3", "b", bucket("standard", "onezone-ia", "30", "1024", "0")), LOAD);
        double young = 100_000 * 1024 / 1_048_576.0 * 30 / DAYS_PER_MONTH;
        double share = young / 1000;
        double priced = young * STANDARD_GB + 100_000 * TIER1 + 1_000_000 * share * TIER2
                + (1000 - young) * ZIA_GB + 1_000_000 * (1 - share) * IA_TIER2;
        double sum = p.months().get(0).lines().stream().mapToDouble(l -> l.exactCost().amount().doubleValue()).sum();
        assertThat(sum).isEqualTo(priced, cents());
        assertThat(p.unpriced()).singleElement().satisfies(u -> assertThat(u.reason())
                .contains("AmazonS3 lifecycle-transitions [storageClass=OneZone-IA]"));
    }

    @Test
    void lifecycleBeforeTheMinimumDuration_billsTheRestOfIt_inTheFirstClass() {
        // Standard-IA keeps every object 30 days: moving them after 10 bills 20 more days of the month's uploads.
        Projection p = month(CATALOG, List.of("s3", "b", bucket("standard-ia", "glacier-ir", "10", "1024", "0")), LOAD);
        double uploaded = 100_000 * 1024 / 1_048_576.0;
        double billed = uploaded * 10 / DAYS_PER_MONTH + uploaded * (30 - 10) / DAYS_PER_MONTH;
        assertThat(line(p, "storage").quantity().doubleValue()).isEqualTo(billed, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aRegionWithoutTheClassPrice_isNotPriced_andNamesTheRegionsThatHaveIt() {
        var arch = Fixtures.architecture("a", "s3", "b", bucket("standard-ia", null, "30", "1024", "0"));
        var scenario = new Scenario("test", "eu-west-1", 1, Fixtures.START, Account.ALWAYS_FREE_ONLY,
                Fixtures.workload(LOAD), null, List.of(), List.of(arch), List.of());
        Projection p = new Estimator(CATALOG).estimate(scenario, arch);
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason())
                .contains("AmazonS3 storage [storageClass=Standard-IA] in eu-west-1").contains("Regions that have it: us-east-1"));
    }
}

package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.workload;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.capacity.DatabaseWork;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.pricing.EngineSupport;
import dev.cloudplan.core.pricing.RuleData;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.projection.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extended Support by engine version: each month's phase from the version's support dates and the projection's
 * calendar. Prices are the fixture's (stated, not AWS's): 0.1 and 0.2 USD per vCPU-hour; db.t4g.medium has 2 vCPU.
 */
class ExtendedSupportByVersionTest {
    static final double YEAR_1_2 = 0.1;
    static final double YEAR_3 = 0.2;
    static final int VCPUS = 2; // t4g.medium, DescribeInstanceTypes
    static final String MYSQL = "databaseEngine=MySQL;";
    static final String AURORA_PG = "databaseEngine=Aurora PostgreSQL;";
    static final double WEST_YEAR_3 = 0.3;
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonRDS", "extended-support", MYSQL + "supportPhase=year-1-2", "vCPU-Hours", "0.1"),
            price("AmazonRDS", "extended-support", MYSQL + "supportPhase=year-3", "vCPU-Hours", "0.2"),
            price("AmazonRDS", "extended-support", AURORA_PG + "supportPhase=year-1-2", "vCPU-Hours", "0.1"),
            price("AmazonRDS", "extended-support", AURORA_PG + "supportPhase=year-3", "vCPU-Hours", "0.2"),
            dev.cloudplan.Fixtures.priceIn("us-west-2", "AmazonRDS", "extended-support", AURORA_PG
                    + "supportPhase=year-3", "vCPU-Hours", "0.3")), List.of());
    /** A made-up version whose year 3 starts mid-month (16 March 2026) and whose support ends mid-month (15 May 2026). */
    static final EngineSupport MID_MONTH = new EngineSupport("mysql", "9.9", LocalDate.parse("2025-12-31"),
            LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-05-15"), "test", "test");

    static RdsRule.Config mysql(String version, boolean multiAz, int replicas) {
        RdsRule.Options o = new RdsRule.Options(RdsStorage.generalPurpose("gp3"), false, null, 0,
                new ExtendedSupport("none", version, null, null));
        return new RdsRule.Config("mysql", "db.t4g.medium", multiAz, d("20"), "gp3", null, PurchaseOption.ON_DEMAND,
                Sizing.FIXED, new DatabaseWork(DatabaseWork.DEFAULT_CPU_MS, DatabaseWork.DEFAULT_POOL,
                DatabaseWork.DEFAULT_IO_PER_READ), replicas, o);
    }

    static Projection project(RdsRule.Config config, RuleData data, String start, int months) {
        return project("rds", new RdsRule().bound(config, data), start, months);
    }

    static Projection project(String type, dev.cloudplan.core.architecture.ComponentConfig bound, String start,
            int months) {
        Architecture arch = new Architecture("a", "a", List.of(new Component("db", type, bound, Map.of())));
        Scenario s = new Scenario("t", "us-east-1", months, YearMonth.parse(start), Account.ALWAYS_FREE_ONLY,
                workload(Map.of()), null, List.of(), List.of(arch), List.of());
        return new Estimator(CATALOG, LimitsLoader.with(CatalogLoader.bundled().instanceTypes())).estimate(s, arch);
    }

    /** The month's Extended Support cost, all its lines (a month changing phase has two). */
    static double extended(Projection p, int month) {
        return p.months().get(month - 1).lines().stream().filter(l -> l.charge().equals("extended-support"))
                .mapToDouble(l -> l.cost().amount().doubleValue()).sum();
    }

    static Stream<Arguments> months() {
        RuleData bundled = LimitsLoader.ruleData();
        RuleData made = new RuleData(Map.of(), List.of(MID_MONTH));
        return Stream.of(
                // MySQL 5.7 (engine-support.csv): year 1 pricing from 2024-03-01, year 3 from 2026-03-01, ends 2027-02-28.
                Arguments.of("MySQL 5.7 before year 3: year 1-2 price", mysql("5.7", false, 0), bundled, "2026-01", 2,
                        VCPUS * 730 * YEAR_1_2),
                Arguments.of("MySQL 5.7 from March 2026: the year 3 price in the same projection", mysql("5.7", false, 0),
                        bundled, "2026-01", 3, VCPUS * 730 * YEAR_3),
                Arguments.of("MySQL 5.7 Multi-AZ with a replica: 3 instances", mysql("5.7", true, 1), bundled, "2026-01", 3,
                        3 * VCPUS * 730 * YEAR_3),
                Arguments.of("MySQL 5.7 after its end (2027-02-28): upgraded, no charge", mysql("5.7", false, 0), bundled,
                        "2027-01", 3, 0.0),
                Arguments.of("MySQL 5.7 in its last month", mysql("5.7", false, 0), bundled, "2027-01", 2,
                        VCPUS * 730 * YEAR_3),
                // MySQL 8.0: standard support to 2026-07-31, year 1 pricing from 2026-08-01.
                Arguments.of("MySQL 8.0 in standard support: nothing", mysql("8.0", false, 0), bundled, "2026-07", 1, 0.0),
                Arguments.of("MySQL 8.0 enters Extended Support in August 2026", mysql("8.0", false, 0), bundled, "2026-07",
                        2, VCPUS * 730 * YEAR_1_2),
                // Mid-month dates: March 2026 has 15 days at year 1-2 and 16 at year 3; May 2026 15 of 31 days.
                Arguments.of("year 3 from the 16th: the month split by days", mysql("9.9", false, 0), made, "2026-03", 1,
                        VCPUS * 730 * 15.0 / 31 * YEAR_1_2 + VCPUS * 730 * 16.0 / 31 * YEAR_3),
                Arguments.of("support ending on the 15th: 15 of 31 days", mysql("9.9", false, 0), made, "2026-05", 1,
                        VCPUS * 730 * 15.0 / 31 * YEAR_3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("months")
    void eachMonthIsBilledAtItsPhase(String name, RdsRule.Config config, RuleData data, String start, int month,
            double expected) {
        Projection p = project(config, data, start, month);
        // Only Extended Support is priced in the fixture: the instance and storage lines are NOT PRICED here.
        assertThat(p.unpriced()).noneMatch(u -> u.setting().equals("extended_support"));
        assertThat(extended(p, month)).isEqualTo(expected, cents());
    }

    static AuroraRule.Config aurora(String version, List<String> global) {
        AuroraRule.Config c = new AuroraRule.Config("postgresql", "standard", "db.r6g.large", 2, d("200"),
                java.math.BigDecimal.ONE, PurchaseOption.ON_DEMAND, global, 1, new AuroraExtras(null,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO), new ExtendedSupport("none", version, null, null));
        return new AuroraRule().bound(c, LimitsLoader.ruleData());
    }

    @Test
    void auroraPostgresql11_entersYear3InApril2026_onEveryInstance_andInTheSecondaryRegion() {
        // Aurora PostgreSQL 11 (engine-support.csv): year 3 pricing from 2026-04-01; db.r6g.large has 2 vCPU.
        Projection p = project("aurora", aurora("11", List.of("us-west-2")), "2026-03", 2);
        assertThat(extended(p, 1)).isEqualTo(2 * VCPUS * 730 * YEAR_1_2, cents()); // us-west-2 has no year 1-2 price
        assertThat(extended(p, 2)).isEqualTo(2 * VCPUS * 730 * YEAR_3 + 1 * VCPUS * 730 * WEST_YEAR_3, cents());
        assertThat(p.months().get(0).unpriced()).anySatisfy(u -> assertThat(u.label())
                .contains("Extended Support (Aurora PostgreSQL, year-1-2)"));
    }

    @Test
    void anAuroraVersionWithoutDates_isRefused_withTheKnownOnes() {
        assertThatThrownBy(() -> aurora("10", List.of())).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("aurora-postgresql").hasMessageContaining("11, 12, 13, 14, 15, 16, 17, 18");
    }

    @Test
    void aPhaseChange_isPrintedAsAnAssumption_andInTheLinesFormula() {
        Projection p = project(mysql("9.9", false, 0), new RuleData(Map.of(), List.of(MID_MONTH)), "2026-03", 1);
        assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("mysql 9.9: standard support ends 2025-12-31",
                "year 3 pricing from 2026-03-16", "Extended Support ends 2026-05-15"));
        assertThat(p.months().get(0).lines()).filteredOn(l -> l.charge().equals("extended-support"))
                .extracting(l -> l.formula()).anySatisfy(f -> assertThat(f).contains("x 15/31 days", "year-1-2"))
                .anySatisfy(f -> assertThat(f).contains("x 16/31 days", "year-3"));
    }

    @Test
    void theStatedPhase_stillBillsTheWholeProjection() {
        RdsRule.Options o = new RdsRule.Options(RdsStorage.generalPurpose("gp3"), false, null, 0, "year-3");
        RdsRule.Config c = RdsRule.withOptions(mysql("5.7", false, 0), o);
        Projection p = project(c, LimitsLoader.ruleData(), "2020-01", 2);
        assertThat(extended(p, 1)).isEqualTo(VCPUS * 730 * YEAR_3, cents());
        assertThat(extended(p, 2)).isEqualTo(VCPUS * 730 * YEAR_3, cents());
    }

    @Test
    void anUnknownVersion_isRefused_withTheKnownOnesListed() {
        assertThatThrownBy(() -> new RdsRule().bound(mysql("5.6", false, 0), LimitsLoader.ruleData()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'5.6' is not a mysql major version").hasMessageContaining("8.4, 8.0, 5.7");
    }

    @Test
    void theBundledDates_areTheAwsPagesRows() {
        EngineSupport mysql57 = LimitsLoader.ruleData().support("mysql", "5.7").orElseThrow();
        assertThat(mysql57.year1PricingStart()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(mysql57.year3PricingStart()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(mysql57.endOfExtendedSupport()).isEqualTo(LocalDate.parse("2027-02-28"));
        // Aurora MySQL version 3 has no year 3 price: year 1 prices to the end.
        EngineSupport aurora3 = LimitsLoader.ruleData().support("aurora-mysql", "8.0").orElseThrow();
        assertThat(aurora3.phaseOn(LocalDate.parse("2029-07-31"))).isEqualTo(EngineSupport.YEAR_1_2);
        assertThat(LimitsLoader.ruleData().engineSupport()).allSatisfy(e -> assertThat(e.source())
                .startsWith("https://docs.aws.amazon.com/"));
    }
}

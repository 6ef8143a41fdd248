package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.scenario;
import static dev.cloudplan.Fixtures.workload;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.Fixtures;
import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.architecture.Component;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.capacity.DatabaseWork;
import dev.cloudplan.core.capacity.PlannedComponent;
import dev.cloudplan.core.capacity.Sizing;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
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
 * RDS storage types, Multi-AZ DB clusters, cross-region replicas, Performance Insights and Extended Support against a
 * hand-made catalog (fixture prices, not AWS's): expected costs are arithmetic from the fixture prices.
 */
class RdsOptionsTest {
    static final double HOUR = 0.065;
    static final double HOUR_MULTI = 0.13;
    static final double HOUR_CLUSTER = 0.19;
    static final double HOUR_WEST = 0.07;
    static final double GP3 = 0.115;
    static final double GP3_IOPS = 0.02;
    static final double GP3_MIBPS = 0.08;
    static final double IO1 = 0.125;
    static final double IO1_IOPS = 0.1;
    static final double IO2 = 0.125;
    static final double IO2_IOPS = 0.1;
    static final double IO2_MULTI = 0.25;
    static final double IO2_IOPS_MULTI = 0.2;
    static final double MAGNETIC = 0.1;
    static final double MAGNETIC_IO = 0.0000001;
    static final double CLUSTER_GB = 0.345;
    static final double WEST_GB = 0.12;
    static final double INTER_REGION = 0.02;
    static final double INSIGHTS = 2.0;
    static final double EXTENDED = 0.1;

    static final String PG = "databaseEngine=PostgreSQL;";
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonRDS", "instance-hours", PG + "deploymentOption=Single-AZ;instanceType=db.t4g.medium;purchaseOption=OnDemand", "Hrs", "0.065"),
            price("AmazonRDS", "instance-hours", PG + "deploymentOption=Multi-AZ;instanceType=db.t4g.medium;purchaseOption=OnDemand", "Hrs", "0.13"),
            price("AmazonRDS", "instance-hours", PG + "deploymentOption=Multi-AZ (readable standbys);instanceType=db.t4g.medium;"
                    + "purchaseOption=OnDemand", "Hrs", "0.19"),
            price("AmazonRDS", "storage", PG + "deploymentOption=Single-AZ;volumeType=gp3", "GB-Mo", "0.115"),
            price("AmazonRDS", "provisioned-iops", PG + "deploymentOption=Single-AZ;volumeType=gp3", "IOPS-Mo", "0.02"),
            price("AmazonRDS", "provisioned-throughput", PG + "deploymentOption=Single-AZ;volumeType=gp3", "MiBps-Mo", "0.08"),
            price("AmazonRDS", "storage", PG + "deploymentOption=Single-AZ;volumeType=io1", "GB-Mo", "0.125"),
            price("AmazonRDS", "provisioned-iops", PG + "deploymentOption=Single-AZ;volumeType=io1", "IOPS-Mo", "0.1"),
            price("AmazonRDS", "storage", PG + "deploymentOption=Single-AZ;volumeType=io2", "GB-Mo", "0.125"),
            price("AmazonRDS", "provisioned-iops", PG + "deploymentOption=Single-AZ;volumeType=io2", "IOPS-Mo", "0.1"),
            price("AmazonRDS", "storage", PG + "deploymentOption=Multi-AZ;volumeType=io2", "GB-Mo", "0.25"),
            price("AmazonRDS", "provisioned-iops", PG + "deploymentOption=Multi-AZ;volumeType=io2", "IOPS-Mo", "0.2"),
            price("AmazonRDS", "storage", PG + "deploymentOption=Single-AZ;volumeType=magnetic", "GB-Mo", "0.1"),
            price("AmazonRDS", "io-requests", PG + "deploymentOption=Single-AZ;volumeType=magnetic", "IOs", "0.0000001"),
            price("AmazonRDS", "storage", PG + "deploymentOption=Multi-AZ (readable standbys);volumeType=gp3", "GB-Mo", "0.345"),
            price("AmazonRDS", "performance-insights", "retentionMonths=12", "vCPU-Mo", "2.0"),
            price("AmazonRDS", "extended-support", PG + "supportPhase=year-1-2", "vCPU-Hours", "0.1"),
            price("AmazonRDS", "backup-storage", "", "GB-Mo", "0.095")), List.of());
    /** The us-west-2 prices of a replica there. */
    static final List<Price> WEST = List.of(
            west("AmazonRDS", "instance-hours", PG + "deploymentOption=Single-AZ;instanceType=db.t4g.medium;"
                    + "purchaseOption=OnDemand", "Hrs", "0.07"),
            west("AmazonRDS", "storage", PG + "deploymentOption=Single-AZ;volumeType=gp3", "GB-Mo", "0.12"),
            price("AWSDataTransfer", "inter-region", "toRegion=us-west-2", "GB", "0.02"));

    static Price west(String service, String charge, String attributes, String unit, String usd) {
        return Fixtures.priceIn("us-west-2", service, charge, attributes, unit, usd);
    }

    static RdsRule.Config rds(boolean multiAz, int replicas, String gb, RdsRule.Options options) {
        return new RdsRule.Config("postgresql", "db.t4g.medium", multiAz, d(gb), options.storage().type(), null,
                PurchaseOption.ON_DEMAND, Sizing.FIXED, new DatabaseWork(DatabaseWork.DEFAULT_CPU_MS,
                DatabaseWork.DEFAULT_POOL, DatabaseWork.DEFAULT_IO_PER_READ), replicas, options);
    }

    static RdsRule.Options storage(String type, String iops, String throughput) {
        return new RdsRule.Options(new RdsStorage(type, iops == null ? null : d(iops), throughput == null ? null
                : d(throughput), RdsStorage.DEFAULT_IO_REQUESTS), false, null, 0, "none");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("gp3 below 400 GB: the baseline only, no IOPS line", rds(false, 0, "100",
                        storage("gp3", null, null)), 730 * HOUR + 100 * GP3),
                Arguments.of("gp3 from 400 GB: (15,000 - 12,000) IOPS and (750 - 500) MiB/s above the baseline",
                        rds(false, 0, "500", storage("gp3", "15000", "750")),
                        730 * HOUR + 500 * GP3 + 3000 * GP3_IOPS + 250 * GP3_MIBPS),
                Arguments.of("io1: all 3,000 IOPS billed", rds(false, 0, "100", storage("io1", "3000", null)),
                        730 * HOUR + 100 * IO1 + 3000 * IO1_IOPS),
                Arguments.of("io2 Multi-AZ: storage and IOPS at the Multi-AZ prices",
                        rds(true, 0, "200", storage("io2", "5000", null)), 730 * HOUR_MULTI + 200 * IO2_MULTI
                                + 5000 * IO2_IOPS_MULTI),
                Arguments.of("io2 with a read replica: the replica's storage and IOPS at Single-AZ prices",
                        rds(false, 1, "200", storage("io2", "5000", null)), 2 * 730 * HOUR + 2 * 200 * IO2
                                + 2 * 5000 * IO2_IOPS),
                Arguments.of("magnetic: storage and 10M I/O requests (the stated default)",
                        rds(false, 0, "100", storage("magnetic", null, null)), 730 * HOUR + 100 * MAGNETIC
                                + 10_000_000 * MAGNETIC_IO),
                Arguments.of("Multi-AZ DB cluster: one cluster price for the writer and two standbys, cluster storage",
                        rds(false, 0, "100", new RdsRule.Options(RdsStorage.generalPurpose("gp3"), true, null, 0, "none")),
                        730 * HOUR_CLUSTER + 100 * CLUSTER_GB));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, RdsRule.Config config, double expected) {
        RuleCases.assertCompleteMonth(CATALOG, List.of("rds", "db", config), Map.of(), expected);
    }

    @Test
    void replicasInAnotherRegion_areBilledAtThatRegionsPrices_plusTheWritesTransfer() {
        List<Price> all = new java.util.ArrayList<>(CATALOG.prices());
        all.addAll(WEST);
        RdsRule.Options west = new RdsRule.Options(RdsStorage.generalPurpose("gp3"), false, "us-west-2", 0, "none");
        Projection p = RuleCases.month(catalog(all, List.of()), List.of("rds", "db", rds(false, 2, "100", west)),
                Map.of(Driver.DB_WRITES, "10485760", Driver.ITEM_SIZE, "2"));
        assertThat(p.complete()).as(p.unpriced().toString()).isTrue();
        // 10,485,760 writes x 2 KB x 2 replicas / 1,048,576 KB per GB = 40 GB crossing to us-west-2
        assertThat(total(p)).isEqualTo(730 * HOUR + 100 * GP3 + 2 * 730 * HOUR_WEST + 2 * 100 * WEST_GB
                + 40 * INTER_REGION, cents());
    }

    @Test
    void insightsAndExtendedSupport_arePerVcpu_fromTheInstanceSpecifications() {
        RdsRule.Options o = new RdsRule.Options(RdsStorage.generalPurpose("gp3"), false, null, 12, "year-1-2");
        Architecture arch = new Architecture("a", "a", List.of(new Component("db", "rds", rds(true, 1, "100", o),
                Map.of())));
        Projection p = new Estimator(CATALOG, LimitsLoader.with(CatalogLoader.bundled().instanceTypes()))
                .estimate(scenario(1, Account.ALWAYS_FREE_ONLY, workload(Map.of()), null, List.of(), arch), arch);
        // db.t4g.medium has 2 vCPU (t4g.medium, DescribeInstanceTypes); Multi-AZ primary + standby + 1 replica = 3
        assertThat(RuleCases.line(p, "performance-insights").cost().amount().doubleValue())
                .isEqualTo(1 * 2 * INSIGHTS, cents());
        assertThat(RuleCases.line(p, "extended-support").cost().amount().doubleValue())
                .isEqualTo(3 * 2 * 730 * EXTENDED, cents());
    }

    @Test
    void insightsWithoutTheVcpuCount_isNotPriced_neverBilledForNone() {
        RdsRule.Options o = new RdsRule.Options(RdsStorage.generalPurpose("gp3"), false, null, 12, "none");
        Projection p = RuleCases.month(CATALOG, List.of("rds", "db", rds(false, 0, "100", o)), Map.of());
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.label()).contains("Performance Insights"));
    }

    @Test
    void vcpusGivenAsUsage_areUsed() {
        RdsRule.Options o = new RdsRule.Options(RdsStorage.generalPurpose("gp3"), false, null, 0, "year-1-2");
        Architecture arch = new Architecture("a", "a", List.of(new Component("db", "rds", rds(false, 0, "100", o),
                Map.of(PlannedComponent.INSTANCE_VCPUS, new BigDecimal("4")))));
        Projection p = new Estimator(CATALOG).estimate(scenario(1, Account.ALWAYS_FREE_ONLY, workload(Map.of()), null,
                List.of(), arch), arch);
        assertThat(RuleCases.line(p, "extended-support").cost().amount().doubleValue()).isEqualTo(1 * 4 * 730 * EXTENDED,
                cents());
    }

    @Test
    void gp3IopsBelow400Gb_andIo1WithoutIops_areRefused() {
        assertThatThrownBy(() -> new RdsStorage("gp3", d("6000"), null, RdsStorage.DEFAULT_IO_REQUESTS).checkSize(d("100")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("no more can be provisioned below 400 GiB");
        assertThatThrownBy(() -> new RdsStorage("io1", null, null, RdsStorage.DEFAULT_IO_REQUESTS).checked())
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("io1 storage needs its provisioned IOPS");
        assertThatThrownBy(() -> new RdsStorage("gp2", d("3000"), null, RdsStorage.DEFAULT_IO_REQUESTS).checked())
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("gp2 storage has no IOPS to provision");
    }

    @Test
    void gp3Baselines_matchTheLimitsFile() {
        var limits = LimitsLoader.bundled();
        assertThat(RdsStorage.baselineIops(d("399"))).isEqualByComparingTo(limits.get("rds.gp3.baseline-iops").value());
        assertThat(RdsStorage.baselineIops(d("400")))
                .isEqualByComparingTo(limits.get("rds.gp3.baseline-iops.ge400gib").value());
    }

    @Test
    void aMultiAzClusterServesReadsFromItsTwoStandbys() {
        RdsRule.Config c = rds(false, 1, "100", new RdsRule.Options(RdsStorage.generalPurpose("gp3"), true, null, 0, "none"));
        assertThat(c.readers()).isEqualTo(1 + 1 + 2);
        assertThat(c.instances()).isEqualTo(3 + 1);
    }
}

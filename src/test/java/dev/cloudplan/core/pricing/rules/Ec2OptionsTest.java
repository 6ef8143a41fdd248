package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.allowance;
import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.tier;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Projection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EC2 operating systems and detailed monitoring against a hand-made catalog (fixture prices, not AWS's): expected
 * costs are arithmetic from the fixture prices.
 */
class Ec2OptionsTest {
    static final double LINUX_HOUR = 0.0416;
    static final double WINDOWS_HOUR = 0.06;
    static final double GP3 = 0.08;
    static final double METRIC_T1 = 0.3;
    static final double METRIC_T2 = 0.1;

    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonEC2", "instance-hours", "instanceType=t3.medium;operatingSystem=Linux;purchaseOption=OnDemand;"
                    + "tenancy=Shared", "Hrs", "0.0416"),
            price("AmazonEC2", "instance-hours", "instanceType=t3.medium;operatingSystem=Windows;purchaseOption=OnDemand;"
                    + "tenancy=Shared", "Hrs", "0.06"),
            price("AmazonEC2", "ebs-storage", "volumeType=gp3", "GB-Mo", "0.08"),
            tier("AmazonCloudWatch", "custom-metrics", "", "Metrics", "0", "10000", "0.3"),
            tier("AmazonCloudWatch", "custom-metrics", "", "Metrics", "10000", null, "0.1")),
            List.of(allowance(FreeTierRegime.ALWAYS, "AmazonCloudWatch", "custom-metrics", "", "10", "Metrics",
                    "cw-metrics")));

    static Ec2Rule.Config ec2(int count, String os, int metrics) {
        Ec2Rule.Config plain = new Ec2Rule.Config("t3.medium", count, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0, 3000,
                d("125"), BigDecimal.ZERO);
        return new Ec2Rule.Config("t3.medium", count, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0, 3000, d("125"),
                BigDecimal.ZERO, d("730"), plain.sizing(), plain.work(), null, new Ec2Rule.Extras(List.of(), 0, null, os,
                        metrics));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("linux, basic monitoring: no metrics line", ec2(2, "linux", 0),
                        2 * 730 * LINUX_HOUR + 2 * 8 * GP3),
                Arguments.of("windows: the Windows hourly price (licence included)", ec2(2, "windows", 0),
                        2 * 730 * WINDOWS_HOUR + 2 * 8 * GP3),
                Arguments.of("detailed monitoring: 3 instances x 7 metrics = 21, the first 10 free", ec2(3, "linux", 7),
                        3 * 730 * LINUX_HOUR + 3 * 8 * GP3 + (3 * 7 - 10) * METRIC_T1),
                Arguments.of("detailed monitoring across the 10,000-metric tier: 2,000 x 6 = 12,000 metrics",
                        ec2(2000, "linux", 6), 2000 * 730 * LINUX_HOUR + 2000 * 8 * GP3
                                + (10_000 - 10) * METRIC_T1 + 2_000 * METRIC_T2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, Ec2Rule.Config config, double expected) {
        RuleCases.assertCompleteMonth(CATALOG, List.of("ec2", "app", config), Map.of(), expected);
    }

    @Test
    void rhelWithoutItsPrice_isNotPriced_andNamesTheOperatingSystem() {
        Projection p = month(CATALOG, List.of("ec2", "app", ec2(1, "rhel", 0)), Map.of());
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("operatingSystem=RHEL"));
    }

    /**
     * The bundled catalog prices the licensed systems in us-east-1 from Flexera's aws_ec2_pricing.json (price-list-mirror,
     * catalog-src/transcribed/AmazonEC2.csv): t3.medium Windows 0.06, RHEL 0.0704, SUSE 0.0979 an hour; gp3 0.08 a GB-month.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledSystems")
    void theBundledCatalog_pricesTheLicensedSystems_inUsEast1(String os, double hourly) {
        RuleCases.assertCompleteMonth(dev.cloudplan.Fixtures.bundled(), List.of("ec2", "app", ec2(2, os, 0)), Map.of(),
                2 * 730 * hourly + 2 * 8 * 0.08);
    }

    static Stream<Arguments> bundledSystems() {
        return Stream.of(Arguments.of("windows", 0.06), Arguments.of("rhel", 0.0704), Arguments.of("suse", 0.0979));
    }
}

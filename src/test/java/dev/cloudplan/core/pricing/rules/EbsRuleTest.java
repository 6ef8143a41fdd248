package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.core.pricing.rules.RuleCases.cents;
import static dev.cloudplan.core.pricing.rules.RuleCases.month;
import static dev.cloudplan.core.pricing.rules.RuleCases.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.core.architecture.InvalidSettingException;
import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.pricing.rules.EbsVolume.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ebs component and EC2 data volumes, spot and Elastic IPs against a hand-made catalog (fixture prices, not AWS's):
 * expected costs are arithmetic from the fixture prices, so what is tested is the billing (included gp3 baseline, io2's
 * per-volume tiers, magnetic I/O, one piece of code for both component types).
 */
class EbsRuleTest {
    static final double GP3 = 0.08;
    static final double GP3_IOPS = 0.005;
    static final double GP3_GIBPS = 40.96;
    static final double IO1 = 0.125;
    static final double IO1_IOPS = 0.065;
    static final double IO2 = 0.125;
    static final double IO2_T1 = 0.065;
    static final double IO2_T2 = 0.0455;
    static final double IO2_T3 = 0.03185;
    static final double ST1 = 0.045;
    static final double SC1 = 0.015;
    static final double MAGNETIC = 0.05;
    static final double MAGNETIC_IO = 0.00000005;
    static final double SNAPSHOT = 0.05;
    static final double EC2_HOUR = 0.04;
    static final double IPV4 = 0.005;

    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonEC2", "ebs-storage", "volumeType=gp3", "GB-Mo", "0.08"),
            price("AmazonEC2", "ebs-iops", "volumeType=gp3", "IOPS-Mo", "0.005"),
            price("AmazonEC2", "ebs-throughput", "volumeType=gp3", "GiBps-mo", "40.96"),
            price("AmazonEC2", "ebs-storage", "volumeType=io1", "GB-Mo", "0.125"),
            price("AmazonEC2", "ebs-iops", "volumeType=io1", "IOPS-Mo", "0.065"),
            price("AmazonEC2", "ebs-storage", "volumeType=io2", "GB-Mo", "0.125"),
            price("AmazonEC2", "ebs-iops", "iopsTier=1;volumeType=io2", "IOPS-Mo", "0.065"),
            price("AmazonEC2", "ebs-iops", "iopsTier=2;volumeType=io2", "IOPS-Mo", "0.0455"),
            price("AmazonEC2", "ebs-iops", "iopsTier=3;volumeType=io2", "IOPS-Mo", "0.03185"),
            price("AmazonEC2", "ebs-storage", "volumeType=st1", "GB-Mo", "0.045"),
            price("AmazonEC2", "ebs-storage", "volumeType=sc1", "GB-Mo", "0.015"),
            price("AmazonEC2", "ebs-storage", "volumeType=standard", "GB-Mo", "0.05"),
            price("AmazonEC2", "ebs-io-requests", "volumeType=standard", "IOs", "0.00000005"),
            price("AmazonEC2", "ebs-snapshots", "", "GB-Mo", "0.05"),
            price("AmazonEC2", "instance-hours", "instanceType=t4g.medium;operatingSystem=Linux;purchaseOption=OnDemand;"
                    + "tenancy=Shared", "Hrs", "0.04"),
            price("AmazonVPC", "public-ipv4-hours", "addressState=in-use", "Hrs", "0.005")), List.of());

    static EbsRule.Config ebs(int count, Type type, String gb, int iops, String mibps, String snapshots) {
        return new EbsRule.Config(new EbsVolume(count, type, d(gb), iops, d(mibps)), EbsRule.DEFAULT_IO_REQUESTS,
                d(snapshots));
    }

    static Ec2Rule.Config ec2(PurchaseOption purchase, Ec2Rule.Extras extras) {
        Ec2Rule.Config plain = new Ec2Rule.Config("t4g.medium", 2, purchase, d("8"), "gp3", 1, 3000, d("125"),
                BigDecimal.ZERO);
        return new Ec2Rule.Config("t4g.medium", 2, purchase, d("8"), "gp3", 1, 3000, d("125"), BigDecimal.ZERO,
                d("730"), plain.sizing(), plain.work(), null, extras);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("gp3 at the baseline: storage only", ebs(2, Type.GP3, "100", 3000, "125", "0"),
                        2 * 100 * GP3),
                Arguments.of("gp3 above the baseline: 2 x (6,000 - 3,000) IOPS and (250 - 125) MiB/s, 50 GB snapshots",
                        ebs(2, Type.GP3, "100", 6000, "250", "50"),
                        2 * 100 * GP3 + 2 * 3000 * GP3_IOPS + 2 * 125 / 1024.0 * GP3_GIBPS + 50 * SNAPSHOT),
                Arguments.of("io1: every provisioned IOPS billed", ebs(1, Type.IO1, "200", 5000, "0", "0"),
                        200 * IO1 + 5000 * IO1_IOPS),
                Arguments.of("io2 below the first bound: tier 1 only", ebs(1, Type.IO2, "100", 20_000, "0", "0"),
                        100 * IO2 + 20_000 * IO2_T1),
                Arguments.of("io2 80,000 IOPS on each of 2 volumes: 32,000 + 32,000 + 16,000 per volume",
                        ebs(2, Type.IO2, "1000", 80_000, "0", "0"),
                        2 * 1000 * IO2 + 2 * (32_000 * IO2_T1 + 32_000 * IO2_T2 + 16_000 * IO2_T3)),
                Arguments.of("st1", ebs(3, Type.ST1, "500", 0, "0", "0"), 3 * 500 * ST1),
                Arguments.of("sc1", ebs(1, Type.SC1, "2000", 0, "0", "0"), 2000 * SC1),
                Arguments.of("standard: storage and 10M I/O requests (the stated default) per volume",
                        ebs(2, Type.STANDARD, "100", 0, "0", "0"), 2 * 100 * MAGNETIC + 2 * 10_000_000 * MAGNETIC_IO),
                Arguments.of("ec2 data volumes priced as ebs: 2 instances x (2 x 500 GB st1 + 100 GB io1 4,000 IOPS)",
                        ec2(PurchaseOption.ON_DEMAND, new Ec2Rule.Extras(List.of(new EbsVolume(2, Type.ST1, d("500"), 0,
                                d("0")), new EbsVolume(1, Type.IO1, d("100"), 4000, d("0"))), 0, null)),
                        2 * 730 * EC2_HOUR + 2 * 8 * GP3 + 2 * 730 * IPV4 + 2 * 2 * 500 * ST1 + 2 * (100 * IO1
                                + 4000 * IO1_IOPS)),
                Arguments.of("ec2 spot at a stated 70% discount, 1 Elastic IP each besides the public IPv4",
                        ec2(PurchaseOption.SPOT, new Ec2Rule.Extras(List.of(), 1, d("0.7"))),
                        2 * 730 * EC2_HOUR * (1 - 0.7) + 2 * 8 * GP3 + 2 * 2 * 730 * IPV4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void monthlyCost(String name, Object config, double expected) {
        String type = config instanceof EbsRule.Config ? "ebs" : "ec2";
        Projection p = month(CATALOG, List.of(type, "c", config), Map.of());
        assertThat(p.complete()).as(p.unpriced().toString()).isTrue();
        assertThat(total(p)).isEqualTo(expected, cents());
    }

    @Test
    void io2InARegionWithoutItsPrice_isNotPriced_withTheKeyLookedFor() {
        Projection p = month(catalog(List.of(price("AmazonEC2", "ebs-storage", "volumeType=gp3", "GB-Mo", "0.08")),
                List.of()), List.of("ebs", "c", ebs(1, Type.IO2, "100", 40_000, "0", "0")), Map.of());
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("ebs-storage [volumeType=io2]"));
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("ebs-iops [iopsTier=2;volumeType=io2]"));
    }

    @Test
    void st1OutsideUsEast1_isNotPriced_andNamesTheRegionThatHasIt() {
        var arch = dev.cloudplan.Fixtures.architecture("a", "ebs", "logs", ebs(1, Type.ST1, "500", 0, "0", "0"));
        var scenario = new dev.cloudplan.core.projection.Scenario("test", "eu-west-1", 1, dev.cloudplan.Fixtures.START,
                dev.cloudplan.core.projection.Account.ALWAYS_FREE_ONLY, dev.cloudplan.Fixtures.workload(Map.of()), null,
                List.of(), List.of(arch), List.of());
        Projection p = new dev.cloudplan.core.projection.Estimator(dev.cloudplan.Fixtures.bundled()).estimate(scenario, arch);
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason())
                .contains("AmazonEC2 ebs-storage [volumeType=st1] in eu-west-1").contains("Regions that have it: us-east-1"));
    }

    @Test
    void iopsAboveTheTypesMaximum_isRefused_withTheRange() {
        assertThatThrownBy(() -> new EbsRule().validate(ebs(1, Type.IO1, "100", 70_000, "0", "0"), LimitsLoader.bundled()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("io1 volumes take 100 to 64,000 IOPS")
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("iops"));
    }

    @Test
    void io1AboveFiftyIopsPerGib_isRefused() {
        // 10 GiB x 50 IOPS per GiB (limits.csv ebs.io1.max-iops-per-gib) = 500 at most
        assertThatThrownBy(() -> new EbsRule().validate(ebs(1, Type.IO1, "10", 64_000, "0", "0"), LimitsLoader.bundled()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("io1 takes at most 50 IOPS per GiB: 500"
                        + " for 10 GiB, not 64000");
    }

    @Test
    void sizesOutsideTheTypesRange_areRefused() {
        // st1 and sc1: 125 - 16,384 GiB; standard: 1 - 1,024 GiB (CreateVolume, limits.csv ebs.*.min-gib / max-gib)
        assertThatThrownBy(() -> new EbsRule().validate(ebs(1, Type.ST1, "100", 0, "0", "0"), LimitsLoader.bundled()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("st1 volumes are 125 to 16,384 GiB, not 100");
        assertThatThrownBy(() -> new EbsRule().validate(ebs(1, Type.STANDARD, "0.5", 0, "0", "0"), LimitsLoader.bundled()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("standard volumes are 1 to 1,024 GiB");
    }
}

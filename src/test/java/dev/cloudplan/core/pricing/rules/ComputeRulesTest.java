package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.architecture;
import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static dev.cloudplan.Fixtures.scenario;
import static dev.cloudplan.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.core.architecture.PurchaseOption;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.money.Money;
import dev.cloudplan.core.pricing.LineItem;
import dev.cloudplan.core.projection.Account;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.core.workload.Driver;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EC2 and RDS rules. The bundled catalog has no official EC2 or RDS prices yet, so these tests price
 * against a hand-made catalog whose numbers are test fixtures, not AWS prices; what is tested is the
 * billing arithmetic (730 hours, Multi-AZ attributes, free backup up to provisioned storage, upfront
 * payments in the month paid and amortised over the term).
 */
class ComputeRulesTest {
    static final String EC2 = "instanceType=t4g.medium;operatingSystem=Linux;tenancy=Shared";
    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonEC2", "instance-hours", EC2 + ";purchaseOption=OnDemand", "Hrs", "0.04"),
            price("AmazonEC2", "instance-hours", EC2 + ";offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;term=1yr",
                    "Hrs", "0.01"),
            price("AmazonEC2", "upfront", EC2 + ";offeringClass=standard;payment=PartialUpfront;purchaseOption=Reserved;term=1yr",
                    "Quantity", "120"),
            price("AmazonEC2", "ebs-storage", "volumeType=gp3", "GB-Mo", "0.1"),
            price("AmazonVPC", "public-ipv4-hours", "addressState=in-use", "Hrs", "0.01"),
            price("AmazonRDS", "instance-hours",
                    "databaseEngine=PostgreSQL;deploymentOption=Multi-AZ;instanceType=db.t4g.medium;purchaseOption=OnDemand", "Hrs", "0.2"),
            price("AmazonRDS", "storage", "databaseEngine=PostgreSQL;deploymentOption=Multi-AZ;volumeType=gp3", "GB-Mo", "0.3"),
            price("AmazonRDS", "backup-storage", "", "GB-Mo", "0.1")), List.of());

    @Test
    void ec2_onDemand_instanceVolumeAndIpv4() {
        var arch = architecture("a", "ec2", "app", new Ec2Rule.Config("t4g.medium", 2, PurchaseOption.ON_DEMAND, d("8"), "gp3", 1));
        Projection p = estimate(arch, 1);
        assertThat(p.complete()).isTrue();
        // 2 instances x 730 h x 0.04 + 2 x 8 GB x 0.1 + 2 x 730 h x 0.01
        assertThat(p.total()).isEqualTo(Money.of(BigDecimal.valueOf(2 * 730 * 0.04 + 2 * 8 * 0.1 + 2 * 730 * 0.01)).toCents());
    }

    @Test
    void ec2_reservedPartialUpfront_paysUpfrontInMonthsOneAndThirteen_andAmortises() {
        var purchase = PurchaseOption.parse("reserved 1yr partial-upfront");
        var arch = architecture("a", "ec2", "app", new Ec2Rule.Config("t4g.medium", 1, purchase, d("8"), "gp3", 0));
        Projection p = estimate(arch, 24);
        double recurring = 730 * 0.01 + 8 * 0.1;
        assertThat(p.months().get(0).total().amount().doubleValue()).isEqualTo(recurring + 120, within());
        assertThat(p.months().get(1).total().amount().doubleValue()).isEqualTo(recurring, within());
        assertThat(p.months().get(12).total().amount().doubleValue()).isEqualTo(recurring + 120, within());
        assertThat(p.months().get(5).amortisedTotal().amount().doubleValue()).isEqualTo(recurring + 120.0 / 12, within());
        assertThat(p.total()).isEqualTo(p.amortisedTotal());
    }

    @Test
    void ec2_reservedFleetThatScalesInOffPeak_paysEveryCommittedHour_onDemandOnlyTheHoursRun() {
        var reserved = PurchaseOption.parse("reserved 1yr partial-upfront");
        // 3 instances at peak, 400 h each on average: a reservation bills all 730 h of each, run or not.
        var committed = new Ec2Rule.Config("t4g.medium", 1, reserved, d("8"), "gp3", 0).sized("t4g.medium", 3, d("400"));
        Projection p = estimate(architecture("a", "ec2", "app", committed), 2);
        double volumes = 3 * 8 * 0.1 * 400 / 730;
        assertThat(p.months().get(1).total().amount().doubleValue()).isEqualTo(3 * 730 * 0.01 + volumes, within());

        var onDemand = new Ec2Rule.Config("t4g.medium", 1, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0)
                .sized("t4g.medium", 3, d("400"));
        Projection q = estimate(architecture("a", "ec2", "app", onDemand), 2);
        assertThat(q.months().get(1).total().amount().doubleValue()).isEqualTo(3 * 400 * 0.04 + volumes, within());
    }

    @Test
    void rds_multiAz_storageAndBackupFreeUpToProvisionedStorage() {
        var arch = architecture("a", "rds", "db", new RdsRule.Config("postgresql", "db.t4g.medium", true, d("100"), "gp3",
                d("130"), PurchaseOption.ON_DEMAND));
        Projection p = estimate(arch, 1);
        LineItem backup = p.months().get(0).lines().stream().filter(l -> l.charge().equals("backup-storage")).findFirst().orElseThrow();
        assertThat(backup.freeQuantity()).isEqualByComparingTo("100");
        assertThat(backup.freeNote()).contains("free");
        // 730 h x 0.2 + 100 GB x 0.3 + (130 - 100) GB x 0.1
        assertThat(p.total()).isEqualTo(Money.of(BigDecimal.valueOf(730 * 0.2 + 100 * 0.3 + 30 * 0.1)).toCents());
    }

    @Test
    void rds_autoStorage_isStoredDataWithTwentyGbMinimum() {
        var arch = architecture("a", "rds", "db", new RdsRule.Config("postgresql", "db.t4g.medium", true, null, "gp3", null,
                PurchaseOption.ON_DEMAND));
        Projection small = new Estimator(CATALOG).estimate(scenario(1, Account.ALWAYS_FREE_ONLY,
                workload(Map.of(Driver.STORED_DATA, "5")), null, List.of(), arch), arch);
        LineItem storage = small.months().get(0).lines().stream().filter(l -> l.charge().equals("storage")).findFirst().orElseThrow();
        assertThat(storage.quantity()).isEqualByComparingTo("20");
    }

    @Test
    void missingPrice_isUnpriced_neverZero() {
        var arch = architecture("a", "ec2", "app", new Ec2Rule.Config("t4g.large", 1, PurchaseOption.ON_DEMAND, d("8"), "gp3", 0));
        Projection p = estimate(arch, 1);
        assertThat(p.complete()).isFalse();
        assertThat(p.unpriced()).singleElement().satisfies(u -> {
            assertThat(u.reason()).contains("t4g.large").contains("instanceType one of t4g.medium");
            assertThat(u.setting()).isEqualTo("instance_type");
        });
        assertThat(p.months().get(0).lines()).noneMatch(l -> l.label().contains("Instance usage"));
    }

    private static Projection estimate(dev.cloudplan.core.architecture.Architecture arch, int months) {
        return new Estimator(CATALOG).estimate(scenario(months, Account.ALWAYS_FREE_ONLY, workload(Map.of()), null,
                List.of(), arch), arch);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.005);
    }
}

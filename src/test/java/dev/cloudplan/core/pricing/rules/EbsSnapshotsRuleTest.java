package dev.cloudplan.core.pricing.rules;

import static dev.cloudplan.Fixtures.catalog;
import static dev.cloudplan.Fixtures.d;
import static dev.cloudplan.Fixtures.price;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Projection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ebs-snapshots component against a hand-made catalog (fixture prices, not AWS's), and against the bundled one. */
class EbsSnapshotsRuleTest {
    static final double SNAPSHOT = 0.05;
    static final double ARCHIVE = 0.0125;
    static final double RESTORE = 0.03;
    static final double FSR = 0.75;

    static final PriceCatalog CATALOG = catalog(List.of(
            price("AmazonEC2", "ebs-snapshots", "", "GB-Mo", "0.05"),
            price("AmazonEC2", "ebs-snapshots-archive", "", "GB-Mo", "0.0125"),
            price("AmazonEC2", "ebs-snapshots-archive-restore", "", "GB", "0.03"),
            price("AmazonEC2", "ebs-fast-snapshot-restore", "", "DSU-Hr", "0.75")), List.of());

    @Test
    void everyTierAndFastRestore_areBilled() {
        RuleCases.assertCompleteMonth(CATALOG, List.of("ebs-snapshots", "dr", new EbsSnapshotsRule.Config(d("400"),
                d("2000"), d("100"), 1)), Map.of(), 400 * SNAPSHOT + 2000 * ARCHIVE + 100 * RESTORE + 1 * 730 * FSR);
    }

    @Test
    void inTheBundledCatalog_standardSnapshotsArePriced_theArchiveIsNot() {
        Projection p = RuleCases.month(Fixtures.bundled(), List.of("ebs-snapshots", "dr", new EbsSnapshotsRule.Config(
                d("400"), d("2000"), d("0"), 0)), Map.of());
        double bundled = Fixtures.bundled().schedule(new dev.cloudplan.core.catalog.PriceKey("AmazonEC2", "us-east-1",
                "ebs-snapshots", dev.cloudplan.core.catalog.Attributes.NONE)).tiers().get(0).usd().doubleValue();
        assertThat(RuleCases.line(p, "ebs-snapshots").cost().amount().doubleValue()).isEqualTo(400 * bundled,
                RuleCases.cents());
        assertThat(p.unpriced()).anySatisfy(u -> assertThat(u.reason()).contains("ebs-snapshots-archive"));
    }
}

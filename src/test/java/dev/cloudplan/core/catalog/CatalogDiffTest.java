package dev.cloudplan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diffing two catalog versions: a price is the same price when service, region, charge, attributes and tier start match. */
class CatalogDiffTest {
    static PriceCatalog catalog(Price... prices) {
        return new PriceCatalog(new CatalogInfo("t", LocalDate.of(2026, 11, 23), "test"), List.of(prices), List.of());
    }

    @Test
    void changesAddedAndRemoved() {
        Price oldHours = Fixtures.price("AmazonEC2", "instance-hours", "instanceType=t3.micro", "Hrs", "0.0104");
        Price newHours = Fixtures.price("AmazonEC2", "instance-hours", "instanceType=t3.micro", "Hrs", "0.0114");
        Price same = Fixtures.price("AmazonVPC", "public-ipv4-hours", "addressState=in-use", "Hrs", "0.005");
        Price gone = Fixtures.price("AmazonEC2", "ebs-storage", "volumeType=gp2", "GB-Mo", "0.10");
        Price added = Fixtures.price("AmazonEC2", "ebs-storage", "volumeType=gp3", "GB-Mo", "0.08");
        CatalogDiff diff = CatalogDiff.between(catalog(oldHours, same, gone), catalog(newHours, same, added));
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.before().usd()).isEqualByComparingTo("0.0104");
            assertThat(c.after().usd()).isEqualByComparingTo("0.0114");
            // (0.0114 - 0.0104) / 0.0104 * 100 = 9.615...%
            assertThat(c.changePct()).isEqualByComparingTo("9.62");
        });
        assertThat(diff.added()).containsExactly(added);
        assertThat(diff.removed()).containsExactly(gone);
        assertThat(CatalogDiff.between(catalog(same), catalog(same)).isEmpty()).isTrue();
    }

    @Test
    void fromZero_hasNoPercentage() {
        Price free = Fixtures.price("AWSDataTransfer", "data-transfer-in", "source=Internet", "GB", "0");
        Price paid = Fixtures.price("AWSDataTransfer", "data-transfer-in", "source=Internet", "GB", "0.01");
        assertThat(CatalogDiff.between(catalog(free), catalog(paid)).changes().get(0).changePct()).isNull();
    }
}

package dev.cloudplan.catalogio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.PriceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled and on-disk catalogs load through one path; bad rows are refused with file and line. */
class CatalogLoaderTest {
    static final String HEADER = "service,region,charge,attributes,unit,tier_start,tier_end,usd,as_of,source,description\n";

    @TempDir
    Path dir;

    void write(String prices) throws IOException {
        Files.writeString(dir.resolve("manifest.json"),
                "{\"name\":\"t\",\"date\":\"2026-11-01\",\"source\":\"test\",\"price_files\":[\"X.csv\"],\"free_tier\":\"free-tier.csv\"}");
        Files.writeString(dir.resolve("X.csv"), HEADER + prices);
        Files.writeString(dir.resolve("free-tier.csv"), "regime,service,charge,attributes,quantity,unit,pool,as_of,source,description\n");
    }

    @Test
    void bundled_everyPriceHasSourceAndDate_andTiersAreContiguous() {
        LoadedCatalog c = CatalogLoader.bundled();
        assertThat(c.prices().prices()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.source()).matches("(https://|github:|search index file ).+");
            assertThat(p.offer()).startsWith("https://");
            assertThat(p.grade()).isNotEqualTo(dev.cloudplan.core.catalog.Grade.STATED);
            if (p.grade() == dev.cloudplan.core.catalog.Grade.PRICE_LIST_MIRROR) {
                assertThat(p.source()).as("a mirror is named by repository, path and commit").matches("github:[^/]+/[^/]+/.+@[0-9a-f]{40}");
            }
            assertThat(p.asOf()).isNotNull();
        });
        assertThat(c.prices().schedule(new PriceKey("AWSDataTransfer", "us-east-1", "data-transfer-out",
                Attributes.of("destination", "Internet"))).tiers()).hasSize(4);
        assertThat(c.instanceTypes().find("AmazonEC2", "t4g.medium")).isPresent();
    }

    @Test
    void directory_loadsTheSameFormat() throws IOException {
        write("S,us-east-1,c,a=1,Hrs,0,,0.5,2026-11-01,https://example.test,d\n");
        assertThat(CatalogLoader.fromDirectory(dir).prices().prices()).singleElement()
                .satisfies(p -> assertThat(p.usd()).isEqualByComparingTo("0.5"));
    }

    @Test
    void negativePrice_isRefusedWithFileAndLine() throws IOException {
        write("S,us-east-1,c,,Hrs,0,,0.5,2026-11-01,u,d\nS,us-east-1,d,,Hrs,0,,-1,2026-11-01,u,d\n");
        assertThatThrownBy(() -> CatalogLoader.fromDirectory(dir)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("X.csv, line 3").hasMessageContaining("negative");
    }

    @Test
    void gapBetweenTiers_isRefused() throws IOException {
        write("S,us-east-1,c,,GB,0,10,0.5,2026-11-01,u,d\nS,us-east-1,c,,GB,20,,0.4,2026-11-01,u,d\n");
        assertThatThrownBy(() -> CatalogLoader.fromDirectory(dir)).hasMessageContaining("not contiguous");
    }
}

package dev.cloudplan.catalogio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog read from disk is read once while its files are unchanged, and again when one changes. */
class DirectorySlicesTest {
    @TempDir
    Path dir;

    void write(String usd, Instant modified) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"name\":\"t\",\"date\":\"2026-11-01\",\"source\":\"test\","
                + "\"price_files\":[\"X.csv\"],\"free_tier\":\"free-tier.csv\"}");
        Files.writeString(dir.resolve("X.csv"), CatalogLoaderTest.HEADER + "S,us-east-1,c,a=1,Hrs,0,," + usd
                + ",2026-11-01,https://example.test,d\n");
        Files.writeString(dir.resolve("free-tier.csv"),
                "regime,service,charge,attributes,quantity,unit,pool,as_of,source,description\n");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(modified));
            }
        }
    }

    static String usd(LoadedCatalog c) {
        return c.prices().prices().get(0).usd().toPlainString();
    }

    @Test
    void settledFiles_areReadOnce_perRegion_andAgainWhenAFileChanges() throws IOException {
        write("0.5", Instant.now().minusSeconds(60));
        LoadedCatalog first = CatalogLoader.fromDirectory(dir, "us-east-1");
        assertThat(CatalogLoader.fromDirectory(dir, "us-east-1")).isSameAs(first);
        assertThat(CatalogLoader.fromDirectory(dir, null)).isNotSameAs(first);

        write("0.7", Instant.now().minusSeconds(30)); // same size, another time
        LoadedCatalog changed = CatalogLoader.fromDirectory(dir, "us-east-1");
        assertThat(changed).isNotSameAs(first);
        assertThat(usd(changed)).isEqualTo("0.7");
    }

    @Test
    void filesJustWritten_areReadEveryTime_sinceARewriteWithinAClockTickWouldNotShow() throws IOException {
        write("0.5", Instant.now());
        LoadedCatalog first = CatalogLoader.fromDirectory(dir, "us-east-1");
        assertThat(CatalogLoader.fromDirectory(dir, "us-east-1")).isNotSameAs(first);
        assertThat(usd(first)).isEqualTo("0.5");
    }
}

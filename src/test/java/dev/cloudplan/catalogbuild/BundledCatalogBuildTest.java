package dev.cloudplan.catalogbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.PriceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled catalog is exactly what tools/build-catalog makes from catalog-src/ and ../shared/pricedata: rebuilt
 * here into a temporary folder and compared byte for byte (skipped where ../shared/pricedata is absent).
 */
class BundledCatalogBuildTest {
    static final Path PRICEDATA = Path.of("../shared/pricedata");
    static final Path BUNDLED = Path.of("src/main/resources/" + CatalogLoader.BUNDLED_RESOURCE);

    @TempDir
    Path tmp;

    BundledCatalogBuild.Outcome build() throws IOException {
        assumeTrue(Files.isDirectory(PRICEDATA), "../shared/pricedata is not beside the repository");
        return BundledCatalogBuild.build(new BundledCatalogBuild.Paths(Path.of("catalog-src"), PRICEDATA,
                tmp.resolve("out"), tmp.resolve("provenance.md")));
    }

    @Test
    void rebuild_reproducesTheCommittedFilesByteForByte() throws IOException {
        build();
        List<String> committed = names(BUNDLED);
        assertThat(names(tmp.resolve("out"))).isEqualTo(committed);
        for (String f : committed) {
            assertThat(Files.readAllBytes(tmp.resolve("out").resolve(f))).as(f + " (run tools/build-catalog)")
                    .isEqualTo(Files.readAllBytes(BUNDLED.resolve(f)));
        }
        assertThat(Files.readString(tmp.resolve("provenance.md"))).as("docs/catalog-provenance.md (run tools/build-catalog)")
                .isEqualTo(Files.readString(Path.of("docs/catalog-provenance.md")));
    }

    @Test
    void mirrorRows_carryTheMirrorsPrices_andTheBetterGradeWins() throws IOException {
        BundledCatalogBuild.Outcome o = build();
        var catalog = CatalogLoader.fromDirectory(tmp.resolve("out")).prices();
        // skypilot-ondemand.csv: "t4g.medium,us-east-1,0.0336,2.0,4.0,arm64"; Karpenter agrees.
        var t4g = catalog.schedule(new PriceKey("AmazonEC2", "us-east-1", "instance-hours", Attributes.of("instanceType",
                "t4g.medium", "operatingSystem", "Linux", "purchaseOption", "OnDemand", "tenancy", "Shared"))).tiers().get(0);
        assertThat(t4g.usd()).isEqualByComparingTo("0.0336");
        assertThat(t4g.grade()).isEqualTo(Grade.PRICE_LIST_MIRROR);
        assertThat(t4g.source()).startsWith("github:skypilot-org/skypilot-catalog/");
        // rds-ondemand.csv: "eu-central-1,db.r6g.large,PostgreSQL,Multi-AZ,...": one row per class, engine and deployment.
        var rdsHours = catalog.prices().stream().filter(p -> p.service().equals("AmazonRDS") && p.charge().equals("instance-hours"))
                .toList();
        String cluster = "Multi-AZ (readable standbys)";
        // Aurora instance keys are hand-kept too (3 us-east-1 Aurora PostgreSQL Standard rows), not mirror rows.
        assertThat(rdsHours.stream().filter(p -> !cluster.equals(p.attributes().get("deploymentOption"))
                && !p.attributes().get("databaseEngine").startsWith("Aurora")).count()).isEqualTo(74 * 3 * 2 * 6);
        // Multi-AZ DB clusters, hand-kept from the same Flexera file (catalog-src/transcribed/AmazonRDS.csv): us-east-1
        // db.m5d (8 sizes), db.m6gd (7), db.m6id (9), db.m6idn (9), db.r5d (8), db.r6gd (7), MySQL and PostgreSQL.
        assertThat(rdsHours.stream().filter(p -> cluster.equals(p.attributes().get("deploymentOption"))))
                .hasSize((8 + 7 + 9 + 9 + 8 + 7) * 2)
                .allSatisfy(p -> assertThat(p.region()).isEqualTo("us-east-1"));
        // The four bare-metal types where Karpenter's Dedicated-tenancy figure differs from SkyPilot's are listed.
        assertThat(o.disagreements()).extracting(MirrorRows.Disagreement::key).contains(
                "AmazonEC2 us-east-1 instance-hours c6g.metal", "AmazonEC2 us-east-1 instance-hours m7i.metal-24xl");
        // Nothing a single source supports reaches the catalog.
        assertThat(catalog.prices()).allSatisfy(p -> assertThat(p.grade()).isIn(Grade.PRICE_LIST_MIRROR, Grade.TRANSCRIBED));
        assertThat(o.unconfirmed()).isNotEmpty();
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

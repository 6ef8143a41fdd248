package dev.cloudplan.catalogio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.bench.LargeCatalog;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.MissingPriceException;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.catalog.PriceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run loads only its spec's region: for every region, the slice must hold exactly the prices a full
 * load holds for it, list the same regions, and give the same missing-price messages.
 */
class RegionSliceTest {
    @TempDir
    static Path dir;

    static Path large;
    static PriceCatalog full;

    @BeforeAll
    static void enlarge() throws IOException {
        large = dir.resolve("large");
        Files.createDirectories(large);
        LargeCatalog.write(large);
        full = CatalogLoader.fromDirectory(large).prices();
    }

    private static List<Price> of(PriceCatalog c, String region) {
        return c.prices().stream().filter(p -> p.region().equals(region)).toList();
    }

    @Test
    void everyRegionsSlice_holdsExactlyThatRegionsPrices_inCatalogOrder() {
        assertThat(full.regions()).containsAll(LargeCatalog.REGIONS);
        for (String region : full.regions()) {
            PriceCatalog slice = CatalogLoader.fromDirectory(large, region).prices();
            assertThat(slice.prices()).as(region).isEqualTo(of(full, region));
            assertThat(slice.regions()).as(region).isEqualTo(full.regions());
            assertThat(slice.allowances()).isEqualTo(full.allowances());
            for (Price p : slice.prices()) {
                assertThat(slice.schedule(p.key())).isEqualTo(full.schedule(p.key()));
            }
        }
    }

    @Test
    void bundledSlice_isTheBundledCatalogsRegion() {
        LoadedCatalog all = CatalogLoader.bundled();
        for (String region : all.prices().regions()) {
            LoadedCatalog slice = CatalogLoader.bundled(region);
            assertThat(slice.prices().prices()).isEqualTo(of(all.prices(), region));
            assertThat(slice.prices().regions()).isEqualTo(all.prices().regions());
            assertThat(slice.instanceTypes()).isEqualTo(all.instanceTypes());
        }
    }

    @Test
    void missingPriceMessages_areTheSameAsAFullLoads() {
        List<PriceKey> missing = new java.util.ArrayList<>(List.of(
                new PriceKey("AmazonRDS", "us-east-1", "instance-hours", Attributes.of("databaseEngine", "Oracle",
                        "deploymentOption", "Single-AZ", "instanceType", "db.t4g.micro", "purchaseOption", "OnDemand")),
                new PriceKey("AmazonEC2", "eu-west-3", "instance-hours", Attributes.of("instanceType", "t3.micro")),
                new PriceKey("AmazonS3", "af-south-1", "storage", Attributes.of("storageClass", "Glacier")),
                new PriceKey("AWSLambda", "me-south-1", "no-such-charge", Attributes.NONE)));
        missing.add(inSomeRegionsOnly());
        Set<String> seen = new TreeSet<>();
        for (PriceKey key : missing) {
            PriceCatalog slice = CatalogLoader.fromDirectory(large, key.region()).prices();
            String expected = message(full, key);
            assertThat(message(slice, key)).as(key.toString()).isEqualTo(expected);
            seen.add(expected);
        }
        assertThat(seen).hasSize(missing.size()).anySatisfy(m -> assertThat(m).contains("Regions that have it"));
    }

    @Test
    void aSlice_refusesToAnswerForAnotherRegion() {
        PriceCatalog slice = CatalogLoader.fromDirectory(large, "eu-west-1").prices();
        assertThatThrownBy(() -> slice.schedule(new PriceKey("AmazonEC2", "us-east-1", "instance-hours", Attributes.NONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slice for eu-west-1");
    }

    /** A price the catalog has in some regions, asked for in one where it has not. */
    private static PriceKey inSomeRegionsOnly() {
        Set<PriceKey> keys = new java.util.HashSet<>();
        full.prices().forEach(p -> keys.add(p.key()));
        for (Price p : full.prices()) {
            for (String r : full.regions()) {
                PriceKey k = new PriceKey(p.service(), r, p.charge(), p.attributes());
                if (!keys.contains(k)) {
                    return k;
                }
            }
        }
        throw new AssertionError("every price is in every region");
    }

    @Test
    void examples_priceTheSameFromASliceAsFromTheWholeCatalog() throws IOException {
        LoadedCatalog whole = CatalogLoader.fromDirectory(large);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
        try (var specs = Files.list(Path.of("examples"))) {
            for (Path spec : specs.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String fromWhole = report(new dev.cloudplan.spec.SpecReader(whole, today).read(spec), whole, today);
                LoadedCatalog[] slice = new LoadedCatalog[1];
                var sliced = new dev.cloudplan.spec.SpecReader(r -> slice[0] = CatalogLoader.fromDirectory(large, r), today)
                        .read(spec);
                assertThat(slice[0].prices().onlyRegion()).isEqualTo(sliced.scenario().region());
                assertThat(report(sliced, slice[0], today)).as(spec.toString()).isEqualTo(fromWhole);
            }
        }
    }

    /** Every architecture of the spec priced, as JSON with every line's explanation. */
    private static String report(dev.cloudplan.spec.Spec spec, LoadedCatalog catalog, java.time.LocalDate today) {
        PriceCatalog prices = catalog.prices().withPrices(spec.statedPrices());
        var estimator = new dev.cloudplan.core.projection.Estimator(prices);
        List<dev.cloudplan.core.projection.Projection> projections = spec.scenario().architectures().stream()
                .map(a -> estimator.estimate(spec.scenario(), a)).toList();
        var report = new dev.cloudplan.report.Report(spec.scenario(), prices.info(), today, projections, true);
        return dev.cloudplan.report.Format.JSON.renderer().render(report, new dev.cloudplan.report.RenderOptions(true, 1));
    }

    private static String message(PriceCatalog c, PriceKey key) {
        try {
            c.schedule(key);
            throw new AssertionError("expected no price for " + key);
        } catch (MissingPriceException e) {
            return e.getMessage();
        }
    }
}

package dev.cloudplan.catalogio;

import dev.cloudplan.core.catalog.InstanceTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.Price;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog versions on disk: written whole or not at all, read back as written, the active one remembered. */
class CatalogStoreTest {
    @TempDir
    Path dir;

    @Test
    void writtenCatalog_readsBackTheSamePrices() throws IOException {
        LoadedCatalog bundled = CatalogLoader.bundled();
        CatalogStore store = new CatalogStore(dir);
        CatalogInfo info = new CatalogInfo("copy", LocalDate.of(2026, 11, 23), "a copy of the bundled catalog");
        store.install("copy", folder -> CatalogWriter.write(folder, info, bundled.prices().prices(),
                bundled.prices().allowances(), bundled.instanceTypes()));
        LoadedCatalog copy = store.load("copy");
        assertThat(copy.prices().info()).isEqualTo(info);
        assertThat(copy.prices().prices()).containsExactlyInAnyOrderElementsOf(bundled.prices().prices());
        assertThat(copy.prices().allowances()).containsExactlyInAnyOrderElementsOf(bundled.prices().allowances());
        assertThat(copy.instanceTypes().types()).containsExactlyInAnyOrderElementsOf(bundled.instanceTypes().types());
    }

    @Test
    void aWriterThatFails_leavesNoVersionAndNoTemporaryFolder() throws IOException {
        CatalogStore store = new CatalogStore(dir);
        assertThatThrownBy(() -> store.install("half", folder -> {
            Files.writeString(folder.resolve("manifest.json"), "{}");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
        assertThat(store.names()).containsExactly("bundled");
        assertThat(store.activeName()).isEqualTo("bundled");
    }

    @Test
    void activePointer_andFreshNames() throws IOException {
        CatalogStore store = new CatalogStore(dir);
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(store.freshName(day)).isEqualTo("2026-11-23");
        store.install("2026-11-23", folder -> CatalogWriter.write(folder, new CatalogInfo("2026-11-23", day, "t"),
                List.<Price>of(), List.of(), InstanceTypes.NONE));
        assertThat(store.freshName(day)).isEqualTo("2026-11-23-2");
        store.activate("2026-11-23");
        assertThat(store.activeName()).isEqualTo("2026-11-23");
        assertThat(store.versions()).extracting(CatalogStore.Version::name, CatalogStore.Version::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bundled", false),
                        org.assertj.core.groups.Tuple.tuple("2026-11-23", true));
        assertThatThrownBy(() -> store.activate("nope")).isInstanceOf(CatalogStore.UnknownCatalogException.class);
    }

    @Test
    void directory_followsOptionThenCloudplanHomeThenUserHome() {
        Path home = Path.of("/home/u");
        assertThat(CatalogStore.directory(Path.of("/x"), Map.of("CLOUDPLAN_HOME", "/ch"), home)).isEqualTo(Path.of("/x"));
        assertThat(CatalogStore.directory(null, Map.of("CLOUDPLAN_HOME", "/ch"), home)).isEqualTo(Path.of("/ch/catalogs"));
        assertThat(CatalogStore.directory(null, Map.of(), home)).isEqualTo(Path.of("/home/u/.cloudplan/catalogs"));
    }
}

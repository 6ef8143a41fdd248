package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged catalog folder is bad input named by its file, never an internal error, and is never made active. */
class DamagedCatalogTest {
    @TempDir
    Path home;

    private Cli.Result run(String... args) {
        return Cli.run(Fixtures.environment(home), args);
    }

    private Path version(String name, String manifest) throws IOException {
        Path v = Files.createDirectories(home.resolve(".cloudplan").resolve("catalogs").resolve(name));
        Files.writeString(v.resolve("manifest.json"), manifest);
        return v;
    }

    @Test
    void manifestNotJson_isExit2NamingIt_andCannotBeMadeActive() throws IOException {
        version("broken", "{\"name\":");
        Cli.Result use = run("catalog", "use", "broken");
        assertThat(use.code()).isEqualTo(2);
        assertThat(use.err()).contains("broken/manifest.json: not valid JSON").doesNotContain("internal error");
        assertThat(home.resolve(".cloudplan").resolve("catalogs").resolve("active")).doesNotExist();
        Cli.Result compare = run("compare", CliTest.EXAMPLE, "--catalog", "broken");
        assertThat(compare.code()).isEqualTo(2);
        assertThat(compare.err()).contains("not valid JSON").doesNotContain("internal error");
    }

    @Test
    void badDate_missingFile_andMalformedCsv_areEachExit2NamingTheFile() throws IOException {
        version("baddate", "{\"name\": \"baddate\", \"date\": \"yesterday\", \"source\": \"x\", \"price_files\": []}");
        assertThat(run("compare", CliTest.EXAMPLE, "--catalog", "baddate").err()).contains("baddate/manifest.json:",
                "yesterday");
        version("nofile", "{\"name\": \"nofile\", \"date\": \"2026-11-23\", \"source\": \"x\", \"price_files\": [\"X.csv\"]}");
        Cli.Result missing = run("compare", CliTest.EXAMPLE, "--catalog", "nofile");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("has no file", "X.csv");
        Path bad = version("badcsv", "{\"name\": \"badcsv\", \"date\": \"2026-11-23\", \"source\": \"x\","
                + " \"price_files\": [\"X.csv\"]}");
        Files.writeString(bad.resolve("X.csv"), "service,region\n\"unterminated,x\n");
        Cli.Result csv = run("compare", CliTest.EXAMPLE, "--catalog", "badcsv");
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains("X.csv").doesNotContain("internal error");
    }
}

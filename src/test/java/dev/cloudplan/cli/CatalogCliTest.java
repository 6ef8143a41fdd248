package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog import, show, diff, use and --catalog, through the real entry point, in a temporary home. */
class CatalogCliTest {
    static final Path OFFERS = Path.of("src/test/resources/pricelist/offers");

    @TempDir
    Path home;

    Cli.Result run(String... args) {
        return Cli.run(Fixtures.environment(home), args);
    }

    Path catalogs() {
        return home.resolve(".cloudplan").resolve("catalogs");
    }

    List<String> folders() throws IOException {
        if (!Files.isDirectory(catalogs())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(catalogs())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void import_writesANewActiveVersion_andShowListsIt() throws IOException {
        Cli.Result r = run("catalog", "import", OFFERS.toString(), "--regions", "us-east-1");
        assertThat(r.code()).as(r.err()).isZero();
        long files;
        try (var listed = Files.list(OFFERS)) {
            files = listed.count();
        }
        assertThat(r.out()).contains("Imported from " + files + " offer file(s)", "AmazonEC2", "Catalog '2026-12-01' written to",
                "now active", "OTHER REGIONS");
        assertThat(Files.readString(catalogs().resolve("active")).trim()).isEqualTo("2026-12-01");

        JsonNode versions = new ObjectMapper().readTree(run("catalog", "show", "--format", "json").out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("name").asText()).isEqualTo("bundled");
        assertThat(versions.get(0).path("active").asBoolean()).isFalse();
        assertThat(versions.get(1).path("name").asText()).isEqualTo("2026-12-01");
        assertThat(versions.get(1).path("date").asText()).isEqualTo("2026-12-01");
        assertThat(versions.get(1).path("active").asBoolean()).isTrue();
        assertThat(versions.get(1).path("source").asText()).contains("AmazonEC2 version 20261101000000");

        Cli.Result again = run("catalog", "import", OFFERS.resolve("AmazonVPC-us-east-1.json").toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Catalog '2026-12-01-2'");
    }

    @Test
    void importedCatalog_pricesEstimates_andTheReportNamesIt() throws IOException {
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "fixture").code()).isZero();
        Path spec = home.resolve("ec2.yaml");
        Files.writeString(spec, """
                name: One instance
                region: us-east-1
                horizon: 1 months
                start: 2027-01
                workload:
                  requests: 1M/month
                  egress: 10 GB/month
                  database: {stored: 20 GB}
                architectures:
                  - name: ec2-rds
                    template: ec2-rds
                    overrides:
                      app: {instance_type: t4g.medium}
                      db: {instance_type: db.t4g.medium, engine: postgresql}
                """);
        Cli.Result r = run("estimate", spec.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("catalog").path("name").asText()).isEqualTo("fixture");
        JsonNode lines = root.path("architectures").get(0).path("months").get(0).path("lines");
        JsonNode instance = null;
        for (JsonNode l : lines) {
            if (l.path("service").asText().equals("AmazonEC2") && l.path("charge_code").asText().equals("instance-hours")) {
                instance = l;
            }
        }
        assertThat(instance).as("EC2 instance line priced from the imported catalog").isNotNull();
        // The fixture's t4g.medium Linux on-demand rate is 0.0444 USD/hour; a month is 730 hours.
        assertThat(new BigDecimal(instance.path("unit_price").asText())).isEqualByComparingTo("0.0444");
        assertThat(new BigDecimal(instance.path("exact_cost").asText())).isEqualByComparingTo(
                new BigDecimal("730").multiply(new BigDecimal("0.0444")));
        assertThat(root.path("architectures").get(0).path("complete").asBoolean()).as("EC2 and RDS are priced now").isTrue();

        Cli.Result bundled = run("estimate", "examples/learning-app.yaml", "-a", "serverless", "--catalog", "bundled",
                "--format", "json");
        assertThat(new ObjectMapper().readTree(bundled.out()).path("catalog").path("name").asText()).isEqualTo("bundled");
    }

    @Test
    void diff_listsChangedAddedAndRemovedPrices_withPercentages() throws IOException {
        assertThat(run("catalog", "import", OFFERS.toString(), "--regions", "us-east-1", "--name", "fixture").code()).isZero();
        Cli.Result r = run("catalog", "diff", "bundled", "fixture", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode diff = new ObjectMapper().readTree(r.out());
        JsonNode wru = null;
        for (JsonNode c : diff.path("changes")) {
            if (c.path("service").asText().equals("AmazonDynamoDB") && c.path("charge").asText().equals("write-request-units")
                    && c.path("attributes").asText().contains("tableClass=Standard")
                    && !c.path("attributes").asText().contains("StandardIA")) {
                wru = c;
            }
        }
        assertThat(wru).isNotNull();
        assertThat(wru.path("region").asText()).isEqualTo("us-east-1");
        assertThat(wru.path("sku").asText()).isEqualTo("DDBWRU");
        assertThat(wru.path("description").asText()).isNotBlank();
        BigDecimal oldPrice = new BigDecimal(wru.path("old_price").asText());
        BigDecimal newPrice = new BigDecimal(wru.path("new_price").asText());
        assertThat(newPrice).isEqualByComparingTo("0.00000065");
        double expectedPct = (0.00000065 - oldPrice.doubleValue()) / oldPrice.doubleValue() * 100;
        assertThat(wru.path("change_pct").asDouble()).isCloseTo(expectedPct, org.assertj.core.data.Offset.offset(0.005));
        assertThat(diff.path("added")).anySatisfy(a -> assertThat(a.path("service").asText()).isEqualTo("AmazonEC2"));
        // The fixture's ElastiCache offer has only cache.t4g.micro nodes: the bundled m6g.large price is gone...
        assertThat(diff.path("removed")).anySatisfy(a -> assertThat(a.path("attributes").asText())
                .contains("instanceType=cache.m6g.large"));
        // ...while ElastiCache Serverless, which the import does not read, keeps the base catalog's prices.
        assertThat(diff.path("removed")).noneSatisfy(a -> assertThat(a.path("charge").asText()).startsWith("serverless"));

        Cli.Result table = run("catalog", "diff", "bundled", "fixture");
        assertThat(table.out()).contains("Price changes from 'bundled' to 'fixture'", "Changed", "Added", "Removed", "%");
    }

    @Test
    void badFile_exitsWith2_namesFileAndPosition_andWritesNothing() throws IOException {
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "good").code()).isZero();
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\":\"v1.0\",\"offerCode\":\"AmazonEC2\",\n\"products\": {\"X\": [}");
        Cli.Result r = run("catalog", "import", OFFERS.resolve("AmazonVPC-us-east-1.json").toString(), broken.toString(),
                "--name", "bad");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(broken + ":2:").doesNotContain("Exception");
        assertThat(folders()).containsExactly("active", "good");
        assertThat(Files.readString(catalogs().resolve("active")).trim()).isEqualTo("good");
    }

    @Test
    void importOfNothingUsable_isRefused() throws IOException {
        Path other = home.resolve("other.json");
        Files.writeString(other, "{\"formatVersion\":\"v1.0\",\"offerCode\":\"AmazonKinesis\",\"version\":\"1\","
                + "\"publicationDate\":\"2026-01-01T00:00:00Z\",\"products\":{},\"terms\":{}}");
        Cli.Result r = run("catalog", "import", other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("no cloudplan rule prices this service");
        assertThat(r.err()).contains("nothing to import");
        assertThat(folders()).isEmpty();
    }

    @Test
    void names_areValidated_andVersionsNeverOverwritten() {
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "bundled").err()).contains("shipped with cloudplan");
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "../x").err()).contains("not a valid catalog name");
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "v1").code()).isZero();
        Cli.Result again = run("catalog", "import", OFFERS.toString(), "--name", "v1");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already taken");
    }

    @Test
    void use_switchesTheActiveVersion_andUnknownNamesAreBadInput() {
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "v1", "--no-activate").code()).isZero();
        assertThat(run("catalog", "show").out()).containsPattern("(?m)^\\*\\s+bundled");
        assertThat(run("catalog", "use", "v1").code()).isZero();
        assertThat(run("catalog", "show").out()).containsPattern("(?m)^\\*\\s+v1");
        Cli.Result unknown = run("estimate", "examples/learning-app.yaml", "-a", "serverless", "--catalog", "v9");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no catalog named 'v9'", "bundled, v1");
        assertThat(run("catalog", "use", "bundled").code()).isZero();
        assertThat(run("catalog", "show").out()).containsPattern("(?m)^\\*\\s+bundled");
    }

    @Test
    void catalogDir_andCloudplanHome_chooseWhereCatalogsLive() throws IOException {
        Path elsewhere = home.resolve("elsewhere");
        assertThat(run("catalog", "import", OFFERS.toString(), "--name", "v1", "--catalog-dir", elsewhere.toString())
                .code()).isZero();
        assertThat(elsewhere.resolve("v1").resolve("manifest.json")).exists();
        assertThat(folders()).isEmpty();

        StringWriter out = new StringWriter();
        Environment env = new Environment(Fixtures.environment().clock(),
                java.util.Map.of("CLOUDPLAN_HOME", home.resolve("ch").toString()), home, false);
        int code = Main.run(new String[] {"catalog", "import", OFFERS.toString(), "--name", "v2"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()), env);
        assertThat(code).isZero();
        assertThat(home.resolve("ch").resolve("catalogs").resolve("v2").resolve("manifest.json")).exists();
    }

    @Test
    void leftoversOfAKilledImport_areNeverRead_andStaleOnesAreRemoved() throws IOException {
        Path old = leftover(".incoming-v1-123", false);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path unlocked = leftover(".incoming-v2-456", true);
        Path fresh = leftover(".incoming-v3-789", false);
        Path justLocked = leftover(".incoming-v5-111", true);
        Files.setLastModifiedTime(justLocked.resolve(".lock"), java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        Path writing = leftover(".incoming-v4-000", true);
        try (var ch = java.nio.channels.FileChannel.open(writing.resolve(".lock"), java.nio.file.StandardOpenOption.WRITE);
                var lock = ch.lock()) {
            Cli.Result r = run("catalog", "show");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("removed 2 unfinished import folder(s)", "3 import folder(s) named .incoming-*")
                    .doesNotContain("v1-123  ");
        }
        // Stale: an hour old without a lock, or with a lock nobody holds; kept: a fresh one, one whose lock is held,
        // one whose lock file was made a moment ago (its import may be about to lock it).
        assertThat(old).doesNotExist();
        assertThat(unlocked).doesNotExist();
        assertThat(fresh).exists();
        assertThat(writing).exists();
        assertThat(justLocked).exists();
    }

    private Path leftover(String name, boolean lockFile) throws IOException {
        Path p = Files.createDirectories(catalogs().resolve(name));
        Files.writeString(p.resolve("manifest.json"), "{");
        if (lockFile) {
            Files.writeString(p.resolve(".lock"), "");
            Files.setLastModifiedTime(p.resolve(".lock"),
                    java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
        }
        return p;
    }

    @Test
    void catalogUse_whereTheHomeCannotBeWritten_isAClearError() throws IOException {
        // A file where the home's folder should be cannot be written by anyone, root included.
        Files.writeString(home.resolve("not-a-folder"), "");
        Cli.Result r = run("catalog", "use", "bundled", "--catalog-dir", home.resolve("not-a-folder").resolve("c").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("cannot make 'bundled' the active catalog", "not-a-folder", "fix:")
                .doesNotContain("internal error", "Exception");
        Cli.Result show = run("catalog", "show", "--catalog-dir", home.resolve("not-a-folder").toString());
        assertThat(show.code()).isIn(0, 2);
        assertThat(show.err()).doesNotContain("internal error");
    }

    @Test
    void catalogUse_onAReadOnlyHome_isAClearError() throws IOException {
        Files.createDirectories(catalogs());
        Files.setPosixFilePermissions(catalogs(), java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Cli.Result r = run("catalog", "use", "bundled");
            if (r.code() == 0) {
                return; // root writes into read-only folders: nothing to refuse here
            }
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("cannot make 'bundled' the active catalog", "permission denied", "fix:")
                    .doesNotContain("internal error");
        } finally {
            Files.setPosixFilePermissions(catalogs(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aChargeWhoseSkusConflict_keepsTheBasePrice_insteadOfLosingIt() throws IOException {
        String rds = Files.readString(OFFERS.resolve("AmazonRDS-us-east-1.json"));
        int at = rds.indexOf("\"RDSGP3SAZUSE1\": {", rds.indexOf("\"terms\""));
        Path file = home.resolve("rds.json");
        Files.writeString(file, rds.substring(0, at) + rds.substring(at).replaceFirst("0\\.1150000000", "0.1250000000"));
        Cli.Result r = run("catalog", "import", file.toString(), "--name", "conflict");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("two SKUs give different prices");
        String storage = Files.readAllLines(catalogs().resolve("conflict").resolve("AmazonRDS.csv")).stream()
                .filter(l -> l.startsWith("AmazonRDS,us-east-1,storage,")
                        && l.contains("databaseEngine=PostgreSQL;deploymentOption=Single-AZ;volumeType=gp3"))
                .findFirst().orElseThrow();
        // The bundled catalog's price survives (its row has no SKU); the import's conflicting SKUs are not used.
        assertThat(storage).contains(",0.115,").doesNotContain("RDSGP3SAZ");
    }

    @Test
    void aFolderInTheWayOfAName_isNeverOverwritten() throws IOException {
        Files.createDirectories(catalogs().resolve("2026-12-01"));
        Cli.Result named = run("catalog", "import", OFFERS.toString(), "--name", "2026-12-01");
        assertThat(named.code()).isEqualTo(2);
        assertThat(named.err()).contains("already taken");
        Cli.Result fresh = run("catalog", "import", OFFERS.toString());
        assertThat(fresh.code()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("Catalog '2026-12-01-2'");
    }

    @Test
    void pricesAsJson_writeEveryAmountAsAPlainDecimal() throws IOException {
        Cli.Result r = run("catalog", "show", "--prices", "--format", "json", "--catalog", "bundled");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContainPattern("\"usd\" : [0-9.]+E-?[0-9]+");
        JsonNode prices = new ObjectMapper().readTree(r.out());
        assertThat(prices).isNotEmpty().allSatisfy(p -> assertThat(p.path("source").asText()).matches("(https://|github:|search index file ).+"));
    }
}

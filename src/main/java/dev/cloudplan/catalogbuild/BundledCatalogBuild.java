package dev.cloudplan.catalogbuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.CatalogStore;
import dev.cloudplan.catalogio.CatalogWriter;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceKey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The bundled catalog's build: mirror rows (generated from the Price List) and transcribed rows merged under the
 * provenance policy (the better grade wins; disagreements and dropped rows are reported), written in the catalog
 * format with a provenance report. {@code tools/build-catalog} runs {@link #main}.
 */
public final class BundledCatalogBuild {
    /** Where a build reads and writes. */
    public record Paths(Path sources, Path pricedata, Path out, Path report) {}

    /** What a build produced, for the report. */
    record Outcome(List<Price> prices, List<MirrorRows.Disagreement> disagreements, List<String> excluded,
            List<String> confirmed, List<Map<String, String>> unconfirmed, int instanceTypes) {}

    private BundledCatalogBuild() {}

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        Path pricedata = args.length > 1 ? Path.of(args[1]) : repo.resolve("../shared/pricedata");
        Paths paths = new Paths(repo.resolve("catalog-src"), pricedata,
                repo.resolve("src/main/resources/cloudplan/catalog/bundled"), repo.resolve("docs/catalog-provenance.md"));
        Outcome o = build(paths);
        System.out.println("bundled catalog: " + o.prices().size() + " prices, " + o.instanceTypes() + " instance types, "
                + o.disagreements().size() + " disagreements, " + o.unconfirmed().size() + " unconfirmed rows left out; "
                + "written to " + paths.out() + " and " + paths.report());
    }

    /** Builds the catalog into {@code paths.out()} (its files replaced) and the report into {@code paths.report()}. */
    public static Outcome build(Paths paths) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode mirrors = json.readTree(paths.sources().resolve("mirrors.json").toFile());
        JsonNode manifest = json.readTree(paths.sources().resolve("manifest.json").toFile());
        MirrorRows mirror = new MirrorRows();
        mirror.ec2(Mirror.from(mirrors.path("ec2_skypilot"), paths.pricedata()),
                Mirror.from(mirrors.path("ec2_karpenter"), paths.pricedata()));
        mirror.rds(Mirror.from(mirrors.path("rds_flexera"), paths.pricedata()));

        Map<PriceKey, Map<BigDecimal, Price>> mirrored = new HashMap<>();
        mirror.prices().forEach(p -> mirrored.computeIfAbsent(p.key(), k -> new HashMap<>()).put(p.tierStart(), p));
        List<Price> prices = new ArrayList<>(mirror.prices());
        List<MirrorRows.Disagreement> disagreements = new ArrayList<>(mirror.disagreements());
        List<String> confirmed = new ArrayList<>();
        Map<List<Object>, Price> handKept = new LinkedHashMap<>();
        for (Price t : transcribed(paths.sources().resolve("transcribed"))) {
            String key = t.service() + " " + t.region() + " " + t.charge() + " [" + t.attributes() + "]";
            Map<BigDecimal, Price> better = mirrored.get(t.key());
            if (better != null) {
                // A generated mirror prices the whole charge: its ladder replaces every hand-kept tier of the key.
                Price m = better.get(t.tierStart());
                if (m != null && m.usd().compareTo(t.usd()) == 0) {
                    confirmed.add(key + ": " + m.usd().toPlainString());
                } else {
                    disagreements.add(new MirrorRows.Disagreement(key, m == null ? "(other tiers)" : m.usd().toPlainString(),
                            m == null ? "mirror" : m.source(), t.usd().toPlainString(), t.grade().id() + ": " + t.source(),
                            "a generated mirror prices the whole charge"));
                }
                continue;
            }
            List<Object> tierKey = List.of(t.key(), t.tierStart());
            Price other = handKept.get(tierKey);
            if (other == null) {
                handKept.put(tierKey, t);
            } else if (other.usd().compareTo(t.usd()) == 0) {
                confirmed.add(key + " from " + t.tierStart().toPlainString() + ": " + t.usd().toPlainString() + " (two rows)");
                handKept.put(tierKey, t.grade().compareTo(other.grade()) < 0 ? t : other);
            } else if (t.grade() == other.grade()) {
                throw new IllegalStateException("two " + t.grade().id() + " rows of " + key + " from "
                        + t.tierStart().toPlainString() + " disagree (" + other.usd().toPlainString() + " and "
                        + t.usd().toPlainString() + "): keep one, move the other to catalog-src/unconfirmed/");
            } else {
                Price kept = t.grade().compareTo(other.grade()) < 0 ? t : other;
                Price lost = kept == t ? other : t;
                handKept.put(tierKey, kept);
                disagreements.add(new MirrorRows.Disagreement(key + " from " + t.tierStart().toPlainString(),
                        kept.usd().toPlainString(), kept.grade().id() + ": " + kept.source(), lost.usd().toPlainString(),
                        lost.grade().id() + ": " + lost.source(), "the better grade is kept"));
            }
        }
        prices.addAll(handKept.values());
        List<String> cut = new ArrayList<>();
        prices = contiguousFromZero(prices, cut);
        List<FreeTierAllowance> allowances = CatalogLoader.allowancesIn(paths.sources().resolve("free-tier.csv"));
        List<String> rdsClasses = prices.stream().filter(p -> p.service().equals("AmazonRDS"))
                .map(p -> p.attributes().get("instanceType")).filter(Objects::nonNull).distinct().toList();
        InstanceTypes types = new InstanceTypes(InstanceSpecs.read(
                Mirror.from(mirrors.path("instance_specs"), paths.pricedata()), rdsClasses));
        CatalogInfo info = new CatalogInfo(manifest.path("name").asText(), LocalDate.parse(manifest.path("date").asText()),
                manifest.path("source").asText());
        write(paths.out(), info, prices, allowances, types);
        disagreements.sort(Comparator.comparing(MirrorRows.Disagreement::key));
        confirmed.sort(Comparator.naturalOrder());
        List<String> excluded = new ArrayList<>(mirror.excluded());
        excluded.addAll(cut);
        Outcome outcome = new Outcome(prices, disagreements, excluded, confirmed,
                unconfirmed(paths.sources().resolve("unconfirmed")), types.types().size());
        ProvenanceReport.write(paths.report(), outcome);
        return outcome;
    }

    /**
     * A ladder must climb from 0 without gaps; where an unconfirmed tier left a gap, the tiers above it are left out
     * too (the quantity there is then reported as not priced), and named in {@code cut}.
     */
    private static List<Price> contiguousFromZero(List<Price> prices, List<String> cut) {
        Map<PriceKey, List<Price>> byKey = new LinkedHashMap<>();
        prices.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        List<Price> out = new ArrayList<>();
        byKey.forEach((key, tiers) -> {
            tiers.sort(Comparator.comparing(Price::tierStart));
            BigDecimal expected = BigDecimal.ZERO;
            for (Price t : tiers) {
                if (expected == null || t.tierStart().compareTo(expected) != 0) {
                    cut.add(key + " tier from " + t.tierStart().toPlainString() + " (" + t.usd().toPlainString()
                            + "): a lower tier is unconfirmed, so the ladder stops below it");
                    expected = null;
                    continue;
                }
                out.add(t);
                expected = t.tierEnd();
            }
        });
        return out;
    }

    private static List<Price> transcribed(Path dir) throws IOException {
        List<Price> out = new ArrayList<>();
        for (Path f : csvFiles(dir)) {
            out.addAll(CatalogLoader.pricesIn(f));
        }
        return out;
    }

    /** Rows a single source supports: not in the catalog, listed in the report so the gap is visible. */
    private static List<Map<String, String>> unconfirmed(Path dir) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (Path f : csvFiles(dir)) {
            try (Reader in = Files.newBufferedReader(f);
                    MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                            .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                out.addAll(it.readAll());
            }
        }
        return out;
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    /** Writes into a fresh folder, reads it back with the normal loader, then replaces the output's files. */
    private static void write(Path out, CatalogInfo info, List<Price> prices, List<FreeTierAllowance> allowances,
            InstanceTypes types) throws IOException {
        Path tmp = Files.createTempDirectory("cloudplan-catalog-build");
        try {
            CatalogWriter.write(tmp, info, prices, allowances, types);
            CatalogLoader.fromDirectory(tmp);
            Files.createDirectories(out);
            try (Stream<Path> old = Files.list(out)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
            try (Stream<Path> made = Files.list(tmp)) {
                for (Path f : made.toList()) {
                    Files.move(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            CatalogStore.deleteTree(tmp);
        }
    }
}

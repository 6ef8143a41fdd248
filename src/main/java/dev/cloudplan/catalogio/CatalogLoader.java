package dev.cloudplan.catalogio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.ElsewhereKey;
import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads a catalog directory (manifest.json, one CSV per service, free-tier.csv and instance-types.csv)
 * from the classpath (the bundled catalog) or from disk (imported catalogs). Both go through here.
 * A run that prices one spec loads a region slice: every file is scanned, but only the rows of the
 * spec's region become prices (the others leave just their key), which keeps start-up short however
 * many regions the catalog covers. Views of the whole catalog (show, diff, import) load it all.
 */
public final class CatalogLoader {
    public static final String BUNDLED_RESOURCE = "cloudplan/catalog/bundled/";

    /** Where catalog files come from. */
    private interface Source {
        InputStream open(String file) throws IOException;

        String describe(String file);
    }

    /** What a manifest says: the catalog's identity and its files. */
    private record Manifest(CatalogInfo info, List<String> priceFiles, String freeTier, String instanceTypes) {}

    private static final Map<String, LoadedCatalog> BUNDLED_SLICES = new ConcurrentHashMap<>();

    private CatalogLoader() {}

    /** The catalog shipped in the jar, read once: it cannot change while the program runs. */
    public static LoadedCatalog bundled() {
        return BundledHolder.CATALOG;
    }

    /** The bundled catalog's slice for {@code region} (see the class comment), read once per region. */
    public static LoadedCatalog bundled(String region) {
        return BUNDLED_SLICES.computeIfAbsent(region, r -> load(bundledSource(), r));
    }

    /** Lazily loads the bundled catalog on first use (the holder idiom: thread-safe, no locking). */
    private static final class BundledHolder {
        static final LoadedCatalog CATALOG = load(bundledSource(), null);
    }

    private static Source bundledSource() {
        ClassLoader cl = CatalogLoader.class.getClassLoader();
        return new Source() {
            @Override
            public InputStream open(String file) throws IOException {
                InputStream in = cl.getResourceAsStream(BUNDLED_RESOURCE + file);
                if (in == null) {
                    throw new IOException("missing bundled catalog file " + file);
                }
                return in;
            }

            @Override
            public String describe(String file) {
                return "bundled catalog file " + file;
            }
        };
    }

    /** A catalog directory on disk. */
    public static LoadedCatalog fromDirectory(Path dir) {
        return fromDirectory(dir, null);
    }

    /** A catalog directory on disk, only {@code region}'s prices (every region when null); kept while unchanged. */
    public static LoadedCatalog fromDirectory(Path dir, String region) {
        return DirectorySlices.get(dir, region, () -> load(directory(dir), region));
    }

    /** The prices of one price file in the catalog format (the bundled catalog's build reads its sources so). */
    public static List<Price> pricesIn(Path file) throws IOException {
        List<Price> out = new ArrayList<>();
        readPrices(directory(file.toAbsolutePath().getParent()), file.getFileName().toString(), null, new Dates(), out,
                new ArrayList<>());
        return out;
    }

    /** The allowances of one free-tier file in the catalog format. */
    public static List<FreeTierAllowance> allowancesIn(Path file) throws IOException {
        return readAllowances(directory(file.toAbsolutePath().getParent()), file.getFileName().toString(), new Dates());
    }

    private static Source directory(Path dir) {
        return new Source() {
            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(dir.resolve(file));
            }

            @Override
            public String describe(String file) {
                return dir.resolve(file).toString();
            }
        };
    }

    private static LoadedCatalog load(Source source, String region) {
        try {
            Manifest manifest;
            try (InputStream in = source.open("manifest.json")) {
                manifest = manifest(in);
            }
            List<Price> prices = new ArrayList<>();
            List<ElsewhereKey> elsewhere = new ArrayList<>();
            Dates dates = new Dates();
            for (String file : manifest.priceFiles()) {
                readPrices(source, file, region, dates, prices, elsewhere);
            }
            List<FreeTierAllowance> allowances = readAllowances(source, manifest.freeTier(), dates);
            InstanceTypes types = manifest.instanceTypes() != null
                    ? readInstanceTypes(source, manifest.instanceTypes(), dates)
                    : InstanceTypes.NONE;
            PriceCatalog catalog = region == null ? new PriceCatalog(manifest.info(), prices, allowances)
                    : PriceCatalog.regionSlice(manifest.info(), prices, allowances, region, elsewhere);
            return new LoadedCatalog(catalog, types);
        } catch (CatalogFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException(source.describe("manifest.json") + ": not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw new CatalogFormatException("the catalog has no file " + e.getFile() + ", which its manifest lists", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // A manifest whose date or contents cannot be read (a hand-edited or damaged catalog folder).
            throw new CatalogFormatException(source.describe("manifest.json") + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the manifest with Jackson's streaming parser: its object mapper would load hundreds of classes
     * for a file of six fields. Unknown fields are skipped, as the mapper's tree did.
     */
    static Manifest manifest(InputStream in) throws IOException {
        Map<String, String> text = new HashMap<>();
        List<String> files = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("manifest.json is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("price_files") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        files.add(p.getValueAsString(""));
                    }
                } else if (value.isScalarValue()) {
                    text.put(field, p.getValueAsString(""));
                } else {
                    p.skipChildren();
                }
            }
        }
        CatalogInfo info = new CatalogInfo(text.getOrDefault("name", ""), LocalDate.parse(text.getOrDefault("date", "")),
                text.getOrDefault("source", ""));
        return new Manifest(info, files, text.getOrDefault("free_tier", "free-tier.csv"), text.get("instance_types"));
    }

    /** Parses each distinct date once: a catalog repeats a handful of dates on thousands of rows. */
    private static final class Dates {
        private final Map<String, LocalDate> seen = new HashMap<>();

        LocalDate parse(String text) {
            return seen.computeIfAbsent(text, LocalDate::parse);
        }
    }

    /** A record of a CSV file being read, as the parse functions see it. */
    private interface Row {
        String get(String column);
    }

    /** Reads every record of {@code file} with {@code parse} (null results dropped); a record that fails names the file and line. */
    private static <T> List<T> read(Source source, String file, Function<Row, T> parse) throws IOException {
        List<T> out = new ArrayList<>();
        try (InputStream in = source.open(file)) {
            CsvRows rows;
            try {
                rows = new CsvRows(in);
            } catch (IllegalArgumentException e) {
                throw new CatalogFormatException(source.describe(file) + ", line 1: not valid CSV (" + e.getMessage() + ")", e);
            }
            Row row = rows::get;
            while (next(rows, source, file)) {
                try {
                    T t = parse.apply(row);
                    if (t != null) {
                        out.add(t);
                    }
                } catch (RuntimeException e) {
                    throw new CatalogFormatException(source.describe(file) + ", line " + rows.line() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The next record; a record that is not valid CSV (a quote never closed) names the file and line. */
    private static boolean next(CsvRows rows, Source source, String file) {
        try {
            return rows.next();
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(source.describe(file) + ", line " + rows.line() + ": not valid CSV ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Rows of {@code region} (all when null) become prices; the others only leave their key in {@code elsewhere}. */
    private static void readPrices(Source source, String file, String region, Dates dates, List<Price> prices,
            List<ElsewhereKey> elsewhere) throws IOException {
        prices.addAll(read(source, file, r -> {
            if (region != null && !region.equals(r.get("region"))) {
                elsewhere.add(new ElsewhereKey(r.get("service"), r.get("region"), r.get("charge"), r.get("attributes")));
                return null;
            }
            String end = r.get("tier_end");
            String sku = r.get("sku");
            return new Price(r.get("service"), r.get("region"), r.get("charge"), Attributes.parse(r.get("attributes")),
                    r.get("unit"), new BigDecimal(r.get("tier_start")), end == null || end.isBlank() ? null : new BigDecimal(end),
                    new BigDecimal(r.get("usd")), dates.parse(r.get("as_of")), r.get("source"), r.get("description"),
                    sku, grade(r.get("grade"), sku), r.get("offer"));
        }));
    }

    private static List<FreeTierAllowance> readAllowances(Source source, String file, Dates dates) throws IOException {
        return read(source, file, r -> new FreeTierAllowance(FreeTierRegime.fromId(r.get("regime")), r.get("service"),
                r.get("charge"), Attributes.parse(r.get("attributes")), new BigDecimal(r.get("quantity")), r.get("unit"),
                r.get("pool"), dates.parse(r.get("as_of")), r.get("source"), r.get("description"),
                grade(r.get("grade"), null)));
    }

    /**
     * A catalog written before grades existed has no grade column: its rows with a SKU were imported from offer
     * files by cloudplan, the others transcribed (docs/catalog.md, "Provenance").
     */
    private static Grade grade(String id, String sku) {
        if (id == null || id.isBlank()) {
            return sku == null || sku.isBlank() ? Grade.TRANSCRIBED : Grade.PRICE_LIST;
        }
        return Grade.fromId(id);
    }

    private static InstanceTypes readInstanceTypes(Source source, String file, Dates dates) throws IOException {
        return new InstanceTypes(read(source, file, r -> new InstanceTypes.InstanceType(r.get("service"),
                r.get("instance_type"), Integer.parseInt(r.get("vcpu")), new BigDecimal(r.get("memory_gib")),
                blankToNull(r.get("architecture")), decimal(r.get("network_baseline_gbps")),
                decimal(r.get("network_peak_gbps")), decimal(r.get("ebs_baseline_mbps")), integer(r.get("ebs_baseline_iops")),
                integer(r.get("ebs_max_iops")), decimal(r.get("cpu_credits_per_hour")), decimal(r.get("max_cpu_credits")),
                !"false".equals(r.get("current_generation")), r.get("source"), dates.parse(r.get("as_of")))));
    }

    // Catalogs written before the specification columns existed lack them: a missing figure is unknown (null).
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static BigDecimal decimal(String s) {
        return blankToNull(s) == null ? null : new BigDecimal(s);
    }

    private static Integer integer(String s) {
        return blankToNull(s) == null ? null : Integer.valueOf(s);
    }
}

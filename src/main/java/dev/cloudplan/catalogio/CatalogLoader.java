package dev.cloudplan.catalogio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.FreeTierRegime;
import dev.cloudplan.core.catalog.Grade;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalog directory (manifest.json, one CSV per service, free-tier.csv and instance-types.csv)
 * from the classpath (the bundled catalog) or from disk (imported catalogs). Both go through here.
 */
public final class CatalogLoader {
    public static final String BUNDLED_RESOURCE = "cloudplan/catalog/bundled/";

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

    /** Where catalog files come from. */
    private interface Source {
        InputStream open(String file) throws IOException;

        String describe(String file);
    }

    private CatalogLoader() {}

    /** The catalog shipped in the jar, read once: it cannot change while the program runs. */
    public static LoadedCatalog bundled() {
        return BundledHolder.CATALOG;
    }

    /** Lazily loads the bundled catalog on first use (the holder idiom: thread-safe, no locking). */
    private static final class BundledHolder {
        static final LoadedCatalog CATALOG = readBundled();
    }

    private static LoadedCatalog readBundled() {
        ClassLoader cl = CatalogLoader.class.getClassLoader();
        return load(new Source() {
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
        });
    }

    /** A catalog directory on disk. */
    public static LoadedCatalog fromDirectory(Path dir) {
        return load(directory(dir));
    }

    /** The prices of one price file in the catalog format (the bundled catalog's build reads its sources so). */
    public static List<Price> pricesIn(Path file) throws IOException {
        return readPrices(directory(file.toAbsolutePath().getParent()), file.getFileName().toString());
    }

    /** The allowances of one free-tier file in the catalog format. */
    public static List<FreeTierAllowance> allowancesIn(Path file) throws IOException {
        return readAllowances(directory(file.toAbsolutePath().getParent()), file.getFileName().toString());
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

    private static LoadedCatalog load(Source source) {
        try {
            JsonNode manifest;
            try (InputStream in = source.open("manifest.json")) {
                manifest = new ObjectMapper().readTree(in);
            }
            CatalogInfo info = new CatalogInfo(manifest.path("name").asText(), LocalDate.parse(manifest.path("date").asText()),
                    manifest.path("source").asText());
            List<Price> prices = new ArrayList<>();
            for (JsonNode file : manifest.path("price_files")) {
                prices.addAll(readPrices(source, file.asText()));
            }
            List<FreeTierAllowance> allowances = readAllowances(source, manifest.path("free_tier").asText("free-tier.csv"));
            InstanceTypes types = manifest.has("instance_types")
                    ? readInstanceTypes(source, manifest.path("instance_types").asText())
                    : InstanceTypes.NONE;
            return new LoadedCatalog(new PriceCatalog(info, prices, allowances), types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every row of {@code file} with {@code parse}, one row at a time; a row that fails names the file and line. */
    private static <T> List<T> read(Source source, String file, java.util.function.Function<Map<String, String>, T> parse)
            throws IOException {
        List<T> out = new ArrayList<>();
        int line = 1;
        try (InputStream in = source.open(file);
                MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(HEADER).readValues(in)) {
            while (it.hasNextValue()) {
                Map<String, String> r = it.nextValue();
                line++;
                try {
                    out.add(parse.apply(r));
                } catch (RuntimeException e) {
                    throw new CatalogFormatException(source.describe(file) + ", line " + line + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static List<Price> readPrices(Source source, String file) throws IOException {
        return read(source, file, r -> {
            String end = r.get("tier_end");
            String sku = r.get("sku");
            return new Price(r.get("service"), r.get("region"), r.get("charge"), Attributes.parse(r.get("attributes")),
                    r.get("unit"), new BigDecimal(r.get("tier_start")), end == null || end.isBlank() ? null : new BigDecimal(end),
                    new BigDecimal(r.get("usd")), LocalDate.parse(r.get("as_of")), r.get("source"), r.get("description"),
                    sku, grade(r.get("grade"), sku), r.get("offer"));
        });
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

    private static List<FreeTierAllowance> readAllowances(Source source, String file) throws IOException {
        return read(source, file, r -> new FreeTierAllowance(FreeTierRegime.fromId(r.get("regime")), r.get("service"),
                r.get("charge"), Attributes.parse(r.get("attributes")), new BigDecimal(r.get("quantity")), r.get("unit"),
                r.get("pool"), LocalDate.parse(r.get("as_of")), r.get("source"), r.get("description"), grade(r.get("grade"), null)));
    }

    private static InstanceTypes readInstanceTypes(Source source, String file) throws IOException {
        return new InstanceTypes(read(source, file, r -> new InstanceTypes.InstanceType(r.get("service"),
                r.get("instance_type"), Integer.parseInt(r.get("vcpu")), new BigDecimal(r.get("memory_gib")),
                blankToNull(r.get("architecture")), decimal(r.get("network_baseline_gbps")),
                decimal(r.get("network_peak_gbps")), decimal(r.get("ebs_baseline_mbps")), integer(r.get("ebs_baseline_iops")),
                integer(r.get("ebs_max_iops")), integer(r.get("cpu_credits_per_hour")), integer(r.get("max_cpu_credits")),
                !"false".equals(r.get("current_generation")), r.get("source"), LocalDate.parse(r.get("as_of")))));
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

package dev.cloudplan.catalogio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.catalog.Attributes;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.FreeTierRegime;
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
        return load(new Source() {
            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(dir.resolve(file));
            }

            @Override
            public String describe(String file) {
                return dir.resolve(file).toString();
            }
        });
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

    /** Reads every row of {@code file} with {@code parse}, one row at a time; a row that fails names the file and line. */
    private static <T> List<T> read(Source source, String file, java.util.function.Function<Map<String, String>, T> parse)
            throws IOException {
        List<T> out = new ArrayList<>();
        int line = 1;
        try (InputStream in = source.open(file);
                MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(HEADER).readValues(in)) {
            while (true) {
                Map<String, String> r;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    r = it.nextValue();
                } catch (JsonProcessingException e) {
                    throw new CatalogFormatException(source.describe(file) + ", line " + (line + 1) + ": not valid CSV ("
                            + e.getOriginalMessage() + ")", e);
                }
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
            return new Price(r.get("service"), r.get("region"), r.get("charge"), Attributes.parse(r.get("attributes")),
                    r.get("unit"), new BigDecimal(r.get("tier_start")), end == null || end.isBlank() ? null : new BigDecimal(end),
                    new BigDecimal(r.get("usd")), LocalDate.parse(r.get("as_of")), r.get("source"), r.get("description"),
                    r.get("sku"));
        });
    }

    private static List<FreeTierAllowance> readAllowances(Source source, String file) throws IOException {
        return read(source, file, r -> new FreeTierAllowance(FreeTierRegime.fromId(r.get("regime")), r.get("service"),
                r.get("charge"), Attributes.parse(r.get("attributes")), new BigDecimal(r.get("quantity")), r.get("unit"),
                r.get("pool"), LocalDate.parse(r.get("as_of")), r.get("source"), r.get("description")));
    }

    private static InstanceTypes readInstanceTypes(Source source, String file) throws IOException {
        return new InstanceTypes(read(source, file, r -> new InstanceTypes.InstanceType(r.get("service"),
                r.get("instance_type"), Integer.parseInt(r.get("vcpu")), new BigDecimal(r.get("memory_gib")), r.get("network"),
                r.get("source"), LocalDate.parse(r.get("as_of")))));
    }
}

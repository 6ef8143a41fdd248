package dev.cloudplan.catalogio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.FreeTierAllowance;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a catalog directory in the format {@link CatalogLoader} reads (see docs/catalog.md). */
public final class CatalogWriter {
    static final List<String> PRICE_COLUMNS = List.of("service", "region", "charge", "attributes", "unit", "tier_start",
            "tier_end", "usd", "as_of", "source", "description", "sku", "grade", "offer");
    static final List<String> FREE_TIER_COLUMNS = List.of("regime", "service", "charge", "attributes", "quantity", "unit",
            "pool", "as_of", "source", "description", "grade");
    static final List<String> INSTANCE_TYPE_COLUMNS = List.of("service", "instance_type", "vcpu", "memory_gib",
            "architecture", "network_baseline_gbps", "network_peak_gbps", "ebs_baseline_mbps", "ebs_baseline_iops",
            "ebs_max_iops", "cpu_credits_per_hour", "max_cpu_credits", "current_generation", "source", "as_of");
    private static final CsvMapper CSV = new CsvMapper();

    private CatalogWriter() {}

    /** Writes every file of the catalog into {@code dir} (which must exist and be empty), each synced to disk. */
    public static void write(Path dir, CatalogInfo info, List<Price> prices, List<FreeTierAllowance> allowances,
            InstanceTypes types) throws IOException {
        Map<String, List<Price>> byService = new TreeMap<>();
        for (Price p : prices) {
            byService.computeIfAbsent(p.service(), k -> new ArrayList<>()).add(p);
        }
        ObjectNode manifest = new ObjectMapper().createObjectNode();
        manifest.put("name", info.name());
        manifest.put("date", info.date().toString());
        manifest.put("source", info.source());
        ArrayNode files = manifest.putArray("price_files");
        for (Map.Entry<String, List<Price>> e : byService.entrySet()) {
            String file = e.getKey() + ".csv";
            files.add(file);
            List<Price> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparing(Price::region).thenComparing(Price::charge)
                    .thenComparing(p -> p.attributes().toString()).thenComparing(Price::tierStart));
            List<List<String>> rows = new ArrayList<>();
            for (Price p : sorted) {
                rows.add(List.of(p.service(), p.region(), p.charge(), p.attributes().toString(), p.unit(),
                        p.tierStart().toPlainString(), p.tierEnd() == null ? "" : p.tierEnd().toPlainString(),
                        p.usd().toPlainString(), p.asOf().toString(), p.source(), text(p.description()), p.sku(),
                        p.grade().id(), p.offer()));
            }
            csv(dir.resolve(file), PRICE_COLUMNS, rows);
        }
        manifest.put("free_tier", "free-tier.csv");
        List<List<String>> free = new ArrayList<>();
        for (FreeTierAllowance a : allowances) {
            free.add(List.of(a.regime().id(), a.service(), a.charge(), a.attributes().toString(),
                    a.quantity().toPlainString(), a.unit(), text(a.pool()), a.asOf().toString(), a.source(),
                    text(a.description()), a.grade().id()));
        }
        csv(dir.resolve("free-tier.csv"), FREE_TIER_COLUMNS, free);
        manifest.put("instance_types", "instance-types.csv");
        List<List<String>> typeRows = new ArrayList<>();
        for (InstanceTypes.InstanceType t : types.types()) {
            typeRows.add(List.of(t.service(), t.name(), Integer.toString(t.vcpu()), t.memoryGib().toPlainString(),
                    text(t.architecture()), number(t.networkBaselineGbps()), number(t.networkPeakGbps()),
                    number(t.ebsBaselineMbps()), number(t.ebsBaselineIops()), number(t.ebsMaxIops()),
                    number(t.creditsPerHour()), number(t.maxCredits()), Boolean.toString(t.currentGeneration()),
                    text(t.source()), t.asOf().toString()));
        }
        csv(dir.resolve("instance-types.csv"), INSTANCE_TYPE_COLUMNS, typeRows);
        try (OutputStream out = Files.newOutputStream(dir.resolve("manifest.json"), StandardOpenOption.CREATE_NEW)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, manifest);
        }
        sync(dir.resolve("manifest.json"));
    }

    private static String number(Object n) {
        return n == null ? "" : n instanceof java.math.BigDecimal b ? b.toPlainString() : n.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void csv(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            CSV.writer(schema.build()).writeValues(out).writeAll(rows).close();
        }
        sync(file);
    }

    /** Forces a file's bytes to disk, so a crash after the directory is renamed into place cannot leave it empty. */
    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}

package dev.cloudplan.cli;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.CatalogStore;
import dev.cloudplan.catalogio.CatalogWriter;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.catalog.CatalogDiff;
import dev.cloudplan.core.catalog.CatalogInfo;
import dev.cloudplan.core.catalog.InstanceTypes;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.pricelist.Importer;
import dev.cloudplan.pricelist.OfferHeader;
import dev.cloudplan.pricelist.Selection;
import dev.cloudplan.report.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The import steps {@code catalog import} and {@code catalog update} share: read, merge, write, activate, report. */
final class ImportRun {
    private final Environment env;
    private final CatalogOptions catalog;
    private final CatalogCommand.ImportOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    ImportRun(Environment env, CatalogOptions catalog, CatalogCommand.ImportOptions options, PrintWriter out,
            PrintWriter err) {
        this.env = env;
        this.catalog = catalog;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run(List<Importer.OfferSource> sources, List<String> regions, boolean stats) {
        LocalDate today = LocalDate.now(env.clock());
        CatalogStore store = catalog.store(env);
        String name = options.name != null ? options.name : store.freshName(today);
        String problem = CatalogStore.checkName(name);
        if (problem != null) {
            throw new UserError(problem, Main.BAD_INPUT);
        }
        if (store.taken(name)) {
            throw new UserError("'" + name + "' is already taken in " + store.directory() + "; choose another --name"
                    + " (catalog versions are never overwritten)", Main.BAD_INPUT);
        }
        String baseName = options.base != null ? options.base : store.activeName();
        LoadedCatalog base = store.load(baseName);

        long started = System.nanoTime();
        long bytes = sources.stream().mapToLong(s -> size(s.file())).sum();
        Importer.Result result = new Importer(Selection.bundled(), Set.copyOf(regions), today).run(sources);
        double seconds = (System.nanoTime() - started) / 1e9;

        printSummary(result);
        if (result.prices().isEmpty()) {
            throw new UserError("nothing to import: no price in " + sources.size() + " file(s) matched what cloudplan's"
                    + " rules price" + (regions.isEmpty() ? "" : " in " + String.join(", ", regions))
                    + " (see the skipped reasons above); no catalog was written", Main.BAD_INPUT);
        }
        Set<String> replaced = result.chargesPriced();
        List<Price> prices = new ArrayList<>();
        // A key the import could not price (its SKUs conflicted, say) keeps the base price rather than vanish.
        base.prices().prices().stream().filter(p -> !replaced.contains(Importer.Result.chargeOf(p))
                || result.unresolved().contains(p.key())).forEach(prices::add);
        prices.addAll(result.prices());
        Map<String, InstanceTypes.InstanceType> types = new LinkedHashMap<>();
        base.instanceTypes().types().forEach(t -> types.put(t.service() + " " + t.name(), t));
        // An offer file gives only vCPUs and memory: the base catalog's fuller specifications are kept.
        result.instanceTypes().forEach(t -> types.putIfAbsent(t.service() + " " + t.name(), t));
        CatalogInfo info = new CatalogInfo(name, today, describe(result.offers(), baseName));
        PriceCatalog merged;
        try {
            merged = new PriceCatalog(info, prices, base.prices().allowances());
        } catch (RuntimeException e) {
            throw new UserError("the imported prices do not form a consistent catalog: " + e.getMessage()
                    + "; no catalog was written", Main.BAD_INPUT);
        }
        CatalogDiff diff = CatalogDiff.between(base.prices(), merged);
        merged = null; // the read-back below needs the memory more than this index
        Path written;
        try {
            written = store.install(name, folder -> {
                CatalogWriter.write(folder, info, prices, base.prices().allowances(),
                        new InstanceTypes(new ArrayList<>(types.values())));
                CatalogLoader.fromDirectory(folder); // what cannot be read back is never installed
            });
            if (!options.noActivate) {
                store.activate(name);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("cannot write the catalog into " + store.directory() + ": " + e.getMessage()
                    + "; no catalog was changed", Main.BAD_INPUT);
        }
        out.println();
        out.println("Catalog '" + name + "' written to " + written + (options.noActivate ? " (not active: use 'cloudplan"
                + " catalog use " + name + "')" : " and now active"));
        out.println("Against '" + baseName + "': " + diff.changes().size() + " prices changed, " + diff.added().size()
                + " added, " + diff.removed().size() + " removed (details: cloudplan catalog diff " + baseName + " "
                + name + ")");
        if (stats) {
            out.printf("Read %.1f MB in %.2f s: %.1f MB/s; peak heap %.1f MB%n", bytes / 1e6, seconds,
                    bytes / 1e6 / seconds, peakHeapBytes() / 1e6);
        }
        return Main.OK;
    }

    private void printSummary(Importer.Result result) {
        TextTable t = new TextTable(List.of("SERVICE", "PRODUCTS READ", "OTHER REGIONS", "NOT PRICED BY CLOUDPLAN",
                "SELECTED", "RATES", "PRICES KEPT"), false, true, true, true, true, true, true);
        result.counts().forEach((service, c) -> t.row(service, Long.toString(c.products), Long.toString(c.otherRegions),
                Long.toString(c.products - c.otherRegions - c.selected), Long.toString(c.selected), Long.toString(c.rates),
                Long.toString(c.prices)));
        out.println("Imported from " + result.offers().size() + " offer file(s):");
        out.print(t.render());
        if (!result.skipped().isEmpty()) {
            out.println();
            out.println("Skipped:");
            for (Importer.Skip s : result.skipped()) {
                out.println("  " + s.service() + ": " + s.count() + " x " + s.reason() + " (e.g. " + s.example() + ")");
            }
        }
    }

    private static String describe(List<OfferHeader> offers, String base) {
        String files = offers.stream().map(h -> h.offerCode() + " version " + h.version() + " (published "
                + h.publicationDay() + ")").distinct().collect(Collectors.joining(", "));
        return "AWS Price List offer files: " + files + "; other prices, free tiers and instance types from catalog '"
                + base + "'";
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

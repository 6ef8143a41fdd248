package dev.cloudplan.cli;

import dev.cloudplan.catalogio.CatalogStore;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.catalog.CatalogDiff;
import dev.cloudplan.core.catalog.Price;
import dev.cloudplan.pricelist.Importer;
import dev.cloudplan.pricelist.PriceListClient;
import dev.cloudplan.pricelist.Selection;
import dev.cloudplan.report.CatalogViews;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudplan catalog}: which prices cloudplan has, from where and of when; import, update, compare them. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Price catalogs: the bundled one, and versions imported from the AWS Price List.",
                "Imported versions live in $CLOUDPLAN_HOME/catalogs, by default",
                "~/.cloudplan/catalogs, or in --catalog-dir. The active one prices every",
                "estimate unless --catalog NAME says otherwise."},
        subcommands = {CatalogCommand.Show.class, CatalogCommand.Import.class, CatalogCommand.Update.class,
                CatalogCommand.Diff.class, CatalogCommand.Use.class})
final class CatalogCommand {
    private CatalogCommand() {}

    /** Table or JSON, for the catalog commands. */
    enum ListFormat { table, json }

    /** State every catalog subcommand shares. */
    abstract static class Base implements Callable<Integer> {
        @picocli.CommandLine.Spec
        CommandSpec command;

        @Mixin
        CatalogOptions catalog;

        final Environment env;

        Base(Environment env) {
            this.env = env;
        }

        PrintWriter out() {
            return command.commandLine().getOut();
        }

        PrintWriter err() {
            return command.commandLine().getErr();
        }

        LocalDate today() {
            return LocalDate.now(env.clock());
        }
    }

    /** {@code cloudplan catalog show}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"List catalog versions and which one is active. Then what the selected",
                    "version holds per service and region, by provenance grade (price-list,",
                    "price-list-mirror, transcribed: docs/catalog.md); with --prices, every price",
                    "with its tier, date, grade and source."},
            footerHeading = "%nExamples:%n",
            footer = {"  cloudplan catalog show", "  cloudplan catalog show --format json",
                    "  cloudplan catalog show --prices --catalog bundled"})
    static final class Show extends Base {
        @Option(names = "--prices", description = "list every price of the selected catalog with unit, tier, date and source")
        boolean prices;

        @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
        ListFormat format;

        Show(Environment env) {
            super(env);
        }

        @Override
        public Integer call() {
            CatalogStore store = catalog.store(env);
            List<CatalogStore.Version> versions = store.versions();
            if (format == ListFormat.json && !prices) {
                out().print(CatalogViews.versionsJson(versions));
                return Main.OK;
            }
            String selected = catalog.selected(store);
            LoadedCatalog loaded = store.load(selected);
            if (format == ListFormat.json) {
                out().print(CatalogViews.pricesJson(loaded.prices().prices()));
                return Main.OK;
            }
            out().print(CatalogViews.versionsTable(versions, today(), store.directory().toString()));
            int removed = store.removeLeftovers();
            if (removed > 0) {
                out().println("(removed " + removed + " unfinished import folder(s) named .incoming-* in "
                        + store.directory() + ", left by imports that were stopped)");
            }
            int leftovers = store.leftovers().size();
            if (leftovers > 0) {
                out().println("(" + leftovers + " import folder(s) named .incoming-* in " + store.directory()
                        + ": being written by an import now, or could not be removed; never used as catalogs)");
            }
            var info = loaded.prices().info();
            out().println();
            out().println("Catalog '" + selected + "': prices read " + info.date() + " ("
                    + ChronoUnit.DAYS.between(info.date(), today()) + " days ago)");
            out().println("Source: " + info.source());
            out().print(CatalogViews.gradeTable(loaded.prices().prices()));
            out().println("Free-tier allowances: " + loaded.prices().allowances().size());
            out().println("Instance types known (for validation): EC2 " + loaded.instanceTypes().names("AmazonEC2").size()
                    + ", RDS " + loaded.instanceTypes().names("AmazonRDS").size());
            if (prices) {
                out().println();
                for (Price p : loaded.prices().prices()) {
                    out().println("  " + p.key() + ": " + p.usd().toPlainString() + " USD/" + p.unit()
                            + (p.isTiered() ? " (tier from " + p.tierStart().toPlainString() + (p.tierEnd() == null ? ""
                            : " to " + p.tierEnd().toPlainString()) + ")" : "") + ", as of " + p.asOf() + ", "
                            + p.grade().id() + ", " + p.source());
                }
            }
            return Main.OK;
        }
    }

    /** Options import and update share: what to keep, what to call the result, whether to use it. */
    static final class ImportOptions {
        @Option(names = "--name", paramLabel = "NAME", description = "name of the new catalog version (default: today's"
                + " date, then -2, -3...)")
        String name;

        @Option(names = "--regions", split = ",", paramLabel = "REGION",
                description = "regions to keep, comma separated (default: every region in the files for import; "
                        + "for update: us-east-1,us-west-2,eu-west-1,eu-central-1,ap-southeast-1,ap-south-1)")
        List<String> regions;

        @Option(names = "--base", paramLabel = "NAME", description = "catalog the new version starts from: its prices for"
                + " services and regions not imported, its free tiers and instance types (default: the active one)")
        String base;

        @Option(names = "--no-activate", description = "write the new version but keep the active one in use")
        boolean noActivate;
    }

    /** {@code cloudplan catalog import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import AWS Price List offer files into a new catalog version.",
                    "Reads offer files in JSON or CSV, as downloaded from https://pricing.us-east-1.amazonaws.com,",
                    "keeps only the SKUs cloudplan's rules price (cloudplan/pricelist/selection.json), takes",
                    "the charges not in the files from the base catalog, and makes the new version active.",
                    "It is written atomically: a bad file or an interrupted import changes no catalog."},
            footerHeading = "%nExamples:%n",
            footer = {"  cloudplan catalog import ~/Downloads/AmazonEC2-us-east-1.json ~/Downloads/AmazonRDS-us-east-1.csv",
                    "  cloudplan catalog import offers/ --regions us-east-1,eu-west-1 --name 2026-q4",
                    "  cloudplan catalog import offers/ --no-activate && cloudplan catalog diff bundled 2026-11-23"})
    static final class Import extends Base {
        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "offer files (index.json / index.csv), or"
                + " folders holding them (every .json and .csv inside, recursively)")
        List<Path> inputs;

        @Mixin
        ImportOptions importOptions;

        @Option(names = "--stats", description = "print bytes read, throughput and peak heap (for benchmarks)")
        boolean stats;

        Import(Environment env) {
            super(env);
        }

        @Override
        public Integer call() {
            List<Importer.OfferSource> sources = new ArrayList<>();
            for (Path input : inputs) {
                sources.addAll(sourcesIn(env.resolve(input)));
            }
            List<String> regions = importOptions.regions == null ? List.of() : importOptions.regions;
            return new ImportRun(env, catalog, importOptions, out(), err()).run(sources, regions, stats);
        }

        private static List<Importer.OfferSource> sourcesIn(Path input) {
            if (Files.isRegularFile(input)) {
                return List.of(new Importer.OfferSource(input, null));
            }
            if (!Files.isDirectory(input)) {
                throw new UserError("no file or folder " + input, Main.BAD_INPUT);
            }
            try (Stream<Path> walk = Files.walk(input)) {
                List<Importer.OfferSource> out = walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".csv")).sorted()
                        .map(p -> new Importer.OfferSource(p, null)).toList();
                if (out.isEmpty()) {
                    throw new UserError("no .json or .csv offer files in " + input, Main.BAD_INPUT);
                }
                return out;
            } catch (IOException e) {
                throw new UserError("cannot read " + input + ": " + e.getMessage(), Main.BAD_INPUT);
            }
        }
    }

    /** {@code cloudplan catalog update}. */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Download the current AWS Price List offer files and import them.",
                    "Then as 'catalog import'. Downloads resume where they stopped; offline, it says so and",
                    "changes nothing (exit code 5)."},
            footerHeading = "%nExamples:%n",
            footer = {"  cloudplan catalog update", "  cloudplan catalog update --services AmazonEC2,AmazonRDS --regions eu-west-1",
                    "  cloudplan catalog update --timeout 120"})
    static final class Update extends Base {
        static final List<String> DEFAULT_REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
                "ap-southeast-1", "ap-south-1");

        @Option(names = "--services", split = ",", paramLabel = "CODE",
                description = "Price List service codes (default: every service cloudplan prices)")
        List<String> services;

        @Mixin
        ImportOptions importOptions;

        @Option(names = "--endpoint", paramLabel = "URL", description = "Price List host (default: ${DEFAULT-VALUE})",
                defaultValue = PriceListClient.DEFAULT_ENDPOINT)
        URI endpoint;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "give up when the server is silent this long (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        Update(Environment env) {
            super(env);
        }

        @Override
        public Integer call() {
            Selection selection = Selection.bundled();
            List<String> wanted = services == null ? List.copyOf(selection.services()) : services;
            for (String s : wanted) {
                if (!selection.services().contains(s)) {
                    throw new UserError("cloudplan prices no service '" + s + "'; services: "
                            + String.join(", ", selection.services()), Main.BAD_INPUT);
                }
            }
            if (timeoutSeconds <= 0) {
                throw new UserError("--timeout must be a positive number of seconds", Main.BAD_INPUT);
            }
            List<String> regions = importOptions.regions == null ? DEFAULT_REGIONS : importOptions.regions;
            CatalogStore store = catalog.store(env);
            Path downloads = store.directory().resolve(".downloads");
            PriceListClient client = new PriceListClient(endpoint, Duration.ofSeconds(timeoutSeconds), downloads,
                    new PriceListClient.Progress(err(), env.terminal()));
            List<Importer.OfferSource> sources = client.fetch(wanted, regions);
            return new ImportRun(env, catalog, importOptions, out(), err()).run(sources, regions, false);
        }
    }

    /** {@code cloudplan catalog diff}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"List price changes between two catalog versions.",
                    "By service, region and SKU, with the percentage change, and the prices added and removed."},
            footerHeading = "%nExamples:%n",
            footer = {"  cloudplan catalog diff bundled 2026-11-23", "  cloudplan catalog diff 2026-10-01 2026-11-23 --format json"})
    static final class Diff extends Base {
        @Parameters(index = "0", paramLabel = "OLD", description = "the older catalog version")
        String older;

        @Parameters(index = "1", paramLabel = "NEW", description = "the newer catalog version")
        String newer;

        @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
        ListFormat format;

        Diff(Environment env) {
            super(env);
        }

        @Override
        public Integer call() {
            CatalogStore store = catalog.store(env);
            CatalogDiff diff = CatalogDiff.between(store.load(older).prices(), store.load(newer).prices());
            out().print(format == ListFormat.json ? CatalogViews.diffJson(older, newer, diff)
                    : CatalogViews.diffTable(older, newer, diff));
            return Main.OK;
        }
    }

    /** {@code cloudplan catalog use}. */
    @Command(name = "use", mixinStandardHelpOptions = true,
            description = {"Make a catalog version the active one.",
                    "Every later estimate and compare uses it, unless --catalog NAME says otherwise."},
            footerHeading = "%nExamples:%n", footer = {"  cloudplan catalog use 2026-11-23", "  cloudplan catalog use bundled"})
    static final class Use extends Base {
        @Parameters(index = "0", paramLabel = "NAME", description = "the version to use ('bundled' for the shipped one)")
        String name;

        Use(Environment env) {
            super(env);
        }

        @Override
        public Integer call() throws IOException {
            CatalogStore store = catalog.store(env);
            try {
                store.activate(name);
            } catch (IOException e) {
                throw new UserError("cannot make '" + name + "' the active catalog: " + Messages.of(e), Main.BAD_INPUT,
                        "make " + store.directory() + " writable, or choose another home with CLOUDPLAN_HOME or"
                                + " --catalog-dir (a version is used for one run with --catalog " + name + ")");
            }
            out().println("Catalog '" + name + "' is now active (" + store.directory() + ").");
            return Main.OK;
        }
    }
}

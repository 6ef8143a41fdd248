package dev.cloudplan.cli;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.catalog.Price;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan catalog}: what prices cloudplan has, from where and of when. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Show the price catalog.",
        subcommands = {CatalogCommand.Show.class})
final class CatalogCommand {
    /** {@code cloudplan catalog show}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "List the catalog: its date and source, and per service and region how many prices it has.",
            footerHeading = "%nExamples:%n",
            footer = {"  cloudplan catalog show", "  cloudplan catalog show --prices"})
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Spec
        CommandSpec command;

        @Option(names = "--prices", description = "list every price with its unit, tier, date and source")
        boolean prices;

        private final Clock clock;

        Show(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Integer call() {
            var out = command.commandLine().getOut();
            LoadedCatalog catalog = CatalogLoader.bundled();
            var info = catalog.prices().info();
            long age = ChronoUnit.DAYS.between(info.date(), LocalDate.now(clock));
            out.println("Catalog '" + info.name() + "' (active), prices read " + info.date() + " (" + age + " days ago)");
            out.println("Source: " + info.source());
            Map<String, Integer> counts = new TreeMap<>();
            for (Price p : catalog.prices().prices()) {
                counts.merge(p.service() + " in " + p.region(), 1, Integer::sum);
            }
            out.println();
            out.println("Prices per service and region:");
            counts.forEach((k, v) -> out.println("  " + k + ": " + v));
            out.println("Free-tier allowances: " + catalog.prices().allowances().size());
            out.println("Instance types known (for validation): EC2 " + catalog.instanceTypes().names("AmazonEC2").size()
                    + ", RDS " + catalog.instanceTypes().names("AmazonRDS").size());
            if (prices) {
                out.println();
                for (Price p : catalog.prices().prices()) {
                    out.println("  " + p.key() + ": " + p.usd().toPlainString() + " USD/" + p.unit()
                            + (p.isTiered() ? " (tier from " + p.tierStart().toPlainString() + (p.tierEnd() == null ? ""
                            : " to " + p.tierEnd().toPlainString()) + ")" : "") + ", read " + p.asOf() + ", " + p.source());
                }
            }
            return Main.OK;
        }
    }
}

package dev.cloudplan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.capacity.CapacityData;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.decision.Spike;
import dev.cloudplan.core.decision.SpikeRisks;
import dev.cloudplan.core.pricing.UnitMismatchException;
import dev.cloudplan.core.projection.EstimateException;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.report.Format;
import dev.cloudplan.report.HtmlRenderer;
import dev.cloudplan.report.JsonRenderer;
import dev.cloudplan.report.RenderOptions;
import dev.cloudplan.report.Report;
import dev.cloudplan.report.SpikeRenderer;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** The steps estimate and compare share: read, price, report, decide the exit code. */
abstract class ReportingCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML), e.g. examples/learning-app.yaml")
    Path specFile;

    @Mixin
    ReportOptions options;

    @Mixin
    CatalogOptions catalogOptions;

    @Option(names = "--spike", paramLabel = "SPIKE", description = "add what a burst of load does, e.g. \"10x for 3"
            + " days in month 6\": the spike month's bill with and without it, and the factor at which each component"
            + " runs out (replaces the spec's workload.spike; table, markdown, json and html)")
    String spike;

    final Environment env;
    /** The spikes asked for (the flag's, else the spec's), each priced for every architecture; empty without one. */
    List<SpikeRenderer.Section> spikeSections = List.of();
    /** The catalog the spec was read against, for commands that price it again (compare --break-even). */
    LoadedCatalog catalog;

    ReportingCommand(Environment env) {
        this.env = env;
    }

    /** The architectures this command prices. */
    abstract List<Architecture> select(Spec spec);

    abstract boolean comparison();

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(env.clock());
        LoadedCatalog[] loaded = new LoadedCatalog[1];
        // Only the spec's region is loaded: start-up then does not grow with the regions the catalog covers.
        Spec spec = new SpecReader(region -> loaded[0] = catalogOptions.load(env, region), today)
                .read(specFile.toString(), env.resolve(specFile));
        catalog = loaded[0];
        PriceCatalog prices = loaded[0].prices().withPrices(spec.statedPrices());
        List<Projection> projections = price(spec, prices, LimitsLoader.with(loaded[0].instanceTypes()));
        Report report = new Report(spec.scenario(), prices.info(), today, projections, comparison());
        spikeSections = spikes(spec, projections);
        String text = render(report, spec);
        Output.write(text, options.output, env.resolve(options.output), out(), options.force);
        warnOnStderr(report);
        return exitCode(projections);
    }

    /** The report as this command shows it; with spikes, their section after it. */
    String render(Report report, Spec spec) {
        if (options.format == Format.HTML) {
            return new HtmlRenderer().render(report, new RenderOptions(options.explain, options.month),
                    htmlSections(report, spec));
        }
        String base = options.format.renderer().render(report, new RenderOptions(options.explain, options.month));
        if (spikeSections.isEmpty()) {
            return base;
        }
        return switch (options.format) {
            case JSON -> JsonRenderer.write(withSpikes(JsonRenderer.tree(report)));
            case CSV -> throw new UserError("a spike is not part of the CSV (one row per line item)", Main.BAD_INPUT,
                    "use --format table, markdown or json for the spike's section");
            default -> base + SpikeRenderer.text(spikeSections, options.format);
        };
    }

    /** What the HTML report adds after its charts: each spike's section. */
    List<String> htmlSections(Report report, Spec spec) {
        return spikeSections.isEmpty() ? List.of() : List.of(SpikeRenderer.html(spikeSections));
    }

    /** The JSON document with {@code spikes} when a spike was asked for. */
    ObjectNode withSpikes(ObjectNode tree) {
        if (!spikeSections.isEmpty()) {
            tree.set("spikes", SpikeRenderer.json(spikeSections));
        }
        return tree;
    }

    private List<SpikeRenderer.Section> spikes(Spec spec, List<Projection> projections) {
        List<Spike> asked = spike == null ? spec.spikes() : List.of(flag(spec.scenario().horizonMonths()));
        List<SpikeRenderer.Section> out = new ArrayList<>();
        List<Architecture> architectures = select(spec);
        for (Spike s : asked) {
            out.add(new SpikeRenderer.Section(s, spec.scenario().start().plusMonths(s.month() - 1L),
                    SpikeRisks.assess(estimator, spec.scenario(), architectures, projections, s)));
        }
        return out;
    }

    private Spike flag(int horizon) {
        Spike s = Spike.parse(spike);
        if (s == null) {
            throw new UserError("--spike '" + spike + "' is not a spike", Main.BAD_INPUT,
                    "write it as --spike " + Spike.FLAG_FORM + " (a factor of at least 1, days, a month of the horizon)");
        }
        String field = s.wrongField(horizon);
        if (field != null) {
            throw new UserError("--spike '" + spike + "': " + s.problem(horizon), Main.BAD_INPUT,
                    Spike.fix(field, horizon));
        }
        return s;
    }

    /** The estimator that priced the report, for commands that ask it more (the scaling path). */
    Estimator estimator;

    private List<Projection> price(Spec spec, PriceCatalog prices, CapacityData capacity) {
        estimator = new Estimator(prices, capacity);
        List<Projection> out = new ArrayList<>();
        for (Architecture a : select(spec)) {
            out.add(estimate(estimator, spec, a));
        }
        return out;
    }

    /** One architecture priced, a mistake in it reported at its place in the spec (exit 2), never as a crash. */
    static Projection estimate(Estimator estimator, Spec spec, Architecture a) {
        try {
            return estimator.estimate(spec.scenario(), a);
        } catch (EstimateException e) {
            if (e.getCause() instanceof UnitMismatchException u) {
                spec.locations().priceUnitError(u.key(), "the stated price's unit " + u.priceUnit() + " is not the"
                        + " unit its charge is measured in (" + u.chargeUnit() + ")", "write unit: " + u.chargeUnit()
                        + " and give the price per " + u.chargeUnit()).ifPresent(s -> {
                            throw s;
                        });
            }
            throw spec.locations().error(e.getMessage(), "correct the component, or give its usage explicitly"
                    + " under the architecture's usage:", e.architecture(), e.component(), e.setting());
        }
    }

    /** Machine formats and files carry warnings inside; the terminal reader of stderr must see them too. */
    private void warnOnStderr(Report report) {
        boolean shownInline = options.output == null && (options.format == Format.TABLE
                || options.format == Format.MARKDOWN);
        if (!shownInline) {
            report.warnings().forEach(w -> err().println("warning: " + w));
            // A spreadsheet of a comparison does not say in words that its incomplete rows are unranked.
            if (report.rankingNote() != null) {
                err().println("warning: " + report.rankingNote());
            }
        }
    }

    private int exitCode(List<Projection> projections) {
        boolean incomplete = projections.stream().anyMatch(p -> !p.complete());
        if (options.failOverBudget) {
            if (projections.stream().anyMatch(p -> p.budget() != null && Boolean.FALSE.equals(p.budget().fits()))) {
                return Main.OVER_BUDGET;
            }
            if (projections.stream().anyMatch(p -> p.budget() != null && p.budget().fits() == null)) {
                return Main.INCOMPLETE;
            }
        }
        return options.requireComplete && incomplete ? Main.INCOMPLETE : Main.OK;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}

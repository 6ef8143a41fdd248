package dev.cloudplan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.decision.Grid;
import dev.cloudplan.core.decision.Measure;
import dev.cloudplan.core.workload.Series;
import dev.cloudplan.report.Format;
import dev.cloudplan.report.JsonRenderer;
import dev.cloudplan.report.MonteCarloRenderer;
import dev.cloudplan.report.Report;
import dev.cloudplan.report.SweepRenderer;
import dev.cloudplan.report.SweepReport;
import dev.cloudplan.spec.DriverValues;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudplan compare}: every architecture side by side, complete ones cheapest first, incomplete ones after, unranked. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Price every architecture of the spec and compare them: monthly, annual and total cost, budget fit.",
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan compare examples/learning-app.yaml",
                "  cloudplan compare examples/learning-app.yaml --format markdown -o comparison.md",
                "  cloudplan compare examples/learning-app.yaml --format html -o report.html",
                "  cloudplan compare examples/learning-app.yaml --format json --fail-over-budget",
                "  cloudplan compare examples/learning-app.yaml --break-even requests",
                "  cloudplan compare examples/learning-app.yaml --break-even requests --format html -o report.html",
                "  cloudplan compare examples/dashboard-ranges.yaml --format html -o report.html",
                "      (a spec with ranges: the report adds their P10-P90 chart, 10,000 scenarios, seed 1)"})
class CompareCommand extends ReportingCommand {
    /** A decade either side of the spec's own values: the scale a break-even is looked for without a range. */
    private static final BigDecimal DECADE = BigDecimal.TEN;

    @Option(names = "--break-even", paramLabel = "DRIVER[=FROM..TO]", description = "add where each pair of"
            + " architectures costs the same as DRIVER varies (e.g. requests), solved exactly; without a range, from a"
            + " tenth of the spec's smallest value to ten times its largest (table, markdown, json and html, with a chart)")
    String breakEven;

    @Option(names = "--simulations", paramLabel = "N", description = "with --format html, for a spec with ranges: the"
            + " scenarios of the Monte Carlo behind its P10-P90 chart, 1 to 100,000 (default: 10,000)")
    Integer simulations;

    @Option(names = "--seed", paramLabel = "S", description = "with --format html, for a spec with ranges: the seed of"
            + " those scenarios (default: 1); the chart is then the one 'cloudplan montecarlo --format html' draws")
    Long seed;

    CompareCommand(Environment env) {
        super(env);
    }

    @Override
    List<Architecture> select(Spec spec) {
        return spec.scenario().architectures();
    }

    @Override
    boolean comparison() {
        return true;
    }

    @Override
    String render(Report report, Spec spec) {
        if ((simulations != null || seed != null) && (options.format != Format.HTML || spec.ranges().isEmpty())) {
            throw new UserError("--simulations and --seed draw the P10-P90 chart of --format html, for a spec with"
                    + " ranges" + (spec.ranges().isEmpty() ? " (this one has none)" : ""), Main.BAD_INPUT,
                    spec.ranges().isEmpty() ? "leave them out, or write a workload figure as a range, such as"
                    + " requests: 80M..150M/month (docs/ranges.md)" : "add --format html -o report.html, or run"
                    + " 'cloudplan montecarlo " + specFile + "' for the percentiles in every format");
        }
        if (breakEven == null) {
            return super.render(report, spec);
        }
        if (options.format == Format.CSV) {
            throw new UserError("--break-even is not part of compare's CSV (one row per line item)", Main.BAD_INPUT,
                    "use --format table, markdown, json or html, or 'cloudplan sweep SPEC --vary " + breakEven
                            + "=FROM..TO --format csv'");
        }
        if (options.format == Format.HTML) {
            return super.render(report, spec);
        }
        SweepReport found = breakEven(spec, report);
        if (options.format == Format.JSON) {
            ObjectNode tree = withSpikes(JsonRenderer.tree(report));
            tree.set("break_even", SweepRenderer.breakEvenJson(found));
            return JsonRenderer.write(tree);
        }
        return super.render(report, spec) + "\n" + SweepRenderer.section(found, options.format);
    }

    @Override
    List<String> htmlSections(Report report, Spec spec) {
        List<String> out = new java.util.ArrayList<>(super.htmlSections(report, spec));
        if (!spec.ranges().isEmpty()) {
            // The figures above price each range at its median; the band shows how far the ranges move them.
            MonteCarloRuns.Run run = MonteCarloRuns.prepare(new SpecReader(region -> catalog, report.today())
                    .sampling(specFile.toString(), env.resolve(specFile)), List.of(), new LoadedCatalog[] {catalog});
            out.add(MonteCarloRenderer.rangesSection(MonteCarloRuns.simulate(run, simulations, seed)));
        }
        if (breakEven != null) {
            out.add(SweepRenderer.section(breakEven(spec, report), Format.HTML));
        }
        return out;
    }

    private SweepReport breakEven(Spec spec, Report report) {
        VaryOption asked = VaryOption.parse("--break-even", breakEven, true);
        VaryOption range = asked.from() != null ? asked : ownScale(spec, asked);
        var reading = new SpecReader(region -> catalog, report.today()).varying(specFile.toString(),
                env.resolve(specFile));
        return SweepCommand.run(spec, reading, catalog, range, range.from().signum() > 0, Grid.DEFAULT_STEPS,
                Measure.steadyMonth(spec.scenario().horizonMonths()), report.today());
    }

    /** The spec's own values of the driver over the horizon, widened by a decade each way. */
    static VaryOption ownScale(Spec spec, VaryOption asked) {
        String name = asked.driver().specName();
        Series series = spec.scenario().workload().drivers().get(asked.driver());
        String fix = "give a range, such as --break-even " + name + "=" + DriverValues.example(
                asked.driver());
        if (series == null) {
            throw new UserError("--break-even " + name + ": the spec's workload has no " + name, Main.BAD_INPUT, fix);
        }
        BigDecimal min = null;
        BigDecimal max = null;
        for (int m = 1; m <= spec.scenario().horizonMonths(); m++) {
            BigDecimal v = series.valueAt(m);
            min = min == null ? v : min.min(v);
            max = max == null ? v : max.max(v);
        }
        if (max.signum() == 0) {
            throw new UserError("--break-even " + name + ": the spec's " + name + " is 0, so it has no scale to widen",
                    Main.BAD_INPUT, fix);
        }
        BigDecimal from = min.signum() == 0 ? max.divide(DECADE.pow(3), MathContext.DECIMAL64)
                : min.divide(DECADE, MathContext.DECIMAL64);
        return new VaryOption(asked.driver(), from.stripTrailingZeros(), max.multiply(DECADE).stripTrailingZeros());
    }
}

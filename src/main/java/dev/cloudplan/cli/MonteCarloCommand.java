package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.montecarlo.MonteCarloResult;
import dev.cloudplan.report.MonteCarloRenderer;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** {@code cloudplan montecarlo}: P10/P50/P90 of every architecture's cost over the spec's ranges, seeded. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = {"Price every architecture over many scenarios drawn from the spec's ranges",
                "(requests: 80M..150M/month, growth: 5%%..15%%/month, {p10: .., p90: ..}) and",
                "--range options: P10, P50 and P90 of the horizon total and of each month,",
                "each the exact cost of the scenario at that rank, and the share of scenarios",
                "over the budget. Seeded: the same seed gives the same figures."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan montecarlo examples/dashboard-ranges.yaml",
                "  cloudplan montecarlo examples/dashboard.yaml --range requests=2M..6M \\",
                "      --range egress=50GB..200GB --simulations 20000 --seed 7",
                "  cloudplan montecarlo examples/dashboard-ranges.yaml --format json -o mc.json",
                "",
                "A..B is uniform between A and B; {p10: A, p90: B} is lognormal (normal for a",
                "  growth rate) with that P10 and P90. compare and estimate use each range's",
                "  median and say so in their assumptions. Incomplete architectures (a price",
                "  missing) give lower bounds, marked >= ... INCOMPLETE. See docs/ranges.md."})
class MonteCarloCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML), e.g. examples/dashboard-ranges.yaml")
    Path specFile;

    @Option(names = "--range", paramLabel = "DRIVER=FROM..TO", description = "a workload driver drawn uniformly from"
            + " FROM..TO, the same value in every month (its growth replaced), e.g. requests=2M..6M; repeatable")
    List<String> rangeOptions = new ArrayList<>();

    @Option(names = "--simulations", paramLabel = "N", description = "scenarios drawn, 1 to 100,000 (default: 10,000)")
    Integer simulations;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the draws (default: 1); the same seed, spec and"
            + " catalog give the same figures")
    Long seed;

    @Mixin
    OutputOptions out;

    @Mixin
    CatalogOptions catalogOptions;

    private final Environment env;

    MonteCarloCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(env.clock());
        LoadedCatalog[] loaded = new LoadedCatalog[1];
        dev.cloudplan.spec.Sampling sampling = new SpecReader(
                region -> loaded[0] = loaded[0] != null ? loaded[0] : catalogOptions.load(env, region), today)
                .sampling(specFile.toString(), env.resolve(specFile));
        MonteCarloRuns.Run run = MonteCarloRuns.prepare(sampling, rangeOptions, loaded);
        MonteCarloResult result = MonteCarloRuns.simulate(run, simulations, seed);
        String text = MonteCarloRenderer.render(new MonteCarloRenderer.MonteCarloReport(
                run.spec().scenario().name(), result, loaded[0].prices().info()), out.format);
        Output.write(text, out.output, env.resolve(out.output), command.commandLine().getOut(), out.force);
        return Main.OK;
    }

}

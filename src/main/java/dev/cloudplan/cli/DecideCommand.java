package dev.cloudplan.cli;

import dev.cloudplan.catalogio.ComponentScoresLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.decide.BudgetRisk;
import dev.cloudplan.core.decide.DecisionMatrix;
import dev.cloudplan.report.DecisionRenderer;
import dev.cloudplan.spec.SpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** {@code cloudplan decide}: the decision matrix, every architecture scored on weighted criteria and ranked. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Score every architecture of the spec from 0 to 10 on weighted criteria",
                "and rank them: computed ones (horizon cost, cost at 10x the load, the",
                "spike bill, budget fit, break-even position) and stated ones",
                "(operations, lock_in: component-type defaults with their reasons, or the",
                "spec's own under decision.scores). Weights: decision.weights (defaults",
                "horizon_cost 3, cost_at_10x 2, spike 1, budget_fit 2, budget_risk 0,",
                "break_even 1, operations 1, lock_in 1). Each score is printed with why."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan decide examples/learning-app.yaml",
                "  cloudplan decide examples/llm-chat-scale.yaml --format markdown -o decision.md",
                "  cloudplan decide examples/llm-chat-scale.yaml --format json",
                "  cloudplan decide examples/learning-app.yaml --format csv",
                "",
                "budget_risk (the probability of going over budget) is computed from a Monte",
                "  Carlo over the spec's ranges (docs/ranges.md; --simulations, --seed), and",
                "  not computed without ranges. See docs/decisions.md#decision-matrix and",
                "  docs/spec.md#decision."})
class DecideCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML), e.g. examples/llm-chat.yaml")
    Path specFile;

    @Mixin
    OutputOptions out;

    @Mixin
    CatalogOptions catalogOptions;

    private final Environment env;

    DecideCommand(Environment env) {
        this.env = env;
    }

    @Option(names = "--simulations", paramLabel = "N", description = "Monte Carlo runs for budget_risk when the spec"
            + " has ranges, 1 to 100,000 (default: 10,000)")
    Integer simulations;

    @Option(names = "--seed", paramLabel = "S", description = "seed of those runs (default: 1)")
    Long seed;

    /** budget_risk from a Monte Carlo over the spec's ranges (as 'cloudplan montecarlo' runs it), none without. */
    private BudgetRisk budgetRisk(PricedSpec priced) {
        if (priced.spec().ranges().isEmpty()) {
            return BudgetRisk.NONE;
        }
        MonteCarloRuns.Run run = MonteCarloRuns.prepare(new SpecReader(region -> priced.catalog(), priced.today())
                .sampling(specFile.toString(), env.resolve(specFile)), List.of(), new LoadedCatalog[] {priced.catalog()});
        return new MonteCarloRisk(MonteCarloRuns.simulate(run, simulations, seed));
    }

    @Override
    public Integer call() {
        PricedSpec priced = PricedSpec.read(env, catalogOptions, specFile);
        DecisionFacts.Found found = DecisionFacts.of(priced, specFile.toString(), env.resolve(specFile));
        DecisionMatrix.Result result = DecisionMatrix.decide(found.facts(), found.context(), priced.spec().decision(),
                ComponentScoresLoader.bundled(), budgetRisk(priced));
        var report = new DecisionRenderer.Report(priced.spec().scenario(), priced.prices().info(), priced.spec().decision(),
                result);
        Output.write(DecisionRenderer.render(report, out.format), out.output, env.resolve(out.output),
                command.commandLine().getOut(), out.force);
        return Main.OK;
    }
}

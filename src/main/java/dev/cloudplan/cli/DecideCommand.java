package dev.cloudplan.cli;

import dev.cloudplan.catalogio.ComponentScoresLoader;
import dev.cloudplan.core.decide.BudgetRisk;
import dev.cloudplan.core.decide.DecisionMatrix;
import dev.cloudplan.report.DecisionRenderer;
import dev.cloudplan.report.Format;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
                "budget_risk (the probability of going over budget) needs ranged inputs:",
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

    @Override
    public Integer call() {
        if (out.format == Format.HTML) {
            throw new UserError("the decision matrix has no HTML report", Main.BAD_INPUT,
                    "use --format table, markdown, json or csv");
        }
        PricedSpec priced = PricedSpec.read(env, catalogOptions, specFile);
        DecisionFacts.Found found = DecisionFacts.of(priced, specFile.toString(), env.resolve(specFile));
        DecisionMatrix.Result result = DecisionMatrix.decide(found.facts(), found.context(), priced.spec().decision(),
                ComponentScoresLoader.bundled(), BudgetRisk.NONE);
        var report = new DecisionRenderer.Report(priced.spec().scenario(), priced.prices().info(), priced.spec().decision(),
                result);
        Output.write(DecisionRenderer.render(report, out.format), out.output, env.resolve(out.output),
                command.commandLine().getOut(), out.force);
        return Main.OK;
    }
}

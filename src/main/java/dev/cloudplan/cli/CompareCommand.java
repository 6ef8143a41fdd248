package dev.cloudplan.cli;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.spec.Spec;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code cloudplan compare}: every architecture side by side, complete ones cheapest first, incomplete ones after, unranked. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Price every architecture of the spec and compare them: monthly, annual and total cost, budget fit.",
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan compare examples/learning-app.yaml",
                "  cloudplan compare examples/learning-app.yaml --format markdown -o comparison.md",
                "  cloudplan compare examples/learning-app.yaml --format json --fail-over-budget"})
class CompareCommand extends ReportingCommand {
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
}

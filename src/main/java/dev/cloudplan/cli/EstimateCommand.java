package dev.cloudplan.cli;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.Suggest;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudplan estimate}: one architecture, line by line, month by month. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Price one architecture of the spec: line items, monthly and annual totals, budget fit.",
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan estimate examples/learning-app.yaml --architecture serverless",
                "  cloudplan estimate examples/learning-app.yaml -a serverless --explain --month 2",
                "  cloudplan estimate examples/learning-app.yaml -a serverless --format json -o serverless.json"})
final class EstimateCommand extends ReportingCommand {
    @Option(names = {"-a", "--architecture"}, paramLabel = "NAME",
            description = "which architecture to price; required when the spec has several")
    String architecture;

    EstimateCommand(Environment env) {
        super(env);
    }

    @Override
    List<Architecture> select(Spec spec) {
        List<Architecture> all = spec.scenario().architectures();
        List<String> names = all.stream().map(Architecture::name).toList();
        if (architecture == null) {
            if (all.size() == 1) {
                return all;
            }
            throw spec.locations().error("the spec has " + all.size() + " architectures (" + String.join(", ", names)
                    + ")", "choose one with --architecture NAME, or use 'cloudplan compare' for all", names.get(0), null, null);
        }
        return List.of(named(spec, architecture));
    }

    /** The spec's architecture called {@code name}, or an error at its first architecture naming the closest (exit 2). */
    static Architecture named(Spec spec, String name) {
        List<Architecture> all = spec.scenario().architectures();
        List<String> names = all.stream().map(Architecture::name).toList();
        return all.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> {
            String near = Suggest.closest(name, names);
            // Located at the spec's first architecture: the name given and the names written there differ.
            return spec.locations().error("no architecture '" + name + "' in the spec",
                    (near != null ? "did you mean '" + near + "'? " : "") + "it has: " + String.join(", ", names),
                    names.get(0), null, null);
        });
    }

    @Override
    boolean comparison() {
        return false;
    }
}

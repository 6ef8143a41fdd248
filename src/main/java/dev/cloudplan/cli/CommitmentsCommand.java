package dev.cloudplan.cli;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.commitment.CommitmentAnalysis;
import dev.cloudplan.core.commitment.CommitmentAnalysis.ComponentCommitments;
import dev.cloudplan.report.CommitmentsRenderer;
import dev.cloudplan.report.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** {@code cloudplan commitments}: reserved terms and Savings Plans against on-demand, per component. */
@Command(name = "commitments", mixinStandardHelpOptions = true,
        description = {"For every component that AWS sells on a commitment, priced from the",
                "catalog or the spec's stated prices against its own on-demand rate: EC2",
                "(reserved terms, Compute and EC2 Instance Savings Plans), RDS and Aurora",
                "reserved instances, ElastiCache reserved nodes, DynamoDB reserved capacity",
                "(provisioned RCU and WCU), and Compute Savings Plans on Fargate and Lambda",
                "(an hourly spend commitment, in USD/h of on-demand spend). For each: the",
                "break-even utilisation, the month it pays back in cash, and the amount to",
                "commit over the horizon (the rest on demand) that costs least, cash and",
                "amortised. A commitment without a rate is NOT PRICED, with the prices:",
                "entry that would price it."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan commitments examples/commitments.yaml",
                "  cloudplan commitments examples/commitments.yaml -a fleet-auto --format json",
                "  cloudplan commitments examples/commitments.yaml --format csv -o c.csv",
                "  cloudplan commitments examples/commitments-serverless.yaml",
                "  cloudplan commitments examples/learning-app.yaml   # none priced: what to state",
                "",
                "Instances and nodes are committed by the whole number (every count priced);",
                "capacity units and Savings Plan dollars at the levels the estimate holds in",
                "some hour (the cheapest amount is always one of them). A Savings Plan's",
                "Partial Upfront is taken at the least share AWS allows upfront (limits.csv).",
                "See docs/decisions.md#commitments."})
class CommitmentsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML), e.g. examples/learning-app.yaml")
    Path specFile;

    @Option(names = {"-a", "--architecture"}, paramLabel = "NAME", description = "only this architecture (default: all)")
    String architecture;

    @Mixin
    OutputOptions out;

    @Mixin
    CatalogOptions catalogOptions;

    private final Environment env;

    CommitmentsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PricedSpec priced = PricedSpec.read(env, catalogOptions, specFile);
        List<Architecture> chosen = architecture == null ? priced.spec().scenario().architectures()
                : List.of(priced.architecture(architecture));
        CommitmentAnalysis analysis = new CommitmentAnalysis(priced.prices(), dev.cloudplan.catalogio.LimitsLoader.bundled());
        List<ComponentCommitments> found = new ArrayList<>();
        for (Architecture a : chosen) {
            found.addAll(analysis.analyse(priced.spec().scenario(), a, priced.projection(a)));
        }
        var report = new CommitmentsRenderer.Report(priced.spec().scenario(), priced.prices().info(), found);
        Output.write(CommitmentsRenderer.render(report, out.format), out.output, env.resolve(out.output),
                command.commandLine().getOut(), out.force);
        return Main.OK;
    }
}

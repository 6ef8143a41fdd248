package dev.cloudplan.cli;

import dev.cloudplan.core.architecture.Architecture;
import dev.cloudplan.core.capacity.ScalingPath;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.report.CapacityReport;
import dev.cloudplan.report.Format;
import dev.cloudplan.report.Report;
import dev.cloudplan.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code cloudplan capacity}: what each architecture carries at peak, where it breaks, and what the next step costs. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Check every architecture's capacity at the busiest hour, month by month: demand, capacity,"
                + " utilisation, headroom and status per component and resource; the bottleneck; the scaling path"
                + " (the month each resource becomes tight and over, the next step and its cost); and how far the last"
                + " month's load can grow. --month N shows month N's checks (default: the last month)."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan capacity examples/chat-mvp.yaml",
                "  cloudplan capacity examples/chat-mvp.yaml --month 3",
                "  cloudplan capacity examples/chat-mvp.yaml --format json -o capacity.json",
                "  cloudplan capacity examples/chat-mvp.yaml --format csv"})
final class CapacityCommand extends CompareCommand {
    CapacityCommand(Environment env) {
        super(env);
    }

    @Override
    String render(Report report, Spec spec) {
        if (options.format == Format.HTML) {
            throw new UserError("capacity has no HTML report", Main.BAD_INPUT, "use --format table, json or csv");
        }
        List<ScalingPath.Path> paths = new ArrayList<>();
        for (Projection p : report.projections()) {
            Architecture a = spec.scenario().architectures().stream().filter(x -> x.name().equals(p.architecture()))
                    .findFirst().orElseThrow();
            paths.add(estimator.scalingPath(spec.scenario(), a, p));
        }
        boolean given = command.commandLine().getParseResult().hasMatchedOption("--month");
        int month = given ? options.month : spec.scenario().horizonMonths();
        if (month < 1 || month > spec.scenario().horizonMonths()) {
            throw new UserError("--month " + month + " is outside the horizon of " + spec.scenario().horizonMonths()
                    + " months", Main.BAD_INPUT, "give a month from 1 to " + spec.scenario().horizonMonths());
        }
        CapacityReport capacity = new CapacityReport(report, paths, month);
        return options.format == Format.JSON ? capacity.json() : options.format == Format.CSV ? capacity.csv()
                : capacity.text();
    }
}

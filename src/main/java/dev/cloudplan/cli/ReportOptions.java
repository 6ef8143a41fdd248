package dev.cloudplan.cli;

import dev.cloudplan.report.Format;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every reporting command shares: format, destination, explanation, and CI exit codes. */
final class ReportOptions {
    @Option(names = {"-f", "--format"}, defaultValue = "table", converter = FormatConverter.class,
            description = "table, markdown, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, description = "write to FILE instead of the terminal (written atomically)")
    Path output;

    @Option(names = "--force", description = "with --output: replace the file even if it is read-only")
    boolean force;

    @Option(names = "--explain", description = "show how every line was computed: quantity x unit price - free, "
            + "where the quantity came from, and the price's source and date")
    boolean explain;

    @Option(names = "--month", defaultValue = "1", description = "month whose line items the table and Markdown show (default: ${DEFAULT-VALUE})")
    int month;

    @Option(names = "--fail-over-budget", description = "exit with 3 when an architecture exceeds the budget "
            + "(4 when prices are missing and the fit is unknown)")
    boolean failOverBudget;

    @Option(names = "--require-complete", description = "exit with 4 when any charge could not be priced")
    boolean requireComplete;
}

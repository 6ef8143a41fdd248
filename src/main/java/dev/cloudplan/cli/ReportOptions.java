package dev.cloudplan.cli;

import picocli.CommandLine.Option;

/** Options every reporting command shares: format and destination (inherited), explanation, and CI exit codes. */
final class ReportOptions extends OutputOptions {
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

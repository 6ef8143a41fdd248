package dev.cloudplan.cli;

import dev.cloudplan.report.Format;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command's report goes and in which format: shared by the reporting commands and sweep. */
class OutputOptions {
    @Option(names = {"-f", "--format"}, defaultValue = "table", converter = FormatConverter.class,
            description = "table, markdown, json, csv or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, description = "write to FILE instead of the terminal (written atomically)")
    Path output;

    @Option(names = "--force", description = "with --output: replace the file even if it is read-only")
    boolean force;
}

package dev.cloudplan.cli;

import dev.cloudplan.report.Format;
import java.util.Locale;
import picocli.CommandLine;

/** Parses --format case-insensitively, naming the formats on error. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("unknown format '" + value + "'; use table, markdown, json, csv or html");
        }
    }
}

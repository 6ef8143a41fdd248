package dev.cloudplan.report;

/**
 * What a reader asked to see.
 *
 * @param explain every line's formula, price source and date
 * @param month   the month whose line items the table and Markdown formats show (1-based)
 */
public record RenderOptions(boolean explain, int month) {}

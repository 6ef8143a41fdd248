package dev.cloudplan.report;

import java.util.List;

/** A piece of a human-readable report, styled by the table and Markdown renderers alike. */
sealed interface Block {
    /** A section title; level 1 is the report's title. */
    record Heading(int level, String text) implements Block {}

    /** A sentence or two. */
    record Paragraph(String text) implements Block {}

    /** Rows under headers; a null row is a rule before totals. */
    record Table(List<String> headers, boolean[] rightAligned, List<List<String>> rows) implements Block {}

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {}
}

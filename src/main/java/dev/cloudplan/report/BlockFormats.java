package dev.cloudplan.report;

import java.util.List;
import java.util.function.Supplier;

/**
 * A report made of blocks, in every format: the blocks as a table, Markdown or an HTML page (with its own sections
 * after them), and the report's own JSON and CSV; each made only for the format asked.
 */
final class BlockFormats {
    private BlockFormats() {}

    static String render(Format format, Supplier<List<Block>> blocks, Supplier<String> json, Supplier<String> csv,
            Supplier<List<String>> htmlSections) {
        return switch (format) {
            case TABLE -> TableRenderer.render(blocks.get());
            case MARKDOWN -> MarkdownRenderer.render(blocks.get());
            case JSON -> json.get();
            case CSV -> csv.get();
            case HTML -> HtmlRenderer.page(blocks.get(), htmlSections.get());
        };
    }
}

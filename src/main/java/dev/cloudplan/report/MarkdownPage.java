package dev.cloudplan.report;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * A report written as Markdown (audit's write-ups) as one self-contained HTML page in the report's style: CommonMark
 * with GFM tables, raw HTML in the text escaped (a claim's quote is shown, never run), tables in keyboard-reachable
 * boxes that scroll sideways on a phone.
 */
public final class MarkdownPage {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final org.commonmark.renderer.html.HtmlRenderer RENDERER = org.commonmark.renderer.html.HtmlRenderer
            .builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownPage() {}

    /** The page titled {@code title} with {@code markdown} as its content. */
    public static String html(String title, String markdown) {
        Node document = PARSER.parse(markdown);
        String body = RENDERER.render(document);
        StringBuilder sb = HtmlRenderer.open(title);
        int n = 0;
        int at = 0;
        for (int i = body.indexOf("<table>"); i >= 0; i = body.indexOf("<table>", at)) {
            int end = body.indexOf("</table>", i) + "</table>".length();
            sb.append(body, at, i).append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table ")
                    .append(++n).append("\">").append(body, i, end).append("</div>");
            at = end;
        }
        sb.append(body.substring(at));
        return HtmlRenderer.close(sb);
    }
}

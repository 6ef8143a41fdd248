package dev.cloudplan.report;

import java.util.List;

/**
 * The frame of a chart in the HTML report: caption, the SVG in a box that scrolls sideways by itself (reachable by
 * keyboard), a legend, a note, and the chart's figures in a table, visible or for screen readers only.
 */
final class Figures {
    private Figures() {}

    /** One legend entry: its swatch (already HTML) and its text (escaped here). */
    record Legend(String swatch, String text) {}

    static void figure(StringBuilder sb, String id, String caption, String svg, List<Legend> legend, String note,
            Block.Table figures, boolean figuresVisible) {
        HtmlText.escape(sb.append("<figure id=\"fig-").append(id).append("\">\n<figcaption>"), caption).append("</figcaption>\n");
        scroll(sb, "Chart: " + caption).append(svg).append("</div>\n");
        sb.append("<ul class=\"legend\">");
        for (Legend l : legend) {
            HtmlText.escape(sb.append("<li>").append(l.swatch()), l.text()).append("</li>");
        }
        sb.append("</ul>\n");
        if (note != null) {
            HtmlText.escape(sb.append("<p>"), note).append("</p>\n");
        }
        // A visible table follows the figure, so that printing keeps the chart on one page and lets the table run on.
        sb.append(figuresVisible ? "</figure>\n<div class=\"figures\">\n" : "<div class=\"sr-only\">\n");
        HtmlRenderer.table(sb, figures, caption);
        sb.append(figuresVisible ? "</div>\n" : "</div>\n</figure>\n");
    }

    /** The opening of a box that scrolls sideways inside the page, in the tab order and named for a screen reader. */
    static StringBuilder scroll(StringBuilder sb, String label) {
        return HtmlText.escape(sb.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\""), label)
                .append("\">\n");
    }

    /** A short line in the legend, solid or dashed, for a reference line of a chart (a limit, a threshold). */
    static String lineSwatch(String colour, String dash) {
        return "<svg class=\"swatch\" width=\"22\" height=\"16\" aria-hidden=\"true\"><line x1=\"1\" x2=\"21\" y1=\"8\""
                + " y2=\"8\" stroke=\"" + colour + "\" stroke-width=\"2.5\"" + (dash == null ? "" : " stroke-dasharray=\""
                + dash + "\"") + "/></svg>";
    }

    /** A marker of series {@code s} on its line, for the legend. */
    static String markerSwatch(int s, boolean dotted) {
        String c = Svg.colour(s);
        return "<svg class=\"swatch\" width=\"22\" height=\"16\" aria-hidden=\"true\"><g fill=\"" + c + "\" stroke=\"" + c
                + "\"><line x1=\"1\" x2=\"21\" y1=\"8\" y2=\"8\" stroke-width=\"2\"" + (dotted ? " stroke-dasharray=\"3 3\""
                : "") + "/>" + Svg.marker(s, 11, 8).trim() + "</g></svg>";
    }
}

package dev.cloudplan.report;

import java.util.List;

/** A sweep as an HTML page, and the break-even section compare --break-even adds to its HTML report. */
final class SweepHtml {
    private SweepHtml() {}

    /** The text's blocks with the chart after the range and the measure, and the sweep table visible under it. */
    static String page(SweepReport r) {
        List<Block> blocks = SweepRenderer.blocks(r);
        StringBuilder sb = HtmlRenderer.open(((Block.Heading) blocks.get(0)).text());
        HtmlRenderer.blocks(sb, blocks.subList(0, 3));
        SweepChart.figure(sb, "sweep", r, true);
        HtmlRenderer.blocks(sb, blocks.subList(4, blocks.size()));
        return HtmlRenderer.close(sb);
    }

    /** What the table and Markdown section say, with the chart between the measure and the sentences. */
    static String section(SweepReport r) {
        StringBuilder sb = new StringBuilder();
        HtmlRenderer.blocks(sb, List.of(new Block.Heading(2, "Break-even over " + r.axis().name() + " ("
                + r.resolutionText() + ")"), new Block.Paragraph(r.rangeText()), new Block.Paragraph(r.measureText())));
        SweepChart.figure(sb, "breakeven", r, false);
        HtmlRenderer.blocks(sb, SweepRenderer.breakEvenBlocks(r));
        return sb.toString();
    }
}

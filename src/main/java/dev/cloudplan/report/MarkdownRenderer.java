package dev.cloudplan.report;

import java.util.List;

/** Markdown for a client document or a pull-request comment. */
public final class MarkdownRenderer implements Renderer {
    @Override
    public String render(Report report, RenderOptions options) {
        return render(Layout.blocks(report, options));
    }

    /** Any report's blocks in this style (the sweep's too). */
    static String render(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                sb.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
            } else if (b instanceof Block.Paragraph p) {
                sb.append(escape(p.text())).append("\n\n");
            } else if (b instanceof Block.Table t) {
                {
                    row(sb, t.headers());
                    sb.append('|');
                    for (int i = 0; i < t.headers().size(); i++) {
                        sb.append(i < t.rightAligned().length && t.rightAligned()[i] ? " ---: |" : " --- |");
                    }
                    sb.append('\n');
                    for (List<String> r : t.rows()) {
                        if (r != null) {
                            row(sb, r);
                        }
                    }
                    sb.append('\n');
                }
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> sb.append("- ").append(escape(i)).append('\n'));
                sb.append('\n');
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(escape(c).replace("|", "\\|")).append(" |");
        }
        sb.append('\n');
    }

    private static String escape(String s) {
        return s.replace("*", "\\*").replace("_", "\\_");
    }
}

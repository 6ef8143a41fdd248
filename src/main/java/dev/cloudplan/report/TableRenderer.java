package dev.cloudplan.report;

import java.util.List;

/** The terminal view: aligned plain-text tables. */
public final class TableRenderer implements Renderer {
    @Override
    public String render(Report report, RenderOptions options) {
        return render(Layout.blocks(report, options));
    }

    /** Any report's blocks in this style (the sweep's too). */
    static String render(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(h.text()).append('\n').append((h.level() == 1 ? "=" : "-").repeat(h.text().length())).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                sb.append(p.text()).append('\n');
            } else if (b instanceof Block.Table t) {
                {
                    TextTable table = new TextTable(t.headers(), t.rightAligned());
                    for (var row : t.rows()) {
                        if (row == null) {
                            table.rule();
                        } else {
                            table.row(row.toArray(String[]::new));
                        }
                    }
                    sb.append(table.render());
                }
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> sb.append("- ").append(i).append('\n'));
            }
        }
        return sb.toString();
    }
}

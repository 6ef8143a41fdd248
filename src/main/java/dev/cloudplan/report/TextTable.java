package dev.cloudplan.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: numbers to the right, text to the left. */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = headers;
        this.right = rightAligned;
    }

    public TextTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    public TextTable rule() {
        rows.add(null);
        return this;
    }

    public String render() {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
        }
        for (List<String> r : rows) {
            if (r != null) {
                for (int i = 0; i < r.size(); i++) {
                    width[i] = Math.max(width[i], r.get(i).length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        separator(sb, width);
        for (List<String> r : rows) {
            if (r == null) {
                separator(sb, width);
            } else {
                line(sb, r, width);
            }
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            boolean r = i < right.length && right[i];
            if (i > 0) {
                l.append("  ");
            }
            l.append(r ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c.length()));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static void separator(StringBuilder sb, int[] width) {
        int total = 0;
        for (int w : width) {
            total += w;
        }
        sb.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
    }
}

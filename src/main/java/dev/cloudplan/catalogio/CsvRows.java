package dev.cloudplan.catalogio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for catalog CSV files: a header row, then records whose fields may be quoted
 * (with {@code ""} for a quote, and commas or line breaks inside). Columns are found by header name, so
 * files with extra columns (newer catalogs) or without optional trailing ones (older catalogs) read
 * alike. It exists because Jackson's CSV module costs several hundred classes to load, most of the
 * start-up of a run that reads a few small files.
 */
final class CsvRows {
    private final String text;
    private final Map<String, Integer> columns = new HashMap<>();
    private int pos;
    private int line = 1;
    private int recordLine;
    private final List<String> fields = new ArrayList<>();

    CsvRows(InputStream in) throws IOException {
        this(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    CsvRows(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (next()) {
            for (int i = 0; i < fields.size(); i++) {
                columns.putIfAbsent(fields.get(i).trim(), i);
            }
        }
    }

    /** Line (1-based) where the current record starts, for messages. */
    int line() {
        return recordLine;
    }

    /** Moves to the next record; false at the end. Blank lines are skipped, as Jackson did. */
    boolean next() {
        fields.clear();
        while (pos < text.length()) {
            recordLine = line;
            readRecord();
            if (fields.size() > 1 || !fields.get(0).isEmpty()) {
                return true;
            }
            fields.clear();
        }
        return false;
    }

    /** The current record's value in {@code column}; null when the file has no such column or the record is short. */
    String get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= fields.size() ? null : fields.get(i);
    }

    private void readRecord() {
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < n && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < n && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                break;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
    }
}

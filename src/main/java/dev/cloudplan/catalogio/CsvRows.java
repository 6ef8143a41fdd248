package dev.cloudplan.catalogio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A small RFC 4180 reader for catalog CSV files: a header row, then records whose fields may be quoted
 * (with {@code ""} for a quote, and commas or line breaks inside). Columns are found by header name, so
 * files with extra columns (newer catalogs) or without optional trailing ones (older catalogs) read
 * alike. It exists because Jackson's CSV module costs several hundred classes to load, most of the
 * start-up of a run that reads a few small files; and it reads a record in two steps, so a caller can
 * look at its first fields (the region) and skip the rest without making strings of it. It scans the
 * UTF-8 bytes, not a String: the separators are ASCII, which UTF-8 never uses inside a multi-byte
 * character, and a String holding any non-Latin-1 character is UTF-16, whose charAt is several times
 * slower before the JIT has compiled it (which, in a run that lasts a fraction of a second, is always).
 */
final class CsvRows {
    private final byte[] text;
    private final Map<String, Integer> columns = new HashMap<>();
    private String[] fields = new String[16];
    private int count; // fields of the current record read so far
    private boolean ended = true; // the current record's last field has been read (none yet)
    private int pos;
    private int line = 1;
    private int recordLine;

    CsvRows(InputStream in) throws IOException {
        this(in.readAllBytes());
    }

    CsvRows(String text) {
        this(text.getBytes(StandardCharsets.UTF_8));
    }

    private CsvRows(byte[] text) {
        this.text = text;
        if (text.length >= 3 && text[0] == (byte) 0xEF && text[1] == (byte) 0xBB && text[2] == (byte) 0xBF) {
            pos = 3; // a byte-order mark
        }
        if (next()) {
            readAll();
            for (int i = 0; i < count; i++) {
                columns.putIfAbsent(fields[i].trim(), i);
            }
        }
    }

    /** Line (1-based) where the current record starts, for messages. */
    int line() {
        return recordLine;
    }

    /** Index of {@code column} in the header, or -1. */
    int column(String column) {
        return columns.getOrDefault(column, -1);
    }

    /** Moves to the next record, skipping what is left of the current one; false at the end. Blank lines are skipped. */
    boolean next() {
        skipRest();
        while (pos < text.length) {
            byte c = text[pos];
            if (c == '\n' || c == '\r') { // a blank line
                endOfLine();
                continue;
            }
            recordLine = line;
            count = 0;
            ended = false;
            return true;
        }
        count = 0;
        ended = true;
        return false;
    }

    /** Reads the current record's fields up to index {@code last}, so far as it has them. */
    void readUpTo(int last) {
        while (count <= last && !ended) {
            if (count == fields.length) {
                fields = java.util.Arrays.copyOf(fields, count * 2);
            }
            fields[count++] = field();
        }
    }

    void readAll() {
        readUpTo(Integer.MAX_VALUE - 1);
    }

    /** The current record's value in {@code column}, reading up to it; null when there is no such column or the record is short. */
    String get(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return null;
        }
        readUpTo(i);
        return i < count ? fields[i] : null;
    }

    /** One field from {@code pos}: decoded in one piece when it has no quotes, the common case. */
    private String field() {
        int n = text.length;
        int start = pos;
        if (pos < n && text[pos] == '"') {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pos++;
            while (pos < n) {
                int q = pos;
                while (q < n && text[q] != '"') {
                    if (text[q] == '\n') {
                        line++;
                    }
                    q++;
                }
                if (q == n) {
                    throw new IllegalArgumentException("a quoted field opened on line " + recordLine + " is never closed"
                            + " (a \" is missing)");
                }
                out.write(text, pos, q - pos);
                pos = q + 1;
                if (pos < n && text[pos] == '"') {
                    out.write('"');
                    pos++;
                } else {
                    break;
                }
            }
            // Text after the closing quote, up to the separator, is kept, as a lenient reader does.
            pos = Math.min(pos, n);
            int end = separator(pos);
            out.write(text, pos, end - pos);
            pos = end;
            afterField();
            return out.toString(StandardCharsets.UTF_8);
        }
        int end = separator(start);
        pos = end;
        afterField();
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    /** Where the unquoted text from {@code from} ends: the next comma or line break, or the end. */
    private int separator(int from) {
        int n = text.length;
        int i = from;
        while (i < n) {
            byte c = text[i];
            if (c == ',' || c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return n;
    }

    /** Consumes the separator after a field; a line break (or the end) ends the record. */
    private void afterField() {
        if (pos >= text.length) {
            ended = true;
        } else if (text[pos] == ',') {
            pos++;
        } else {
            endOfLine();
            ended = true;
        }
    }

    private void endOfLine() {
        if (text[pos] == '\r' && pos + 1 < text.length && text[pos + 1] == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    /** Skips the rest of the current record without making strings: quotes only matter for the line break that ends it. */
    private void skipRest() {
        int n = text.length;
        boolean quoted = false;
        while (!ended && pos < n) {
            byte c = text[pos];
            if (c == '"') {
                quoted = !quoted; // "" inside quotes toggles twice: no change, as it should be
            } else if (c == '\n' || c == '\r') {
                if (!quoted) {
                    endOfLine();
                    ended = true;
                    return;
                }
                if (c == '\n') {
                    line++;
                }
            }
            pos++;
        }
        ended = true;
    }
}

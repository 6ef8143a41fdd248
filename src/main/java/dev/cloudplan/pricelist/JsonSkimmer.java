package dev.cloudplan.pricelist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks the outer structure of a large JSON document byte by byte: reads keys, skips values it is told
 * to skip without tokenising them, and hands out the raw bytes of values worth parsing (one product,
 * one SKU's terms), which Jackson then parses. Skipping is most of an offer file (the terms of products
 * cloudplan does not price), and a byte scan does it many times faster than a tokenising parser.
 * Tracks line and column for messages.
 */
final class JsonSkimmer {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private long consumedBefore; // bytes before buf[0]
    private long lineStart; // absolute offset of the current line's first byte

    /** A position in the document. */
    record Position(long line, long column) {}

    /** A JSON syntax problem at a position. */
    static final class SyntaxException extends IOException {
        final Position at;

        SyntaxException(String message, Position at) {
            super(message);
            this.at = at;
        }
    }

    JsonSkimmer(InputStream in) {
        this.in = in;
    }

    Position position() {
        return new Position(line, consumedBefore + pos - lineStart + 1);
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        consumedBefore += limit;
        pos = 0;
        limit = Math.max(0, in.read(buf));
        return limit > 0;
    }

    /** The next non-blank byte, not consumed; -1 at the end. */
    int peek() throws IOException {
        while (fill()) {
            byte b = buf[pos];
            if (b == ' ' || b == '\t' || b == '\r') {
                pos++;
            } else if (b == '\n') {
                pos++;
                newline();
            } else {
                return b & 0xFF;
            }
        }
        return -1;
    }

    private void newline() {
        line++;
        lineStart = consumedBefore + pos;
    }

    void expect(char c) throws IOException {
        int b = peek();
        if (b != c) {
            throw unexpected(b, "'" + c + "'");
        }
        pos++;
    }

    /** After a member or element: true when a ',' follows (consumed), false at {@code close} (consumed). */
    boolean next(char close) throws IOException {
        int b = peek();
        if (b == ',') {
            pos++;
            return true;
        }
        if (b == close) {
            pos++;
            return false;
        }
        throw unexpected(b, "',' or '" + close + "'");
    }

    /** True when the object just opened is empty (its '}' is consumed). */
    boolean emptyObject() throws IOException {
        if (peek() == '}') {
            pos++;
            return true;
        }
        return false;
    }

    SyntaxException unexpected(int b, String wanted) {
        return new SyntaxException("expected " + wanted + ", found " + (b < 0 ? "the end of the file" : "'" + (char) b + "'"),
                position());
    }

    /** Reads a string value or key, decoding escapes. */
    String string() throws IOException {
        expect('"');
        // Fast path: the whole string is in the buffer and has no escape.
        for (int i = pos; i < limit; i++) {
            byte b = buf[i];
            if (b == '"') {
                String text = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
                pos = i + 1;
                return text;
            }
            if (b == '\\' || b == '\n') {
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        while (true) {
            if (!fill()) {
                throw unexpected(-1, "the end of a string");
            }
            byte b = buf[pos++];
            if (b == '"') {
                return out.toString(StandardCharsets.UTF_8);
            }
            if (b == '\\') {
                if (!fill()) {
                    throw unexpected(-1, "an escape");
                }
                byte e = buf[pos++];
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'r' -> out.write('\r');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case 'u' -> {
                        StringBuilder hex = new StringBuilder();
                        for (int i = 0; i < 4; i++) {
                            if (!fill()) {
                                throw unexpected(-1, "a \\u escape");
                            }
                            hex.append((char) buf[pos++]);
                        }
                        out.writeBytes(String.valueOf((char) Integer.parseInt(hex.toString(), 16))
                                .getBytes(StandardCharsets.UTF_8));
                    }
                    default -> out.write(e);
                }
            } else if (b == '\n') {
                throw new SyntaxException("a line break inside a string", position());
            } else {
                out.write(b);
            }
        }
    }

    /** Reads a scalar (string, number, true, false, null) as text; null for JSON null. */
    String scalar() throws IOException {
        int b = peek();
        if (b == '"') {
            return string();
        }
        if (b == '{' || b == '[' || b < 0) {
            throw unexpected(b, "a text value");
        }
        StringBuilder sb = new StringBuilder();
        while (fill()) {
            byte c = buf[pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                break;
            }
            sb.append((char) c);
            pos++;
        }
        String text = sb.toString();
        return text.equals("null") ? null : text;
    }

    private void skipString() throws IOException {
        pos++;
        boolean escape = false;
        while (fill()) {
            for (int i = pos; i < limit; i++) {
                byte b = buf[i];
                if (escape) {
                    escape = false;
                } else if (b == '\\') {
                    escape = true;
                } else if (b == '"') {
                    pos = i + 1;
                    return;
                } else if (b == '\n') {
                    pos = i;
                    throw new SyntaxException("a line break inside a string", position());
                }
            }
            pos = limit;
        }
        throw unexpected(-1, "the end of a string");
    }

    /** Skips one value of any kind without building it. */
    void skip() throws IOException {
        copy(null);
    }

    /** The raw bytes of one value (an object, usually), to be parsed by a real parser. */
    byte[] capture(ByteArrayOutputStream into) throws IOException {
        into.reset();
        copy(into);
        return into.toByteArray();
    }

    /** Scans one value, copying it to {@code out} when not null; tracks nesting and strings only. */
    private void copy(ByteArrayOutputStream out) throws IOException {
        int first = peek();
        if (first == '"' && out == null) {
            skipString();
            return;
        }
        if (first != '{' && first != '[') {
            if (first == '"') {
                String s = string();
                if (out != null) {
                    out.write('"');
                    out.writeBytes(s.replace("\\", "\\\\").replace("\"", "\\\"").getBytes(StandardCharsets.UTF_8));
                    out.write('"');
                }
            } else {
                String s = scalar();
                if (out != null) {
                    out.writeBytes(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
                }
            }
            return;
        }
        int depth = 0;
        boolean inString = false;
        boolean escape = false;
        while (true) {
            if (!fill()) {
                throw unexpected(-1, "the end of " + (first == '{' ? "an object" : "an array"));
            }
            int start = pos;
            int end = limit;
            int i = start;
            boolean done = false;
            for (; i < end; i++) {
                byte b = buf[i];
                if (inString) {
                    if (escape) {
                        escape = false;
                    } else if (b == '\\') {
                        escape = true;
                    } else if (b == '"') {
                        inString = false;
                    } else if (b == '\n') {
                        pos = i;
                        throw new SyntaxException("a line break inside a string", position());
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                    if (depth == 0) {
                        i++;
                        done = true;
                        break;
                    }
                } else if (b == '\n') {
                    line++;
                    lineStart = consumedBefore + i + 1;
                }
            }
            if (out != null) {
                out.write(buf, start, i - start);
            }
            pos = i;
            if (done) {
                return;
            }
        }
    }
}

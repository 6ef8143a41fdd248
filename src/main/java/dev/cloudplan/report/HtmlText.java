package dev.cloudplan.report;

/**
 * Text made safe in HTML and SVG content and in quoted attributes: the five characters that could end a text or an
 * attribute as entities, and every character beyond ASCII as a numeric reference. Every line's formula goes through
 * here, so it is written for speed.
 *
 * <p>Why ASCII: a page that is all ASCII is built in a one-byte-per-character buffer (a single "×" doubles it, and
 * copies it to do so) and turned into UTF-8 bytes by a plain copy. The what-if server turns a 300 KB page into bytes
 * on every edit; the JDK's loop for a page with such characters ran without the optimising compiler for minutes
 * under load and took most of the server's time (docs/benchmarks.md, serve).
 */
final class HtmlText {
    private HtmlText() {}

    static String escape(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('&') < 0 && s.indexOf('"') < 0
                && s.indexOf('\'') < 0 && nextBeyondAscii(s, 0) == Integer.MAX_VALUE) {
            return s; // most texts have nothing to escape: no copy
        }
        return escape(new StringBuilder(s.length() + 16), s).toString();
    }

    /**
     * {@code s} escaped as {@link #escape(String)} escapes it, appended to {@code sb}: straight into the page, not
     * through a String of its own (those copies were a tenth of a report).
     */
    static StringBuilder escape(StringBuilder sb, String s) {
        if (s.length() <= 32) {
            return escapeShort(sb, s);
        }
        // Each special character's next place is found by indexOf, which the JIT vectorises, and the runs between
        // them are copied whole: a loop over every character was a fifth of the report's time.
        int lt = next(s, '<', 0);
        int gt = next(s, '>', 0);
        int amp = next(s, '&', 0);
        int quot = next(s, '"', 0);
        int apos = next(s, '\'', 0);
        int wide = nextBeyondAscii(s, 0);
        int from = 0;
        while (true) {
            int i = Math.min(Math.min(Math.min(lt, gt), Math.min(amp, quot)), Math.min(apos, wide));
            if (i == Integer.MAX_VALUE) {
                return sb.append(s, from, s.length());
            }
            char c = s.charAt(i);
            sb.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '<' -> lt = next(s, c, i + 1);
                case '>' -> gt = next(s, c, i + 1);
                case '&' -> amp = next(s, c, i + 1);
                case '"' -> quot = next(s, c, i + 1);
                case '\'' -> apos = next(s, c, i + 1);
                default -> {
                    from = reference(sb, s, i);
                    wide = nextBeyondAscii(s, from);
                    continue;
                }
            }
            sb.append(entity(c));
        }
    }

    /** A table cell, a name: a character at a time, cheaper than five searches for so few. */
    private static StringBuilder escapeShort(StringBuilder sb, String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '>' && (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'')) {
                sb.append(s, from, i).append(entity(c));
                from = i + 1;
            } else if (c >= 0x80) {
                sb.append(s, from, i);
                from = reference(sb, s, i);
                i = from - 1;
            }
        }
        return sb.append(s, from, s.length());
    }

    private static String entity(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> "&#39;";
        };
    }

    /**
     * The character (a whole code point: a surrogate pair is one reference) at {@code i} as {@code &#N;}; returns
     * where the text goes on. A lone surrogate, which UTF-8 could not carry either, becomes U+FFFD.
     */
    private static int reference(StringBuilder sb, String s, int i) {
        int cp = s.codePointAt(i);
        int end = i + Character.charCount(cp);
        if (Character.isSurrogate((char) cp)) {
            cp = 0xFFFD;
        }
        sb.append("&#").append(cp).append(';');
        return end;
    }

    private static int nextBeyondAscii(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int next(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}

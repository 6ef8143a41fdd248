package dev.cloudplan.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A spec file's text, checked before YAML sees it: its size, that it is UTF-8, that no line is too long and
 * that it holds no control characters; each problem is reported at its line and column.
 */
final class SpecSource {
    private SpecSource() {}

    /** Reads at most the size limit (and one byte more, to know it was passed), then decodes and checks. */
    static String read(String file, Path path, Limits limits) {
        if (Files.isDirectory(path)) {
            throw new SpecException(file, 1, 1, "is a folder, not a spec file", "give the path of a .yaml file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(limits.fileBytes() + 1);
        } catch (NoSuchFileException e) {
            throw new SpecException(file, 1, 1, "no such file", "check the path; an example is examples/learning-app.yaml");
        } catch (AccessDeniedException e) {
            throw new SpecException(file, 1, 1, "cannot read the file: permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw new SpecException(file, 1, 1, "cannot read the file: " + e.getMessage(), "check that it is a readable text file");
        }
        if (bytes.length > limits.fileBytes()) {
            throw new SpecException(file, 1, 1, "the file is larger than " + Limits.n(limits.fileBytes())
                    + " bytes, the most a spec may hold", "a spec describes one question in a few KB: remove what is not"
                    + " needed, or split its architectures into several specs");
        }
        return check(file, decode(file, bytes), limits);
    }

    /** UTF-8 only; the first byte that is not is reported with the line and column it would have had. */
    static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int[] at = position(out, out.length());
            throw new SpecException(file, at[0], at[1], String.format("the file is not UTF-8 text: byte 0x%02X at offset %d"
                    + " cannot start or continue a character", bytes[in.position()] & 0xff, in.position()),
                    "save the file as UTF-8 (editors offer it under 'encoding'), or remove the character");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        // A byte-order mark is an encoding signature, not content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line length and characters YAML does not allow (controls other than tab, line feed and carriage return). */
    static String check(String file, String text, Limits limits) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (column > limits.lineChars()) {
                throw new SpecException(file, line, column, "line " + line + " is longer than " + Limits.n(limits.lineChars())
                        + " characters, the most a spec line may hold", "break the value over several lines, or shorten it");
            }
            if (!allowed(c)) {
                throw new SpecException(file, line, column, String.format("the file holds the control character U+%04X,"
                        + " which YAML does not allow", (int) c), "remove it; if the file is not text, give a .yaml file");
            }
            column++;
        }
        return text;
    }

    private static boolean allowed(char c) {
        // YAML 1.1's printable set: tab, CR, space to '~', NEL, and everything from U+00A0 but the non-characters.
        return c == '\t' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c != 0xFFFE && c != 0xFFFF);
    }

    /** The 1-based line and column just after the first {@code length} characters. */
    static int[] position(CharSequence text, int length) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}

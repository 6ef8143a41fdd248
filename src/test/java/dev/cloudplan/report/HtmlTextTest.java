package dev.cloudplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** HtmlText writes ASCII only, and a browser reads back exactly the text it was given. */
class HtmlTextTest {
    private static final Pattern REFERENCE = Pattern.compile("&(lt|gt|amp|quot|#39|#(\\d+));");
    /** Characters escaping must handle: the five specials, Latin-1, wider BMP ones, a pair, a lone surrogate. */
    private static final String[] PIECES = {"<", ">", "&", "\"", "'", "a", "Z", " ", "0", "×", "é", "·", "–", "→",
        "≈", "€", "…", "\uD83D\uDE80", "&lt;", "&#39;", "x".repeat(40)};

    /** What an HTML parser makes of our output: the entities and decimal references we write, nothing else. */
    private static String decode(String html) {
        Matcher m = REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r = switch (m.group(1)) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "#39" -> "'";
                default -> new String(Character.toChars(Integer.parseInt(m.group(2))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void anyText_isWrittenInAscii_andReadsBackAsItself() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int pieces = random.nextInt(n % 2 == 0 ? 8 : 30); // short texts and long ones take different paths
            for (int i = 0; i < pieces; i++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            for (String html : new String[] {HtmlText.escape(text), HtmlText.escape(new StringBuilder("|"), text)
                    .substring(1)}) {
                assertThat(html.chars().allMatch(c -> c < 0x80)).as("ASCII: %s", html).isTrue();
                assertThat(html).doesNotContain("<", ">", "\"", "'");
                assertThat(decode(html)).as("read back from %s", html).isEqualTo(text);
            }
        }
    }

    @Test
    void examples() {
        assertThat(HtmlText.escape("a × b")).isEqualTo("a &#215; b");
        assertThat(HtmlText.escape("plain")).isSameAs(HtmlText.escape("plain")).isEqualTo("plain");
        assertThat(HtmlText.escape("rocket \uD83D\uDE80")).isEqualTo("rocket &#128640;");
        String long42 = "y".repeat(40) + "<€";
        assertThat(HtmlText.escape(long42)).isEqualTo("y".repeat(40) + "&lt;&#8364;");
    }

    @Test
    void aLoneSurrogate_becomesTheReplacementCharacter() {
        assertThat(HtmlText.escape("x\uD83D")).isEqualTo("x&#65533;");
        assertThat(HtmlText.escape("z".repeat(40) + "\uDE80y")).isEqualTo("z".repeat(40) + "&#65533;y");
    }
}

package dev.cloudplan.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte scanner that skips what the importer does not need: strings, escapes, nesting, buffer edges. */
class JsonSkimmerTest {
    static JsonSkimmer of(String json) {
        return new JsonSkimmer(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void skipsNestedValues_whoseStringsHoldBracesQuotesAndEscapes() throws IOException {
        JsonSkimmer s = of("{\"a\": {\"x\": \"} ] { \\\" \\\\\", \"y\": [1, {\"z\": \"\\\\\"}]}, \"b\": \"after\"}");
        s.expect('{');
        assertThat(s.string()).isEqualTo("a");
        s.expect(':');
        s.skip();
        assertThat(s.next('}')).isTrue();
        assertThat(s.string()).isEqualTo("b");
        s.expect(':');
        assertThat(s.scalar()).isEqualTo("after");
        assertThat(s.next('}')).isFalse();
        assertThat(s.peek()).isEqualTo(-1);
    }

    @Test
    void capturedValues_parseToTheSameTree_acrossBufferEdges() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        // Values of about 64 KB, shifted byte by byte, put escapes and closing braces on every buffer edge.
        for (int shift = 0; shift < 40; shift++) {
            String filler = "x".repeat(65_536 - 30 + shift);
            String value = "{\"k\": \"" + filler + "\\\"q\\\\\", \"n\": {\"m\": [\"}\"]}}";
            String json = "{\"v\": " + value + ", \"w\": 1}";
            JsonSkimmer s = of(json);
            s.expect('{');
            s.string();
            s.expect(':');
            byte[] raw = s.capture(new ByteArrayOutputStream());
            assertThat(mapper.readTree(raw)).isEqualTo(mapper.readTree(value));
            assertThat(s.next('}')).isTrue();
            assertThat(s.string()).isEqualTo("w");
        }
    }

    @Test
    void positions_countLinesAndColumns_alsoInsideSkippedValues() throws IOException {
        JsonSkimmer s = of("{\n  \"a\" : {\n    \"b\" : \"c\"\n  },\n  \"d\" : 1\n}");
        s.expect('{');
        s.string();
        s.expect(':');
        s.skip();
        s.next('}');
        s.peek();
        assertThat(s.position()).isEqualTo(new JsonSkimmer.Position(5, 3));
    }

    @Test
    void truncatedOrBrokenInput_isASyntaxErrorWithPosition() {
        assertThatThrownBy(() -> {
            JsonSkimmer s = of("{\"a\": {\"b\": [1, 2");
            s.expect('{');
            s.string();
            s.expect(':');
            s.skip();
        }).isInstanceOf(JsonSkimmer.SyntaxException.class).hasMessageContaining("the end of the file");
        assertThatThrownBy(() -> {
            JsonSkimmer s = of("{\"a\" 1}");
            s.expect('{');
            s.string();
            s.expect(':');
        }).isInstanceOf(JsonSkimmer.SyntaxException.class).hasMessageContaining("expected ':', found '1'")
                .satisfies(e -> assertThat(((JsonSkimmer.SyntaxException) e).at).isEqualTo(new JsonSkimmer.Position(1, 6)));
    }
}

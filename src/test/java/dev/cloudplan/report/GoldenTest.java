package dev.cloudplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.cli.Main;
import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rendering pinned by golden files (src/test/resources/golden), reviewed by eye when they change.
 * Refresh with {@code ./mvnw test -Dtest=GoldenTest -Dgolden.update=true}, then read the diff.
 */
class GoldenTest {
    static final Clock CLOCK = Clock.fixed(Fixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "estimate-serverless-explain.txt, estimate examples/learning-app.yaml -a serverless --explain",
            "compare.md, compare examples/learning-app.yaml --format markdown"})
    void rendering_matchesGolden(String golden, String args) throws IOException {
        StringWriter out = new StringWriter();
        int code = Main.run(args.split(" "), new PrintWriter(out), new PrintWriter(new StringWriter()), Fixtures.environment());
        assertThat(code).isZero();
        Path file = Path.of("src/test/resources/golden", golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, out.toString());
        }
        assertThat(out.toString()).isEqualTo(Files.readString(file));
    }
}

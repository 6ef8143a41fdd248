package dev.cloudplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded fuzz run in every build (the long one is {@code cloudplan bench fuzz --cases 100000}). The time bound
 * is a hang detector far above any real case, not a performance claim.
 */
class FuzzTest {
    @TempDir
    Path tmp;

    @Test
    void mutatedExamplesAndHostileSpecs_endInAnAllowedExit_locatedErrors_validOutput() throws IOException {
        Fuzzer fuzzer = new Fuzzer(FuzzBench.readExamples(Path.of("examples")), 1, tmp, Duration.ofSeconds(60));
        Fuzzer.Summary s = fuzzer.run(0, 100, null);
        assertThat(s.failures()).isEmpty();
        assertThat(s.cases()).isEqualTo(100);
        // The cases reach every kind of outcome, so each check above was exercised.
        assertThat(s.exitCodes()).containsKeys(0, 2);
    }

    @Test
    void aCaseIsTheSameWhenMadeAlone() throws IOException {
        List<String> examples = FuzzBench.readExamples(Path.of("examples"));
        FuzzCases.Case a = new FuzzCases(examples, 42).make(1234);
        FuzzCases.Case b = new FuzzCases(examples, 42).make(1234);
        assertThat(b.spec()).isEqualTo(a.spec());
        assertThat(b.args()).isEqualTo(a.args());
        assertThat(new FuzzCases(examples, 43).make(1234).spec()).isNotEqualTo(a.spec());
    }

    @Test
    void invalidOutput_isRecognised() {
        assertThat(Fuzzer.invalid("json", "{\"architectures\": [{}]}")).isNull();
        assertThat(Fuzzer.invalid("json", "{\"architectures\": [")).startsWith("cannot be parsed");
        assertThat(Fuzzer.invalid("csv", "a,b\n1,2\n")).isNull();
        assertThat(Fuzzer.invalid("csv", "a,b\n1,2,3\n")).contains("3 fields under a header of 2");
        assertThat(Fuzzer.invalid("markdown", "")).isEqualTo("empty");
    }
}

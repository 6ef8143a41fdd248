package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bench serve through the real entry point: a short load test against a real server on 127.0.0.1. */
class ServeBenchCliTest {
    private static Cli.Result bench(String... more) {
        String[] args = new String[4 + more.length];
        System.arraycopy(new String[] {"bench", "serve", "--spec", "examples/learning-app.yaml"}, 0, args, 0, 4);
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(Environment.system(), args);
    }

    @Test
    void aShortRun_answersEveryRequest_andNamesTheServersJvm() throws IOException {
        Cli.Result r = bench("--clients", "3", "--seconds", "2", "--warmup", "1", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        Matcher row = Pattern.compile("\\| examples/learning-app.yaml \\| (\\d+) \\|.*\\| (\\d+) \\| [0-9.]+ \\| [0-9.]+ \\|\n")
                .matcher(r.out());
        assertThat(row.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(row.group(1))).as("requests").isPositive();
        assertThat(row.group(2)).as("failed").isEqualTo("0");
        // The server runs with the options ./cloudplan starts serve with, so the figures are a user's.
        Matcher launcher = Pattern.compile("if \\[ \"\\$\\{1-}\" = serve ].*\n\\s*defaults=\"([^\"]+)\"")
                .matcher(Files.readString(Path.of("cloudplan")));
        assertThat(launcher.find()).isTrue();
        assertThat(r.out()).contains("Server: its own JVM (" + launcher.group(1) + ", full JIT, as ./cloudplan starts"
                + " serve), 2 threads");
    }

    @Test
    void serverJvmOptions_replaceTheLaunchers() {
        Cli.Result r = bench("--clients", "1", "--seconds", "1", "--warmup", "0", "--server-jvm", "-XX:+UseSerialGC -Xmx256m");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Server: its own JVM (-XX:+UseSerialGC -Xmx256m), serve's default threads");
    }

    @Test
    void aServerThatCannotStart_isExitCode2_namingTheOptionsToCheck() {
        Cli.Result r = bench("--clients", "1", "--seconds", "1", "--warmup", "0", "--server-jvm", "-XX:+NoSuchOption");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the server exited before it listened").contains("check --server-jvm and --threads")
                .doesNotContain("Exception");
    }
}

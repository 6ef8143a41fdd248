package dev.cloudplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the real entry point the way a user would, capturing what it prints and its exit code. */
final class Cli {
    private Cli() {}

    /** What one run produced. */
    record Result(int code, String out, String err) {}

    /** Writes a test's own spec into {@code dir} and returns its path. */
    static Path writeSpec(Path dir, String yaml) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, yaml);
        return spec;
    }

    static Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }
}

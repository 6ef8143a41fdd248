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

    /** A one-month us-east-1 spec of one architecture 'a': {@code workload} lines and {@code components} list items. */
    static Path writeOneArchitecture(Path dir, String workload, String components) throws IOException {
        return writeSpec(dir, "name: spec\nregion: us-east-1\nhorizon: 1 month\nstart: 2027-01\nworkload:\n"
                + workload.indent(2) + "architectures:\n  - name: a\n    components:\n" + components.indent(6));
    }

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

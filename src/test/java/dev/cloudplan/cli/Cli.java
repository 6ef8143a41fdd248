package dev.cloudplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real entry point the way a user would, capturing what it prints and its exit code. */
final class Cli {
    private Cli() {}

    /** What one run produced. */
    record Result(int code, String out, String err) {}

    static Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }
}

package dev.cloudplan.spec;

/** Bad input in a spec file: where (file, line, column), what is wrong, and how to fix it. */
public class SpecException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String fix;

    public SpecException(String file, int line, int column, String problem, String fix) {
        super(file + ":" + line + ":" + column + ": " + problem + (fix == null ? "" : "\n  fix: " + fix));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.fix = fix;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}

package dev.cloudplan.cli;

/** A problem the user can fix, reported as one message with an exit code, never a stack trace. */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    UserError(String message, int exitCode, String fix) {
        this(message + "\n  fix: " + fix, exitCode);
    }

    int exitCode() {
        return exitCode;
    }
}

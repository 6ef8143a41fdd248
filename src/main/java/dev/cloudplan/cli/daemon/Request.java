package dev.cloudplan.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to the background JVM, as the launcher frames it (protocol version 1). On connect the server says
 * {@code cloudplan-daemon 1\n}; the client then sends NUL-terminated fields: the token, the protocol version, the
 * kind ({@code run} or {@code stop}), and for a run: the working directory, {@code 1} when standard input and
 * output are terminals, the file-creation mask (octal, as Linux's /proc/PID/status shows it), the reply directory (where the server writes {@code err}, the run's standard error, and
 * {@code code}, its exit code), the number of environment entries and that many {@code NAME=value}, the number
 * of arguments and that many arguments. The server answers one line: {@code ok} (the run is accepted and runs
 * exactly once; its standard output follows on the socket until it is closed, and {@code code} is written
 * before), or {@code no REASON} (nothing ran: the client may run it itself). A wrong token gets no answer.
 */
record Request(String kind, Path workingDirectory, boolean terminal, String umask, Path replyDirectory,
        Map<String, String> variables, List<String> args) {
    static final String VERSION = "1";
    static final String GREETING = "cloudplan-daemon " + VERSION + "\n";

    /** Bounds a confused or hostile client: a run's request is a few KB. */
    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_ENTRIES = 10_000;

    /** A request the server cannot take, for a reason the client is told (it then runs the command itself). */
    static final class Declined extends Exception {
        Declined(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads the fields after the token. */
    static Request read(InputStream in, Charset charset) throws IOException, Declined {
        Fields f = new Fields(in, charset);
        if (!VERSION.equals(f.next())) {
            throw new Declined("version");
        }
        String kind = f.next();
        if (kind.equals("stop")) {
            return new Request(kind, null, false, "", null, Map.of(), List.of());
        }
        if (!kind.equals("run")) {
            throw new Declined("kind");
        }
        Path cwd = absolute(f.next());
        boolean terminal = f.next().equals("1");
        String umask = f.next();
        Path reply = absolute(f.next());
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0, n = f.count(); i < n; i++) {
            String entry = f.next();
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new Declined("environment");
            }
            variables.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        List<String> args = new ArrayList<>();
        for (int i = 0, n = f.count(); i < n; i++) {
            args.add(f.next());
        }
        return new Request(kind, cwd, terminal, umask, reply, variables, args);
    }

    /** The token, the first field: read on its own so that a wrong one is refused before anything else. */
    static String token(InputStream in, Charset charset) throws IOException, Declined {
        return new Fields(in, charset).next();
    }

    private static Path absolute(String path) throws Declined {
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            throw new Declined("path");
        }
        return p;
    }

    /** NUL-terminated fields; the client writes them with printf '%s\0', no escaping needed (argv has no NUL). */
    private record Fields(InputStream in, Charset charset) {
        String next() throws IOException, Declined {
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the request ended early");
                }
                if (field.size() == MAX_FIELD_BYTES) {
                    throw new Declined("size");
                }
                field.write(b);
            }
            return field.toString(charset);
        }

        int count() throws IOException, Declined {
            try {
                int n = Integer.parseInt(next());
                if (n < 0 || n > MAX_ENTRIES) {
                    throw new Declined("size");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new Declined("count");
            }
        }
    }
}

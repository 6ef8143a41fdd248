package dev.cloudplan.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The launcher's side of the protocol, in Java, for tests: what {@code remote()} in ./cloudplan does. */
final class Client {
    /** What a request got: the server's answer line (null when none), then the run's output and exit code. */
    record Reply(String answer, String out, String err, Integer code) {}

    /** The variables a launcher sends: the pinned locale ones as this JVM has them, and the test's own. */
    static Map<String, String> variables(Map<String, String> own) {
        Map<String, String> vars = new java.util.LinkedHashMap<>(own);
        for (String name : List.of("LANG", "LC_ALL", "LC_CTYPE", "TZ")) {
            String value = System.getenv(name);
            if (value != null) {
                vars.put(name, value);
            }
        }
        return vars;
    }

    static Reply run(int port, String token, Path cwd, Path reply, Map<String, String> vars, String... args)
            throws IOException {
        return run(port, token, cwd, Server.umask(), reply, vars, args);
    }

    static Reply run(int port, String token, Path cwd, String umask, Path reply, Map<String, String> vars,
            String... args) throws IOException {
        List<String> fields = new ArrayList<>(List.of(token, "1", "run", cwd.toString(), "0", umask,
                reply.toString(), String.valueOf(vars.size())));
        vars.forEach((k, v) -> fields.add(k + "=" + v));
        fields.add(String.valueOf(args.length));
        fields.addAll(List.of(args));
        return send(port, fields, reply);
    }

    static Reply send(int port, List<String> fields, Path reply) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(60_000);
            InputStream in = s.getInputStream();
            String greeting = line(in);
            if (!(greeting + "\n").equals(Request.GREETING)) {
                throw new IOException("greeting: " + greeting);
            }
            String answer;
            try {
                OutputStream out = s.getOutputStream();
                for (String f : fields) {
                    out.write(f.getBytes(StandardCharsets.UTF_8));
                    out.write(0);
                }
                out.flush();
                answer = line(in);
            } catch (java.net.SocketException e) {
                answer = null; // the server hung up on us (a wrong token): the same as silence
            }
            if (!"ok".equals(answer)) {
                return new Reply(answer, null, null, null);
            }
            String stdout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String err = Files.readString(reply.resolve("err"));
            Integer code = Integer.valueOf(Files.readString(reply.resolve("code")).strip());
            return new Reply(answer, stdout, err, code);
        }
    }

    /** One line, or null at the end of the stream (the server's silence). */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    private Client() {}
}

package dev.cloudplan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cloudplan.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The what-if server of {@code cloudplan serve} (docs/serve.md): the page, {@code POST /api/recompute} and
 * {@code POST /api/save}. Requests are held to a body size, a content type, this server's host name and a token
 * the page carries; anything wrong gets a status and a sentence, never a stack trace, and the server serves on.
 */
public final class WhatIfServer implements AutoCloseable {
    /** The largest request body read; the page's requests are a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** How much of a too-large body is read and dropped so its sender gets the 413; more closes the connection. */
    private static final long DRAIN_BYTES = 1 << 20;
    /**
     * Recomputed answers kept, in bytes (a report is 130 to 300 KB): about a hundred, enough for a slider dragged
     * back and forth over its 41 positions. More was worse: with 96 MB, answers that outlived their young
     * collection filled the old generation, and its full collections (60-70 ms each, every few seconds under load)
     * were most of the server's p99 (docs/benchmarks.md, serve).
     */
    private static final long KEPT_BYTES = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK's server lets a client take as long as it likes to send its request, holding a handler thread:
        // here it gets 20 s, and 60 s to take its answer (read when the first server starts; a setting given on the
        // command line wins).
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "20");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "60");
    }

    /**
     * Where to listen and what to serve: the spec as the user named it, and the folder a relative save is in;
     * {@code threads} requests handled at once, {@code recomputeThreads} of them recomputing at once.
     */
    public record Config(String host, int port, int threads, int recomputeThreads, String specName, Path specPath,
            Path workingDirectory) {
        /** As many recomputing as the machine has cores. */
        public Config(String host, int port, int threads, String specName, Path specPath, Path workingDirectory) {
            this(host, port, threads, Runtime.getRuntime().availableProcessors(), specName, specPath, workingDirectory);
        }
    }

    private final Config config;
    private final SpecFields fields;
    private final Engine engine;
    private final PrintWriter log;
    private final String token;
    private final HttpServer http;
    private final ThreadPoolExecutor pool;
    private final ExecutorService recomputing;
    private final Answers answers = new Answers(KEPT_BYTES);
    private final byte[] page;
    private final Set<String> hosts;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private WhatIfServer(Config config, SpecFields fields, Engine engine, PrintWriter log) throws IOException {
        this.config = config;
        this.fields = fields;
        this.engine = engine;
        this.log = log;
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        // The original spec is read before the server listens: a spec with a mistake is refused at start, as compare.
        this.page = Page.render(config.specName(), fields, engine.report(fields.text()), token)
                .getBytes(StandardCharsets.UTF_8);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 64);
        int port = http.getAddress().getPort();
        this.hosts = new java.util.HashSet<>(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
                config.host() + ":" + port));
        // Bounded: a burst waits in the queue; beyond it the connection is handled on the accepting thread, which
        // slows accepting instead of growing without end.
        this.pool = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(512), r -> {
                    Thread t = new Thread(r, "cloudplan-serve");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(pool);
        // A recompute is all CPU: more of them at once than there are cores only makes each slower, and starves the
        // JIT's compiler thread, so that code stays unoptimised for minutes under load (docs/benchmarks.md, serve).
        // The HTTP threads, which also wait on slow clients, hand recomputes to this pool and wait for them.
        this.recomputing = Executors.newFixedThreadPool(Math.max(1, Math.min(config.recomputeThreads(),
                config.threads())), r -> {
                    Thread t = new Thread(r, "cloudplan-recompute");
                    t.setDaemon(true);
                    return t;
                });
        http.createContext("/", this::handle);
        http.start();
    }

    /** Reads the spec, renders its page and listens; a spec the reader refuses is a SpecException here. */
    public static WhatIfServer start(Config config, String specText, Engine engine, PrintWriter log) throws IOException {
        return new WhatIfServer(config, SpecFields.of(specText), engine, log);
    }

    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + http.getAddress().getPort() + "/");
    }

    /** Stops listening and handling; a second call (Ctrl-C's hook after the command's own) does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            pool.shutdownNow();
            recomputing.shutdownNow();
        }
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                route(ex);
            } catch (Edits.BadRequest e) {
                send(ex, e.status, error(e.getMessage()));
            } catch (RuntimeException | Error e) {
                // The client gets a sentence; the server's own log gets what happened, for a report.
                log.println("internal error serving " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath()
                        + ": " + e);
                log.flush();
                send(ex, 500, error("internal error: the edit could not be priced (the server's log says why)"));
            }
        } catch (IOException e) {
            // The client went away mid-answer: nothing to tell it.
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (!hostAllowed(ex)) {
            throw new Edits.BadRequest(421, "this server answers to 127.0.0.1 or localhost only (Host: "
                    + ex.getRequestHeaders().getFirst("Host") + ")");
        }
        switch (path) {
            case "/" -> {
                allow(ex, "GET", "HEAD");
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
                        + " script-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none';"
                        + " frame-ancestors 'none'");
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, method.equals("HEAD") ? -1 : page.length);
                if (!method.equals("HEAD")) {
                    ex.getResponseBody().write(page);
                }
            }
            case "/api/recompute" -> {
                Edits edits = known(Edits.parse(body(ex), false));
                Answers.Answer a = answers.get(edits.key(), () -> recomputed(edits));
                ex.getResponseHeaders().set("X-Cloudplan-Kept", a.kept() ? "yes" : "no");
                if (a.meta() != null) {
                    ex.getResponseHeaders().set("X-Cloudplan-Values", a.meta());
                    send(ex, a.status(), a.body(), "text/html; charset=utf-8");
                } else {
                    send(ex, a.status(), a.body());
                }
            }
            case "/api/save" -> save(ex, known(Edits.parse(body(ex), true)));
            default -> throw new Edits.BadRequest(404, "no such page: " + path + " (the what-if page is /)");
        }
    }

    /** Edits of fields the page does not have are not the page's: refused whole, before any work. */
    private Edits known(Edits edits) {
        for (String id : edits.ids()) {
            if (!fields.fields().containsKey(id)) {
                throw new Edits.BadRequest(400, "the spec has no editable value '" + id + "'");
            }
        }
        return edits;
    }

    private boolean hostAllowed(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        // A host the user chose to listen on beyond this machine (--host) is reached by names we cannot know.
        return !loopback(config.host()) || host != null && hosts.contains(host.toLowerCase(java.util.Locale.ROOT));
    }

    /** A method the path does not take is answered 405, with the ones it does. */
    private static void allow(HttpExchange ex, String... allowed) {
        for (String a : allowed) {
            if (a.equals(ex.getRequestMethod())) {
                return;
            }
        }
        ex.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw new Edits.BadRequest(405, "use " + String.join(" or ", allowed) + " for " + ex.getRequestURI().getPath());
    }

    /** Whether {@code host} is this machine only (the default, 127.0.0.1), so names and origins can be checked. */
    public static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** The body of a POST from the page: JSON, this page's token, not from another site, at most 64 KiB. */
    private byte[] body(HttpExchange ex) throws IOException {
        allow(ex, "POST");
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Edits.BadRequest(415, "send the edits as Content-Type: application/json");
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equals("null") && !hosts.contains(origin.replaceFirst("^https?://", ""))
                && loopback(config.host())) {
            throw new Edits.BadRequest(403, "edits are taken from this server's own page only (Origin: " + origin + ")");
        }
        if (!token.equals(ex.getRequestHeaders().getFirst("X-Cloudplan-Token"))) {
            throw new Edits.BadRequest(403, "the request lacks this page's token: reload the page");
        }
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        boolean over = length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES;
        byte[] b = over ? null : ex.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (over || b.length > MAX_BODY_BYTES) {
            // A client still sending would meet a reset instead of the answer: what is left is read and dropped, up
            // to a bound; past it the connection is closed after the answer.
            if (!drained(ex.getRequestBody())) {
                ex.getResponseHeaders().set("Connection", "close");
            }
            throw new Edits.BadRequest(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return b;
    }

    /** Whether the rest of a body too large to take ended within {@link #DRAIN_BYTES}, read and dropped. */
    private static boolean drained(java.io.InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = DRAIN_BYTES;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return true;
            }
            left -= n;
        }
        return false;
    }

    /** {@link #recompute} on the recomputing pool; what it throws is thrown here. */
    private Answers.Answer recomputed(Edits edits) {
        Future<Answers.Answer> f = recomputing.submit(() -> recompute(edits));
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recomputing", e);
        }
    }

    private Answers.Answer recompute(Edits edits) {
        long t0 = System.nanoTime();
        ObjectNode out = JSON.createObjectNode();
        SpecFields.Edited edited;
        try {
            edited = fields.apply(edits.texts(), edits.steps());
        } catch (EditException e) {
            return invalid(out, e.field(), e.getMessage());
        }
        String report;
        try {
            report = engine.report(edited.text());
        } catch (SpecException e) {
            return invalid(out, edited.fieldAt(e.line(), e.column()), e.getMessage());
        }
        // The report goes as HTML, its values in a header: wrapping 150 to 300 KB of HTML in JSON cost a sixth of a
        // recompute, and as much again for the page to unwrap it.
        out.set("values", JSON.valueToTree(edited.values()));
        out.put("millis", (System.nanoTime() - t0) / 1_000_000);
        return new Answers.Answer(200, report.getBytes(StandardCharsets.UTF_8), false, ascii(out));
    }

    /** JSON with every character beyond ASCII escaped, so that it can travel in a header. */
    private static String ascii(ObjectNode n) {
        StringBuilder sb = new StringBuilder();
        new String(bytes(n), StandardCharsets.UTF_8).chars().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        });
        return sb.toString();
    }

    private static Answers.Answer invalid(ObjectNode out, String field, String message) {
        out.put("ok", false);
        ObjectNode e = out.putArray("errors").addObject();
        e.put("field", field);
        e.put("message", message);
        return new Answers.Answer(422, bytes(out));
    }

    private void save(HttpExchange ex, Edits edits) throws IOException {
        Answers.Answer a = answers.get(edits.key(), () -> recomputed(edits));
        if (a.status() != 200) {
            send(ex, a.status(), a.body());
            return;
        }
        Path target;
        try {
            target = config.workingDirectory().resolve(edits.path()).normalize();
        } catch (InvalidPathException e) {
            throw new Edits.BadRequest(400, "'" + edits.path() + "' is not a file name: " + e.getReason());
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new Edits.BadRequest(400, "save as a .yaml file, such as what-if.yaml ('" + edits.path() + "')");
        }
        String text = fields.apply(edits.texts(), edits.steps()).text();
        boolean original = target.equals(config.specPath().toAbsolutePath().normalize());
        ObjectNode out = JSON.createObjectNode();
        SaveAs.Result r;
        try {
            r = SaveAs.write(target, text, edits.overwrite());
        } catch (IOException e) {
            throw new Edits.BadRequest(400, "cannot write " + edits.path() + ": " + e.getMessage());
        }
        if (r == SaveAs.Result.EXISTS) {
            out.put("ok", false).put("exists", true).put("original", original);
            out.put("message", edits.path() + (original ? " is the spec this page was opened from" : " exists")
                    + ": replace it?");
            send(ex, 409, bytes(out));
            return;
        }
        out.put("ok", true).put("saved", edits.path()).put("message", "Saved " + edits.path()
                + (edits.texts().isEmpty() && edits.steps().isEmpty() ? " (no edits: the spec as it is)" : ""));
        send(ex, 201, bytes(out));
    }

    private static byte[] error(String message) {
        ObjectNode out = JSON.createObjectNode();
        out.put("ok", false);
        out.putArray("errors").addObject().putNull("field").put("message", message);
        return bytes(out);
    }

    private static byte[] bytes(ObjectNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        send(ex, status, body, "application/json; charset=utf-8");
    }

    private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }
}

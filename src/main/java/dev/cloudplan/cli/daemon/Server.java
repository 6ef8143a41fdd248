package dev.cloudplan.cli.daemon;

import dev.cloudplan.cli.Environment;
import dev.cloudplan.cli.Main;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The background JVM's server: listens on 127.0.0.1 for one checkout's launcher, runs what it is sent through
 * {@link Main#run} as if in a JVM of its own, one run at a time, and stops when idle, asked, or its jar changes.
 */
public final class Server implements AutoCloseable {
    /** Where the port file lives, which jar this JVM runs (and must stop for when it changes), which java ran it. */
    public record Config(Path stateDir, Path jar, String java, Duration idle) {}

    /**
     * Variables that change what a run prints beyond what {@link Environment} carries: the output charset and the
     * time zone "today" is read in are this JVM's, fixed at its start, so a caller with others runs in-process.
     */
    private static final List<String> PINNED = List.of("LANG", "LC_ALL", "LC_CTYPE", "TZ");

    private final Config config;
    private final ServerSocket socket;
    private final PortFile portFile;
    private final JarStamp jarAtStart;
    /** Runs share static caches and the catalog folder; one at a time keeps them as a single process sees them. */
    private final ReentrantLock runs = new ReentrantLock(true);
    private final AtomicInteger busy = new AtomicInteger();
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cloudplan-daemon-request");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastActivity = System.nanoTime();
    /** Why this JVM stops taking runs, once it does. */
    private volatile String stopping;
    /** What in-process runs would decode arguments and encode output with (Java's own choice for this locale). */
    private final Charset argumentCharset = charset(System.getProperty("sun.jnu.encoding"));
    private final Charset outputCharset = Charset.defaultCharset();
    /** New files get the creating process's mask, which is this JVM's, not the caller's: they must agree. */
    private final String umask = umask();

    private Server(Config config, ServerSocket socket) throws IOException {
        this.config = config;
        this.socket = socket;
        this.jarAtStart = JarStamp.of(config.jar());
        this.portFile = PortFile.write(config.stateDir(), socket.getLocalPort(), config.java());
    }

    /** Binds an ephemeral port on the loopback address only and publishes it (with a fresh token) in the port file. */
    public static Server start(Config config) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try {
            return new Server(config, socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    String token() {
        return portFile.token();
    }

    /** Serves until idle for the configured time, stopped, or the jar changed; then unpublishes itself. */
    public String serve() throws IOException {
        socket.setSoTimeout(1000);
        try {
            while (true) {
                String reason = reasonToStop();
                if (reason != null && busy.get() == 0) {
                    return reason;
                }
                Socket s;
                try {
                    s = socket.accept();
                } catch (SocketTimeoutException e) {
                    continue;
                }
                busy.incrementAndGet();
                lastActivity = System.nanoTime();
                handlers.execute(() -> handle(s));
            }
        } finally {
            close();
        }
    }

    private String reasonToStop() {
        if (stopping != null) {
            return stopping;
        }
        if (!jarAtStart.equals(JarStamp.of(config.jar()))) {
            return "the jar changed";
        }
        if (!portFile.published()) {
            return "the port file is gone"; // no launcher can find this JVM any more
        }
        if (System.nanoTime() - lastActivity >= config.idle().toNanos()) {
            return "idle for " + config.idle().toSeconds() + " s";
        }
        return null;
    }

    private void handle(Socket s) {
        try (s) {
            s.setSoTimeout(5000); // a client that connects and says nothing must not hold a thread
            OutputStream out = new BufferedOutputStream(s.getOutputStream());
            out.write(Request.GREETING.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(s.getInputStream());
            if (!portFile.matches(Request.token(in, StandardCharsets.UTF_8))) {
                return; // no answer at all: whoever it is learns nothing
            }
            Request request;
            OutputStream errFile;
            try {
                request = Request.read(in, argumentCharset);
                if (request.kind().equals("stop")) {
                    stopping = "asked to stop";
                    portFile.remove(); // from now on launchers run in-process and may start a successor
                    answer(out, "stopped");
                    return;
                }
                accept(request);
                errFile = open(request.replyDirectory().resolve("err"));
            } catch (Request.Declined d) {
                answer(out, "no " + d.getMessage()); // nothing has run: the client runs it itself
                // Closing with the rest of the request unread would reset the connection, and the client could
                // lose the answer: so wait for it to hang up (it does once it has read the answer).
                s.shutdownOutput();
                s.setSoTimeout(1000);
                try {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException slowToHangUp) {
                    // the answer is out; a client that neither reads nor closes only loses its own connection
                }
                return;
            }
            try (errFile) { // closed before the socket: the client reads it once the socket closes
                answer(out, "ok");
                s.setSoTimeout(0);
                run(request, out, errFile);
            }
        } catch (Request.Declined | IOException e) {
            System.err.println("cloudplan daemon: a request failed: " + e);
        } finally {
            lastActivity = System.nanoTime();
            busy.decrementAndGet();
        }
    }

    /** Whether this JVM can run the request as an in-process run would; else why not (nothing has run). */
    private void accept(Request request) throws Request.Declined {
        if (stopping == null && !jarAtStart.equals(JarStamp.of(config.jar()))) {
            stopping = "the jar changed"; // a jar rebuilt under a running JVM could load classes of two builds
        }
        if (stopping != null) {
            portFile.remove();
            throw new Request.Declined("stopping");
        }
        for (String name : PINNED) {
            if (!Objects.equals(System.getenv(name), request.variables().get(name))) {
                throw new Request.Declined("locale");
            }
        }
        if (!umask.isEmpty() && !umask.equals(request.umask())) {
            throw new Request.Declined("umask");
        }
        if (inProcessOnly(request.args())) {
            throw new Request.Declined("in-process");
        }
        Path reply = request.replyDirectory();
        if (!Files.isDirectory(reply) || !Files.isWritable(reply)) {
            throw new Request.Declined("reply-directory");
        }
    }

    /**
     * Commands that must have a process of their own: benchmarks time and measure the JVM they run in (and start
     * launchers that would wait for this one), and catalog update and import report progress on standard error
     * as they go and promise a peak heap per process; serve runs until stopped, which would hold every other run.
     */
    static boolean inProcessOnly(List<String> args) {
        if (args.isEmpty()) {
            return false;
        }
        return args.get(0).equals("bench") || args.get(0).equals("serve")
                || args.get(0).equals("catalog") && args.size() > 1 && List.of("update", "import").contains(args.get(1));
    }

    private void run(Request request, OutputStream out, OutputStream errFile) throws IOException {
        runs.lock();
        int code;
        try {
            PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, outputCharset));
            PrintWriter stderr = new PrintWriter(new OutputStreamWriter(errFile, outputCharset));
            Environment env = new Environment(Clock.systemDefaultZone(), request.variables(),
                    Path.of(System.getProperty("user.home")), request.terminal(), request.workingDirectory());
            try {
                code = Main.run(request.args().toArray(String[]::new), stdout, stderr, env);
            } catch (RuntimeException | LinkageError e) {
                stderr.println("internal error: " + e + " (please report it; CLOUDPLAN_DAEMON=0 runs without the"
                        + " background JVM)");
                code = Main.INTERNAL_ERROR;
            }
            stdout.flush();
            stderr.flush();
        } finally {
            runs.unlock();
        }
        // Written before the socket closes: the client reads it when standard output ends.
        PortFile.replace(request.replyDirectory().resolve("code"), code + "\n");
    }

    private static OutputStream open(Path file) throws Request.Declined {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new Request.Declined("reply-directory");
        }
    }

    /** This process's file-creation mask, or empty where the system does not say (then it is not compared). */
    static String umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("Umask:")) {
                    return line.substring("Umask:".length()).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: nothing to compare
        }
        return "";
    }

    private static void answer(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static Charset charset(String name) {
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    @Override
    public void close() throws IOException {
        if (stopping == null) {
            stopping = "closed";
        }
        handlers.shutdown();
        try {
            socket.close();
        } finally {
            portFile.remove();
        }
    }

    /** What identifies a build of the jar without reading it. */
    private record JarStamp(long modified, long size) {
        static JarStamp of(Path jar) {
            try {
                return new JarStamp(Files.getLastModifiedTime(jar).toMillis(), Files.size(jar));
            } catch (IOException e) {
                return new JarStamp(-1, -1);
            }
        }
    }
}

package dev.cloudplan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan bench serve}: recompute latency of the what-if server under concurrent clients moving sliders. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load test of 'cloudplan serve': starts it on 127.0.0.1 (a JVM of its own, any",
                "free port) for each spec, then --clients clients each post slider moves in a",
                "closed loop: a client sends its next edit when the last one is answered, after",
                "--think-ms. A client drags one of the page's sliders a step at a time, now",
                "and then switches to another slider or goes back to the spec's values, so its",
                "edits accumulate as a user's do. Untimed warm-up first. Prints p50, p95, p99 and",
                "max of the recompute requests, their throughput, the share answered from the",
                "server's kept answers, those answered 422 (a value the spec reader refuses,",
                "such as a count of 0: a valid answer, timed with the rest), failures (any",
                "other status or no answer), the CPU the server and the clients spent per",
                "request, and the machine and its load. The clients speak HTTP/1.1 over",
                "keep-alive sockets of their own (--http-client lean); --http-client jdk uses",
                "the JDK's HttpClient, which costs the shared cores more per answer."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench serve",
                "  cloudplan bench serve --spec examples/learning-app.yaml --clients 50 --seconds 30",
                "  cloudplan bench serve --think-ms 0     # no pause between a client's requests",
                "  cloudplan bench serve --warmup 15      # the first seconds after start, JIT still compiling",
                "  cloudplan bench serve --spec examples/dashboard.yaml --http-client jdk"})
public final class ServeBench implements Callable<Integer> {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
    /** The options ./cloudplan starts serve with; kept equal to the launcher's by ServeBenchCliTest. */
    static final String SERVE_JVM = "-XX:+UseSerialGC -XX:-UsePerfData -Xmn320m";
    private static final Pattern TOKEN = Pattern.compile("data-token=\"([0-9a-f]+)\"");

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--spec", split = ",", defaultValue = "examples/learning-app.yaml,examples/chat-mvp.yaml,"
            + "examples/llm-chat.yaml,examples/dashboard.yaml", description = "specs to serve, one after the other"
            + " (default: ${DEFAULT-VALUE})")
    List<Path> specs;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "timed seconds per spec (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "60", description = "untimed seconds per spec first (default:"
            + " ${DEFAULT-VALUE}: under 50 clients on 2 cores the JIT's optimising compiler takes about that long to"
            + " reach the code a recompute runs; 15 shows the server still warming)")
    int warmup;

    @Option(names = "--think-ms", defaultValue = "100", description = "pause of a client between an answer and its next"
            + " edit (default: ${DEFAULT-VALUE}; the page itself waits 40 ms after a slider moves before it sends)")
    int thinkMs;

    /** How the clients send: their own keep-alive sockets, or the JDK's HttpClient. */
    enum HttpClientKind { lean, jdk }

    @Option(names = "--http-client", defaultValue = "lean", description = "lean (a keep-alive socket per client) or jdk"
            + " (java.net.http.HttpClient) (default: ${DEFAULT-VALUE})")
    HttpClientKind httpClient;

    @Option(names = "--server-jvm", paramLabel = "OPTIONS", description = "JVM options of the server instead of the"
            + " launcher's (default: ${DEFAULT-VALUE}), split at spaces", defaultValue = SERVE_JVM)
    String serverJvm;

    @Option(names = "--threads", paramLabel = "N", description = "the server's --threads (default: serve's own)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the clients' moves (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        out.println("| spec | requests | per second | kept answers | invalid | p50 ms | p95 ms | p99 ms | max ms | failed"
                + " | server CPU ms/request | clients CPU ms/request |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        for (Path spec : specs) {
            Process server = start(spec, serverJvm, threads);
            try {
                String url = url(server, command);
                Target t = target(url);
                run(t, warmup, seed);
                long server0 = cpuNanos(server.toHandle());
                long clients0 = cpuNanos(ProcessHandle.current());
                Result r = run(t, seconds, seed + 1);
                double n = Math.max(1, r.latencies.length);
                out.printf("| %s | %d | %.0f | %.0f%% | %d | %.1f | %.1f | %.1f | %.1f | %d | %.2f | %.2f |%n", spec,
                        r.latencies.length, r.latencies.length / (double) seconds, 100.0 * r.kept / n, r.invalid,
                        pct(r.latencies, 50), pct(r.latencies, 95), pct(r.latencies, 99), pct(r.latencies, 100),
                        r.errors, (cpuNanos(server.toHandle()) - server0) / 1e6 / n,
                        (cpuNanos(ProcessHandle.current()) - clients0) / 1e6 / n);
                out.flush();
            } finally {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        }
        out.println();
        out.println(clients + " clients, closed loop, " + thinkMs + " ms think time; " + warmup + " s warm-up then "
                + seconds + " s timed per spec; latency from sending the request to the last byte of its answer;"
                + " clients: " + (httpClient == HttpClientKind.lean ? "a keep-alive socket each" : "the JDK's HttpClient")
                + "; CPU per request: the process's CPU time over the timed seconds / requests.");
        String launcher = serverJvm.equals(SERVE_JVM) ? ", full JIT, as ./cloudplan starts serve" : "";
        out.println("Server: its own JVM (" + serverJvm.trim() + launcher + "), "
                + (threads == null ? "serve's default" : threads) + " threads, on the same machine as the clients.");
        out.println("Machine: " + Machine.describe() + "; load average " + load());
        return 0;
    }

    /** The CPU time a process has used so far, in nanoseconds (0 where the system does not say). */
    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The server in a JVM of its own, as the launcher starts it, on any free port. */
    private static Process start(Path spec, String jvmOptions, Integer threads) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmOptions.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.cloudplan.cli.Main", "serve",
                spec.toString(), "--port", "0"));
        if (threads != null) {
            command.addAll(List.of("--threads", threads.toString()));
        }
        command.removeIf(String::isEmpty);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The URL serve prints when it listens; a server that exits first was refused its options (said above). */
    private static String url(Process server, CommandSpec command) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        // JVM options such as a flight recording may print first.
        String first = null;
        for (int i = 0; i < 20; i++) {
            String line = r.readLine();
            if (line == null) {
                break;
            }
            first = first == null ? line : first;
            Matcher m = URL.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (first == null) {
            // The JVM or serve refused an option and said why on standard error, just above.
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "the server exited before it"
                    + " listened (its message is above): check --server-jvm and --threads");
        }
        throw new IOException("serve did not start: " + first);
    }

    /** The page's token and the fields that have a slider. */
    private record Target(HttpClient http, URI recompute, String token, List<String> sliders) {}

    private Target target(String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher tm = TOKEN.matcher(page);
        if (!tm.find()) {
            throw new IOException("no token in the page");
        }
        List<String> sliders = new ArrayList<>();
        for (String chunk : page.split("<div class=\"field\" data-id=\"")) {
            int q = chunk.indexOf('"');
            int end = chunk.indexOf("<p class=\"error\"");
            if (q > 0 && end > 0 && chunk.substring(0, end).contains("type=\"range\"")) {
                sliders.add(chunk.substring(0, q).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&"));
            }
        }
        return new Target(http, URI.create(url + "api/recompute"), tm.group(1), sliders);
    }

    /** What the clients measured: each request's milliseconds, those answered from kept answers, the failures. */
    private record Result(double[] latencies, long kept, long invalid, long errors) {}

    private Result run(Target t, int forSeconds, long runSeed) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<double[]> times = new ArrayList<>();
        long[] kept = new long[clients];
        long[] errors = new long[clients];
        long[] invalid = new long[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            List<Double> mine = new ArrayList<>();
            Thread th = new Thread(() -> {
                Client client = new Client(t, new Random(runSeed * 1_000 + id), httpClient);
                while (!stop.get()) {
                    try {
                        long t0 = System.nanoTime();
                        LeanHttp.Answer r = client.next();
                        mine.add((System.nanoTime() - t0) / 1e6);
                        if (r.status() == 422) {
                            invalid[id]++;
                        } else if (r.status() != 200) {
                            errors[id]++;
                        }
                        if (r.kept()) {
                            kept[id]++;
                        }
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs);
                        }
                    } catch (IOException e) {
                        errors[id]++;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                client.close();
                synchronized (times) {
                    times.add(mine.stream().mapToDouble(Double::doubleValue).toArray());
                }
            }, "bench-client-" + c);
            threads.add(th);
            th.start();
        }
        Thread.sleep(forSeconds * 1000L);
        stop.set(true);
        for (Thread th : threads) {
            th.join();
        }
        double[] all = times.stream().flatMapToDouble(Arrays::stream).toArray();
        Arrays.sort(all);
        return new Result(all, Arrays.stream(kept).sum(), Arrays.stream(invalid).sum(), Arrays.stream(errors).sum());
    }

    /** One user dragging sliders: a step at a time, now and then another slider, now and then back to the spec. */
    private static final class Client {
        private final Target t;
        private final Random random;
        private final Map<String, Integer> steps = new TreeMap<>();
        private final LeanHttp lean;
        private String dragging;
        private int direction;

        Client(Target t, Random random, HttpClientKind kind) {
            this.t = t;
            this.random = random;
            this.lean = kind == HttpClientKind.lean ? new LeanHttp(t.recompute(), t.token()) : null;
        }

        void close() {
            if (lean != null) {
                lean.close();
            }
        }

        LeanHttp.Answer next() throws IOException, InterruptedException {
            if (dragging == null || random.nextInt(10) == 0) {
                dragging = t.sliders().get(random.nextInt(t.sliders().size()));
                direction = random.nextBoolean() ? 1 : -1;
            }
            if (random.nextInt(40) == 0) {
                steps.clear();
            }
            int step = steps.getOrDefault(dragging, 0) + direction;
            if (Math.abs(step) > 20) {
                direction = -direction;
                step = steps.getOrDefault(dragging, 0) + direction;
            }
            if (step == 0) {
                steps.remove(dragging);
            } else {
                steps.put(dragging, step);
            }
            StringBuilder body = new StringBuilder("{\"steps\":{");
            steps.forEach((k, v) -> body.append(body.charAt(body.length() - 1) == '{' ? "" : ",").append('"')
                    .append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(v));
            body.append("}}");
            if (lean != null) {
                return lean.post(body.toString());
            }
            HttpRequest req = HttpRequest.newBuilder(t.recompute()).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Cloudplan-Token", t.token())
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            HttpResponse<byte[]> r = t.http().send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new LeanHttp.Answer(r.statusCode(), "yes".equals(r.headers().firstValue("X-Cloudplan-Kept")
                    .orElse("")), r.body().length);
        }
    }

    /** The 1, 5 and 15-minute load averages (Linux), since other work on the machine moves every figure. */
    private static String load() {
        try {
            String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}

package dev.cloudplan.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.cli.Environment;
import dev.cloudplan.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background JVM's server on 127.0.0.1, driven by a client speaking the launcher's protocol. */
class ServerTest {
    static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

    @TempDir
    Path tmp;

    Path state;
    Path jar;
    Path reply;
    Map<String, String> vars;
    Server server;
    CompletableFuture<String> serving;

    @BeforeEach
    void start() throws IOException {
        state = Files.createDirectories(tmp.resolve("state"));
        jar = Files.writeString(tmp.resolve("cloudplan.jar"), "a build");
        reply = Files.createDirectories(tmp.resolve("reply"));
        vars = Client.variables(Map.of("CLOUDPLAN_HOME", tmp.resolve("home").toString()));
        serve(Duration.ofMinutes(5));
    }

    void serve(Duration idle) throws IOException {
        server = Server.start(new Server.Config(state, jar, "/usr/bin/java", idle));
        Server s = server;
        serving = CompletableFuture.supplyAsync(() -> {
            try {
                return s.serve();
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        serving.get(10, TimeUnit.SECONDS);
    }

    Client.Reply remote(Path cwd, String... args) throws IOException {
        return Client.run(server.port(), server.token(), cwd, reply, vars, args);
    }

    /** The same run in this JVM, as ./cloudplan with CLOUDPLAN_DAEMON=0 would make it. */
    Client.Reply local(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(Clock.systemDefaultZone(), vars, Path.of(System.getProperty("user.home")),
                false, cwd);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Client.Reply("ok", out.toString(), err.toString(), code);
    }

    @Test
    void aRun_printsAndExitsExactlyAsInProcess_goodSpec_badSpec_incomplete_help() throws IOException {
        Path spec = EXAMPLES.resolve("learning-app.yaml");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "region: us-east-1\nhorizon: forever\n");
        Path incomplete = Files.writeString(tmp.resolve("incomplete.yaml"), Files.readString(spec)
                .replaceFirst("(?m)^        purchase: on-demand$", "        purchase: compute-savings-plan 3yr no-upfront"));
        List<String[]> runs = List.of(new String[] {"compare", spec.toString()},
                new String[] {"compare", spec.toString(), "--format", "json"},
                new String[] {"compare", bad.toString()},
                new String[] {"compare", incomplete.toString(), "--require-complete"},
                new String[] {"--help"}, new String[] {"estimate", spec.toString(), "-a", "nope"});
        for (String[] args : runs) {
            Client.Reply remote = remote(tmp, args);
            assertThat(remote).as(String.join(" ", args)).isEqualTo(local(tmp, args));
        }
        assertThat(remote(tmp, "compare", spec.toString()).code()).isZero();
        assertThat(remote(tmp, "compare", bad.toString())).satisfies(r -> {
            assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).startsWith("error: " + bad);
            assertThat(r.out()).isEmpty();
        });
        assertThat(remote(tmp, "compare", incomplete.toString(), "--require-complete").code()).isEqualTo(Main.INCOMPLETE);
    }

    @Test
    void concurrentRuns_eachGetTheirOwnOutput() throws Exception {
        Path spec = EXAMPLES.resolve("learning-app.yaml");
        Client.Reply expected = local(tmp, "compare", spec.toString());
        List<CompletableFuture<Client.Reply>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path own = Files.createDirectories(tmp.resolve("reply-" + i));
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Client.run(server.port(), server.token(), tmp, own, vars, "compare", spec.toString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (CompletableFuture<Client.Reply> r : runs) {
            assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    @Test
    void relativePaths_resolveAgainstTheSentWorkingDirectory_notTheServers() throws IOException {
        Client.Reply r = remote(EXAMPLES, "compare", "learning-app.yaml");
        assertThat(r.code()).isZero();
        assertThat(r).isEqualTo(local(EXAMPLES, "compare", "learning-app.yaml"));

        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.copy(EXAMPLES.resolve("learning-app.yaml"), work.resolve("spec.yaml"));
        assertThat(remote(work, "compare", "spec.yaml", "-o", "plan.md", "-f", "markdown").code()).isZero();
        assertThat(work.resolve("plan.md")).content().contains("Learning app");
        assertThat(Path.of("plan.md")).doesNotExist();

        Client.Reply missing = remote(work, "compare", "nope.yaml");
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).startsWith("error: nope.yaml:1:1: no such file");
    }

    @Test
    void aWrongToken_getsNoAnswer_andRunsNothing() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.copy(EXAMPLES.resolve("learning-app.yaml"), work.resolve("spec.yaml"));
        Client.Reply r = Client.run(server.port(), "0".repeat(48), work, reply, vars, "compare", "spec.yaml", "-o",
                "plan.md");
        assertThat(r.answer()).isNull();
        assertThat(work.resolve("plan.md")).doesNotExist();
        assertThat(reply.resolve("err")).doesNotExist();
        assertThat(remote(work, "--version").out()).startsWith("cloudplan ");
    }

    @Test
    void portFile_isOwnerOnly_andNamesPortTokenJavaAndPid() throws IOException {
        Path file = state.resolve(PortFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).containsExactly(String.valueOf(server.port()), server.token(),
                "/usr/bin/java", String.valueOf(ProcessHandle.current().pid()));
    }

    @Test
    void declines_whatMustRunInProcess_andOtherLocales_withoutRunningIt() throws IOException {
        assertThat(remote(tmp, "bench", "startup").answer()).isEqualTo("no in-process");
        assertThat(remote(tmp, "catalog", "import", "x.json").answer()).isEqualTo("no in-process");
        assertThat(remote(tmp, "catalog", "update").answer()).isEqualTo("no in-process");
        vars = new java.util.HashMap<>(vars);
        vars.put("TZ", "Pacific/Kiritimati");
        assertThat(remote(tmp, "--version").answer()).isEqualTo("no locale");
        vars = Client.variables(Map.of());
        assertThat(Client.run(server.port(), server.token(), tmp, "0777", reply, vars, "--version").answer())
                .isEqualTo(Server.umask().isEmpty() ? "ok" : "no umask");
        assertThat(reply.resolve("err")).doesNotExist();
        List<String> otherVersion = List.of(server.token(), "2", "run");
        assertThat(Client.send(server.port(), otherVersion, reply).answer()).isEqualTo("no version");
    }

    @Test
    void stopsWhenIdle_andUnpublishesItself() throws Exception {
        server.close();
        serving.get(10, TimeUnit.SECONDS);
        serve(Duration.ofSeconds(1));
        assertThat(remote(tmp, "--version").code()).isZero();
        assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("idle for 1 s");
        assertThat(state.resolve(PortFile.NAME)).doesNotExist();
    }

    @Test
    void stopsWhenAsked_orWhenTheJarChanges() throws Exception {
        assertThat(Client.send(server.port(), List.of(server.token(), "1", "stop"), reply).answer()).isEqualTo("stopped");
        assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("asked to stop");

        serve(Duration.ofMinutes(5));
        Files.writeString(jar, "another build, another size");
        assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("the jar changed");
        assertThat(state.resolve(PortFile.NAME)).doesNotExist();
    }

    @Test
    void idleSeconds_fromTheEnvironment_withADefault() {
        assertThat(DaemonMain.idle("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(DaemonMain.idle(null)).isEqualTo(DaemonMain.DEFAULT_IDLE);
        assertThat(DaemonMain.idle("soon")).isEqualTo(DaemonMain.DEFAULT_IDLE);
    }
}

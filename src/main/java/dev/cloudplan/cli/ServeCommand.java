package dev.cloudplan.cli;

import dev.cloudplan.spec.SpecReader;
import dev.cloudplan.web.WhatIfServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** {@code cloudplan serve}: the what-if web UI on this machine (docs/serve.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a what-if page for the spec on this machine: the HTML report of",
                "'compare --format html' beside a form of the workload drivers, the horizon and",
                "budget and the architectures' settings (fields, and sliders from x0.1 to x10",
                "of the spec's value). Every edit prices the comparison again; a value the",
                "spec reader refuses is shown at its field with the command line's message,",
                "and the report keeps the last valid values. 'Save as' writes the edited spec",
                "as a new YAML file (the spec's text with the edited values replaced, comments",
                "kept), and replaces an existing one only when you confirm. The spec file",
                "itself is never changed. Runs until Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan serve examples/learning-app.yaml",
                "      # then open http://127.0.0.1:8631/",
                "  cloudplan serve examples/chat-mvp.yaml --port 0    # any free port, printed",
                "  cloudplan serve examples/llm-chat.yaml --catalog 2026-12-01",
                "",
                "It listens on 127.0.0.1 only, unless --host says otherwise; it answers",
                "requests for its own host name and page only. See docs/serve.md."})
class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8631;

    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML), e.g. examples/learning-app.yaml")
    Path specFile;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT, description = "the port to listen"
            + " on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "the address to listen"
            + " on (default: ${DEFAULT-VALUE}, this machine only). Another one lets other machines edit the plan and"
            + " save files where this process may write: give one only on a network you trust")
    String host;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "requests handled at once; more"
            + " wait (default: ${DEFAULT-VALUE})")
    int threads;

    @Mixin
    CatalogOptions catalogOptions;

    private final Environment env;

    ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        try (WhatIfServer server = start(err)) {
            out.println("Serving the what-if page of " + specFile + " at " + server.uri() + " (Ctrl-C to stop)");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return Main.OK;
    }

    /** Reads the spec as compare does (its mistakes are refused here, exit 2), then listens. */
    WhatIfServer start(PrintWriter err) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new UserError("--port " + port + " is not a port", Main.BAD_INPUT, "give 1 to 65535, or 0 for any"
                    + " free port (default " + DEFAULT_PORT + ")");
        }
        if (threads < 1 || threads > 64) {
            throw new UserError("--threads " + threads + " is out of range", Main.BAD_INPUT, "give 1 to 64 (default 8)");
        }
        Path path = env.resolve(specFile);
        new SpecReader(region -> catalogOptions.load(env, region), LocalDate.now(env.clock()))
                .read(specFile.toString(), path);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        WhatIf engine = new WhatIf(specFile.toString(), env, region -> catalogOptions.load(env, region));
        WhatIfServer.Config config = new WhatIfServer.Config(host, port, threads, specFile.toString(), path,
                env.workingDirectory());
        if (!WhatIfServer.loopback(host)) {
            err.println("warning: --host " + host + ": the what-if page is open to other machines that reach this"
                    + " address; they can change the plan and save files where this process may write");
            err.flush();
        }
        try {
            return WhatIfServer.start(config, text, engine, err);
        } catch (BindException e) {
            throw new UserError("cannot listen on " + host + ":" + port + ": " + Messages.of(e), Main.BAD_INPUT,
                    "give another port with --port, or --port 0 for any free one");
        } catch (java.net.UnknownHostException e) {
            throw new UserError("--host " + host + " is not an address of this machine", Main.BAD_INPUT,
                    "leave --host out (127.0.0.1), or give one of this machine's addresses");
        }
    }
}

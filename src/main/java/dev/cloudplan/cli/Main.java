package dev.cloudplan.cli;

import dev.cloudplan.spec.SpecException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.cloudplan.bench.BenchCommand;
import dev.cloudplan.catalogio.CatalogFormatException;
import dev.cloudplan.catalogio.CatalogStore;
import dev.cloudplan.pricelist.FetchException;
import dev.cloudplan.pricelist.OfferFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cloudplan} command: workload and budget in, an explained cost plan per architecture out. */
@Command(name = "cloudplan", mixinStandardHelpOptions = true, version = "cloudplan 0.1.0",
        description = {"Turns a workload and budget into an explained, month-by-month AWS cost plan",
                "for candidate architectures, and compares them. Prices come from a dated",
                "catalog (see 'cloudplan catalog show')."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan compare examples/learning-app.yaml",
                "  cloudplan estimate examples/learning-app.yaml -a serverless --explain",
                "  cloudplan compare examples/learning-app.yaml --format json -o plan.json",
                "  cloudplan sweep examples/learning-app.yaml --vary requests=1M..1B --log",
                "  cloudplan serve examples/learning-app.yaml   # what-if page on 127.0.0.1",
                "  cloudplan commitments examples/commitments.yaml",
                "  cloudplan decide examples/llm-chat-scale.yaml --format markdown",
                "  cloudplan audit docs/seeds/claims/000.yaml --format markdown   # a hand-made estimate checked",
                "  cloudplan montecarlo examples/dashboard-ranges.yaml   # ranges: P10/P50/P90",
                "  cloudplan catalog update          # fetch current AWS prices",
                "  cloudplan catalog import FILE...  # or import offer files downloaded elsewhere",
                "  cloudplan catalog show",
                "",
                "Exit codes: 0 ok, 1 internal error, 2 bad input,",
                "  3 over budget (--fail-over-budget),",
                "  4 incomplete: a price is missing (--require-complete, or --fail-over-budget",
                "    when the fit is unknown),",
                "  5 prices could not be downloaded (catalog update),",
                "  6 a claim differs beyond rounding (audit --fail-on-difference).",
                "Spec format: docs/spec.md. JSON output: docs/json-output.md."})
public final class Main {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int OVER_BUDGET = 3;
    public static final int INCOMPLETE = 4;
    public static final int FETCH_FAILED = 5;
    /** A claim differs from cloudplan beyond rounding ({@code audit --fail-on-difference}). */
    public static final int DIFFERENCES = 6;

    /** The subcommands, by name; added in {@link #run} rather than by annotation (see there). */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private Main() {}

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("estimate", EstimateCommand.class);
        m.put("compare", CompareCommand.class);
        m.put("capacity", CapacityCommand.class);
        m.put("sweep", SweepCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("commitments", CommitmentsCommand.class);
        m.put("decide", DecideCommand.class);
        m.put("audit", AuditCommand.class);
        m.put("montecarlo", MonteCarloCommand.class);
        m.put("catalog", CatalogCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return m;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Environment.system()));
    }

    /** Runs the command line with the given streams and environment (tests pass their own). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
        CommandLine cli = new CommandLine(Main.class, new Factory(env));
        // picocli builds the model of every subcommand it is given, by reflection, before parsing: a run
        // that names its subcommand first gets only that one (the model of all of them was a fifth of the
        // start-up). Anything else (help, no or an unknown command) gets them all, so usage and "did you
        // mean" messages are the same as before.
        Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (only != null && only != CommandLine.HelpCommand.class) {
            cli.addSubcommand(args[0], only);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SpecException s) {
                err.println("error: " + s.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UserError u) {
                err.println("error: " + u.getMessage());
                return u.exitCode();
            }
            if (e instanceof OfferFormatException || e instanceof CatalogFormatException
                    || e instanceof CatalogStore.UnknownCatalogException) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                // The home, a file or a folder that cannot be read or written: the environment, not a bug.
                Exception io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
                err.println("error: cannot read or write a file: " + Messages.of(io)
                        + "\n  fix: check the file's or folder's permissions and free space");
                return BAD_INPUT;
            }
            if (e instanceof FetchException) {
                err.println("error: " + e.getMessage());
                return FETCH_FAILED;
            }
            err.println("internal error: " + e + " (please report it with the spec that caused it;"
                    + " set CLOUDPLAN_DEBUG=1 for a stack trace)");
            if (env.variables().get("CLOUDPLAN_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The spec limits keep input from getting here; if something still does, the user gets a sentence.
            err.println("internal error: " + e.getClass().getSimpleName() + " (please report it with the spec that"
                    + " caused it)");
            code = INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Gives commands that ask for it the environment, so "today" and the catalog folder are injectable. */
    private record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var constructor = cls.getDeclaredConstructor(Environment.class);
                return constructor.newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}

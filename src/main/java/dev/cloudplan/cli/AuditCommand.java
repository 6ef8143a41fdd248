package dev.cloudplan.cli;

import dev.cloudplan.catalogio.LimitsLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.audit.AuditDocument;
import dev.cloudplan.core.audit.AuditDocument.Section;
import dev.cloudplan.core.audit.AuditException;
import dev.cloudplan.core.audit.Auditor;
import dev.cloudplan.core.audit.Cause;
import dev.cloudplan.core.audit.Claim;
import dev.cloudplan.core.audit.Finding;
import dev.cloudplan.core.audit.PriceFacts;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.report.AuditData;
import dev.cloudplan.report.AuditRenderer;
import dev.cloudplan.report.AuditReport;
import dev.cloudplan.spec.ClaimsReader;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecException;
import dev.cloudplan.spec.SpecReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec.Target;

/** {@code cloudplan audit}: a hand-made estimate's figures set against cloudplan's, each difference with its cause. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Set a hand-made estimate's figures (a claims file: docs/audit.md) against cloudplan's: each"
                + " claimed line, component, month or year beside cloudplan's figure, the difference split by cause (a"
                + " price that is wrong or out of date, another region's price, a free tier that does not apply or was"
                + " missed, a unit or rounding mistake, a cost left out, a quantity derived differently), with the"
                + " arithmetic of both sides, ranked by the money involved. --format markdown writes the whole"
                + " write-up (docs/seeds/*.md are this output)."},
        footerHeading = "%nExamples:%n",
        footer = {"  cloudplan audit docs/seeds/claims/000.yaml",
                "  cloudplan audit docs/seeds/claims/000.yaml --format markdown -o docs/seeds/000.md",
                "  cloudplan audit docs/seeds/claims/000.yaml --format json",
                "  cloudplan audit docs/seeds/claims/000.yaml --format csv --fail-on-difference",
                "",
                "Exit codes: 0 audited (whatever the differences), 2 bad claims file or spec,",
                "  6 a difference beyond rounding was found (--fail-on-difference)."})
final class AuditCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec(Target.SELF)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "CLAIMS", description = "the claims file (YAML), e.g."
            + " docs/seeds/claims/000.yaml; it names the spec that prices the estimate")
    Path claimsFile;

    @Mixin
    OutputOptions output;

    @Mixin
    CatalogOptions catalogOptions;

    @Option(names = "--fail-on-difference", description = "exit with 6 when a claim differs from cloudplan by more"
            + " than its rounding, or a cost was left out")
    boolean failOnDifference;

    private final Environment env;

    AuditCommand(Environment env) {
        this.env = env;
    }

    /** A spec read and priced: every architecture's projection, and the catalog it was priced with. */
    private record Priced(Spec spec, PriceCatalog prices, List<Projection> projections) {}

    @Override
    public Integer call() {
        AuditDocument doc = ClaimsReader.read(claimsFile.toString(), env.resolve(claimsFile));
        Map<String, Priced> priced = new HashMap<>();
        Priced main = price(doc.spec(), priced);
        PriceFacts facts = new PriceFacts(catalogOptions.load(env).prices().withPrices(main.spec().statedPrices()),
                main.spec().scenario().region());
        Auditor auditor = new Auditor(facts);
        List<AuditReport.Part> parts = new ArrayList<>();
        boolean differs = false;
        for (Section s : doc.sections()) {
            if (s instanceof Section.Text t) {
                parts.add(new AuditReport.Text(t.heading(), t.text()));
            } else if (s instanceof Section.Summary sum) {
                Priced p = sum.spec() == null ? main : price(sum.spec(), priced);
                checkMonths(sum, p.spec());
                parts.add(new AuditReport.Summary(sum.heading(), sum.months(), p.projections()));
            } else if (s instanceof Section.Run run) {
                parts.add(new AuditReport.Run(run.heading(), run.command(), run.fence(),
                        run(run, main.prices().info().date())));
            } else if (s instanceof Section.Claims c) {
                List<Finding> findings = audit(auditor, c, main.projections());
                differs |= findings.stream().anyMatch(f -> f.parts().stream().anyMatch(p -> p.cause() != Cause.AGREES
                        && p.cause() != Cause.ROUNDING && p.cause() != Cause.NOT_PRICED));
                parts.add(new AuditReport.Findings(c.heading(), c.architecture(), c.intro(), findings));
            }
        }
        AuditReport report = new AuditReport(doc, claimsFile.toString(), main.prices().info(), parts);
        String text = switch (output.format) {
            case MARKDOWN -> AuditRenderer.markdown(report);
            case JSON -> AuditData.json(report);
            case CSV -> AuditData.csv(report);
            case HTML -> dev.cloudplan.report.MarkdownPage.html(doc.title(), AuditRenderer.markdown(report));
            default -> AuditRenderer.table(report);
        };
        Output.write(text, output.output, env.resolve(output.output), command.commandLine().getOut(), output.force);
        return failOnDifference && differs ? Main.DIFFERENCES : Main.OK;
    }

    /** The spec at {@code file} (read against the working folder) priced, once per file. */
    private Priced price(String file, Map<String, Priced> cache) {
        Priced known = cache.get(file);
        if (known != null) {
            return known;
        }
        LoadedCatalog[] loaded = new LoadedCatalog[1];
        Spec spec = new SpecReader(region -> loaded[0] = catalogOptions.load(env, region), LocalDate.now(env.clock()))
                .read(file, env.resolve(Path.of(file)));
        PriceCatalog prices = loaded[0].prices().withPrices(spec.statedPrices());
        Estimator estimator = new Estimator(prices, LimitsLoader.with(loaded[0].instanceTypes()));
        List<Projection> projections = new ArrayList<>();
        spec.scenario().architectures().forEach(a -> projections.add(ReportingCommand.estimate(estimator, spec, a)));
        Priced out = new Priced(spec, prices, projections);
        cache.put(file, out);
        return out;
    }

    private static void checkMonths(Section.Summary sum, Spec spec) {
        int horizon = spec.scenario().horizonMonths();
        for (int month : sum.months()) {
            if (month > horizon) {
                throw located(sum.place(), "summary: month " + month + " is outside the horizon of " + horizon
                        + " months of " + spec.file(), "give months from 1 to " + horizon);
            }
        }
    }

    private static List<Finding> audit(Auditor auditor, Section.Claims c, List<Projection> projections) {
        Projection p = projections.stream().filter(x -> x.architecture().equals(c.architecture())).findFirst()
                .orElseThrow(() -> located(c.place(), "no architecture '" + c.architecture() + "' in the spec",
                        "it has: " + String.join(", ", projections.stream().map(Projection::architecture).toList())));
        try {
            return auditor.audit(p, c.claims());
        } catch (AuditException e) {
            throw located(e.place(), e.getMessage(), e.fix());
        }
    }

    private static SpecException located(Claim.Place place, String problem, String fix) {
        return new SpecException(place.file(), place.line(), place.column(), problem, fix);
    }

    /**
     * Another command run in this JVM; its output, or an error where it is written. It sees the catalog's date as
     * today, so that a write-up does not change from one day to the next ("read 2026-12-01 (0 days ago)").
     */
    private String run(Section.Run run, LocalDate catalogDate) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment fixed = new Environment(Clock.fixed(catalogDate.atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC), env.variables(), env.userHome(), false, env.workingDirectory());
        int code = Main.run(words(run.command()).toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                fixed);
        if (code != Main.OK) {
            throw located(run.place(), "run: '" + run.command() + "' ended with exit code " + code + ": "
                    + err.toString().strip(), "correct the command; it runs as ./cloudplan " + run.command());
        }
        return out.toString();
    }

    /** A command line split into words: spaces separate, double quotes group. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (any) {
                    out.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(ch);
                any = true;
            }
        }
        if (any) {
            out.add(word.toString());
        }
        return out;
    }
}

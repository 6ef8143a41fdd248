package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogLoader;
import dev.cloudplan.catalogio.LoadedCatalog;
import dev.cloudplan.core.catalog.PriceCatalog;
import dev.cloudplan.core.projection.Estimator;
import dev.cloudplan.core.projection.Projection;
import dev.cloudplan.report.Format;
import dev.cloudplan.report.RenderOptions;
import dev.cloudplan.report.Report;
import dev.cloudplan.spec.Limits;
import dev.cloudplan.spec.Spec;
import dev.cloudplan.spec.SpecReader;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan bench horizon}: time to read, price and render a spec against its horizon. */
@Command(name = "horizon", mixinStandardHelpOptions = true,
        description = {"Measure read + price + render time against the horizon. Prices 10",
                "architectures (every main template) with a growing workload and stored data",
                "that accumulates with retention, in process after a warm-up, for each horizon;",
                "prints the median of --runs runs. Horizons past the spec limit of 120 months",
                "are allowed here only."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench horizon", "  cloudplan bench horizon --months 12,120 --runs 9"})
public final class HorizonBench implements Callable<Integer> {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] TEMPLATES = {"api-lambda-dynamodb", "ec2-dynamodb", "dynamodb-on-demand",
        "dynamodb-provisioned", "postgres-eks", "dynamodb-postgres-analytics", "fargate-alb-rds", "fargate-spot-alb-rds",
        "fargate-alb-aurora", "chat-mvp"};

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--months", split = ",", defaultValue = "12,36,120,600", description = "horizons (default: ${DEFAULT-VALUE})")
    int[] months;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs per horizon (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--write-specs", paramLabel = "DIR", description = "only write the benchmark's spec for each"
            + " horizon to DIR (horizon-N.yaml), e.g. to time the command line or another version on them")
    java.nio.file.Path writeSpecs;

    /** The benchmark's spec: every template, a workload growing 3% a month, stored data written and kept a year. */
    static String spec(int horizon) {
        StringBuilder s = new StringBuilder("name: horizon benchmark\nregion: us-east-1\nstart: 2027-01\nhorizon: "
                + horizon + " months\nbudget: 50,000 USD/year\n"
                + "workload:\n  users: {total: 200K, active: {start: 10K, growth: 1%/month}, concurrent: 2K}\n"
                + "  requests: {start: 20M/month, growth: 1%/month}\n  request_size: 2 KB\n"
                + "  database:\n    reads_per_request: 1\n    writes_per_request: 0.2\n    item_size: 1 KB\n"
                + "    stored: {initial: 5 GB, add: {start: 2 GB/month, growth: 1%/month}, keep: 1 year}\n"
                + "  uploads: {start: 100K/month, add: 5K/month}\n"
                + "  static_assets: {per_upload: 2 MB, keep: 6 months}\n  static_requests: 10M/month\n"
                + "  egress: {start: 200 GB/month, growth: 1%/month}\n  dns_queries: 5M/month\n"
                + "architectures:\n");
        for (int i = 0; i < TEMPLATES.length; i++) {
            s.append("  - {name: a").append(i).append(", template: ").append(TEMPLATES[i]).append("}\n");
        }
        return s.toString();
    }

    /** One read, price and render; returns the seconds of each step and their total. */
    static double[] once(LoadedCatalog catalog, String text, int horizon) {
        long t0 = System.nanoTime();
        Spec spec = new SpecReader(catalog, TODAY, Limits.DEFAULT.withHorizon(Math.max(horizon, 120)))
                .read("horizon-bench.yaml", text);
        long t1 = System.nanoTime();
        PriceCatalog prices = catalog.prices().withPrices(spec.statedPrices());
        Estimator estimator = new Estimator(prices);
        List<Projection> projections = new ArrayList<>();
        spec.scenario().architectures().forEach(a -> projections.add(estimator.estimate(spec.scenario(), a)));
        long t2 = System.nanoTime();
        Report report = new Report(spec.scenario(), prices.info(), TODAY, projections, true);
        String json = Format.JSON.renderer().render(report, new RenderOptions(false, 1));
        if (json.isEmpty()) {
            throw new IllegalStateException("empty report");
        }
        long t3 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9};
    }

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = command.commandLine().getOut();
        if (writeSpecs != null) {
            java.nio.file.Files.createDirectories(writeSpecs);
            for (int h : months) {
                java.nio.file.Files.writeString(writeSpecs.resolve("horizon-" + h + ".yaml"), spec(h));
            }
            out.println("Wrote " + months.length + " specs to " + writeSpecs);
            return 0;
        }
        LoadedCatalog catalog = CatalogLoader.bundled();
        for (int i = 0; i < 3; i++) {
            once(catalog, spec(36), 36); // warm-up: class loading and the JIT, which a one-off CLI run also pays
        }
        out.println("| horizon (months) | read s | price s | render s | total s | ms per month |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        for (int h : months) {
            String text = spec(h);
            double[][] t = new double[runs][];
            for (int r = 0; r < runs; r++) {
                t[r] = once(catalog, text, h);
            }
            Arrays.sort(t, java.util.Comparator.comparingDouble(x -> x[3]));
            double[] median = t[runs / 2];
            out.printf("| %d | %.3f | %.3f | %.3f | %.3f | %.2f |%n", h, median[0], median[1], median[2], median[3],
                    median[3] * 1000 / h);
            out.flush();
        }
        out.println("10 architectures; the run with the median total of " + runs + ", in process after a warm-up.");
        out.println("Machine: " + Machine.describe() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        return 0;
    }
}

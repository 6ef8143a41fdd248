package dev.cloudplan.bench;

import dev.cloudplan.catalogio.CatalogStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan bench}: measurements behind docs/benchmarks.md, run on the user's own machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see docs/benchmarks.md).",
        subcommands = {BenchCommand.ImportBench.class, StartupBench.class, HorizonBench.class, FuzzBench.class,
            MonteCarloBench.class, EngineBench.class, ServeBench.class, SweepBench.class})
public final class BenchCommand {
    private BenchCommand() {}

    /** {@code cloudplan bench import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Measure Price List import throughput against jq and cat.",
                    "Generates a synthetic AmazonEC2 offer file in the official schema, then reads it three ways:",
                    "'cat FILE > /dev/null' (the disk and page-cache limit), \"jq -c '.products | length'\", and",
                    "'cloudplan catalog import' in a separate JVM limited to --heap (default 256 MB).",
                    "Prints throughput in MB/s and the importer's peak heap."},
            footerHeading = "%nExamples:%n", footer = {"  cloudplan bench import", "  cloudplan bench import --size-mb 2048 --dir /data/tmp"})
    public static final class ImportBench implements Callable<Integer> {
        private static final Pattern STATS = Pattern.compile("Read ([0-9.]+) MB in ([0-9.]+) s: ([0-9.]+) MB/s; peak heap ([0-9.]+) MB");

        @picocli.CommandLine.Spec
        CommandSpec command;

        @Option(names = "--size-mb", defaultValue = "1024", description = "size of the synthetic file (default: ${DEFAULT-VALUE})")
        long sizeMb;

        @Option(names = "--dir", description = "where to write it (default: the system's temporary folder)")
        Path dir;

        @Option(names = "--heap", defaultValue = "256m", description = "-Xmx of the importing JVM (default: ${DEFAULT-VALUE})")
        String heap;

        @Option(names = "--keep", description = "keep the generated file and catalog")
        boolean keep;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = command.commandLine().getOut();
            Path work = Files.createTempDirectory(dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dir,
                    "cloudplan-bench-");
            Path file = work.resolve("AmazonEC2-synthetic.json");
            try {
                long t0 = System.nanoTime();
                SyntheticOfferFile.Written w = SyntheticOfferFile.write(file, sizeMb * 1_000_000L);
                out.printf("Generated %s: %.1f MB, %d products (%d Linux/Shared/Used ones cloudplan keeps) in %.1f s%n",
                        file, w.bytes() / 1e6, w.products(), w.selectable(), seconds(t0));
                out.flush();
                double mb = w.bytes() / 1e6;
                List<String[]> rows = new ArrayList<>();
                timed(List.of("sh", "-c", "cat '" + file + "' > /dev/null"), null); // warms the page cache for all three
                double cat = timed(List.of("sh", "-c", "cat '" + file + "' > /dev/null"), null);
                rows.add(row("cat FILE > /dev/null", cat, mb, "-"));
                double jq = Double.NaN;
                try {
                    jq = timed(List.of("jq", "-c", ".products | length", file.toString()), null);
                    rows.add(row("jq -c '.products | length'", jq, mb, "-"));
                } catch (IOException e) {
                    rows.add(new String[] {"jq -c '.products | length'", "not installed", "", "", ""});
                }
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                StringBuilder output = new StringBuilder();
                double wall = timed(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                        "dev.cloudplan.cli.Main", "catalog", "import", file.toString(), "--catalog-dir",
                        work.resolve("catalogs").toString(), "--name", "bench", "--no-activate", "--stats"), output);
                Matcher m = STATS.matcher(output);
                if (!m.find()) {
                    out.println("The import did not finish as expected; its output:\n" + output);
                    return 1;
                }
                double importSeconds = Double.parseDouble(m.group(2));
                String peak = m.group(4) + " MB (-Xmx" + heap + ")";
                rows.add(row("cloudplan catalog import (reading)", importSeconds, mb, peak));
                rows.add(row("cloudplan catalog import (whole run, JVM start to catalog written)", wall, mb, peak));
                out.println();
                out.println("| tool | seconds | MB/s | peak heap |");
                out.println("|---|---:|---:|---|");
                for (String[] r : rows) {
                    out.println("| " + String.join(" | ", r[0], r[1], r[2], r[3]) + " |");
                }
                if (!Double.isNaN(jq)) {
                    out.printf("%nImport throughput is %.1fx jq's (goal: at least 3x) and %.0f%% of cat's.%n",
                            jq / importSeconds, cat / importSeconds * 100);
                }
                out.println("Machine: " + Machine.describe());
                return 0;
            } finally {
                if (!keep) {
                    CatalogStore.deleteTree(work);
                } else {
                    out.println("Kept " + work);
                }
            }
        }

        private static String[] row(String tool, double seconds, double mb, String heap) {
            return new String[] {tool, String.format("%.2f", seconds), String.format("%.1f", mb / seconds), heap};
        }

        private static double seconds(long start) {
            return (System.nanoTime() - start) / 1e9;
        }

        /** Runs a command to completion; its standard output goes to {@code output} (or is discarded). */
        private static double timed(List<String> cmd, StringBuilder output) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            if (output == null) {
                pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (output != null) {
                output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            int code = p.waitFor();
            double s = seconds(t0);
            if (code != 0) {
                throw new IOException(String.join(" ", cmd) + " exited with " + code
                        + (output != null ? ": " + output : ""));
            }
            return s;
        }

    }
}

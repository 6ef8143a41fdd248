package dev.cloudplan.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.cloudplan.cli.Environment;
import dev.cloudplan.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Runs fuzz cases through the real entry point, {@link Main#run}, in process, and checks what issue 9 asks of
 * every run: exit code 0, 2, 3 or 4; no stack trace or internal error in any output; every exit-2 message at a
 * line and column of the spec; no case over the time bound; and for every exit-0 case, valid output in every
 * format (JSON and CSV parsed, table and Markdown non-empty).
 */
public final class Fuzzer {
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|internal error");
    private static final Pattern LOCATED = Pattern.compile("^error: .*spec\\.yaml:([1-9][0-9]*):([1-9][0-9]*): ");
    private static final String[] FORMATS = {"table", "markdown", "json", "csv"};

    /** One run that broke a rule: the case, the rule, and what the run printed. */
    public record Failure(long index, String kind, String rule, String detail) {}

    /** What a run of many cases found. */
    public record Summary(long cases, Map<Integer, Long> exitCodes, List<Failure> failures, long slowestMillis,
            long seconds) {}

    private final FuzzCases cases;
    private final Path dir;
    private final Duration limit;
    private final Environment env;
    private ExecutorService runner = newRunner();

    /** @param dir a folder of its own: each case's spec is written there as spec.yaml */
    public Fuzzer(List<String> examples, long seed, Path dir, Duration limit) {
        this.cases = new FuzzCases(examples, seed);
        this.dir = dir;
        this.limit = limit;
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        // A home of its own with no imported catalogs: the fuzzer never reads or changes the user's.
        this.env = new Environment(clock, Map.of(), dir.resolve("home"), false);
    }

    /** Runs cases {@code from} to {@code from + count - 1}; {@code progress} is told every 1,000. */
    public Summary run(long from, long count, PrintWriter progress) throws IOException {
        long started = System.nanoTime();
        Map<Integer, Long> codes = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        long slowest = 0;
        try {
            for (long i = from; i < from + count; i++) {
                FuzzCases.Case c = cases.make(i);
                Path spec = dir.resolve("spec.yaml");
                Files.write(spec, c.spec());
                long t0 = System.nanoTime();
                Run run = run(spec, c.args());
                slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
                codes.merge(run.code, 1L, Long::sum);
                check(c, run, spec, failures);
                if (progress != null && (i - from + 1) % 1_000 == 0) {
                    progress.printf("%,d cases, %d failures, %.0f s%n", i - from + 1, failures.size(),
                            (System.nanoTime() - started) / 1e9);
                    progress.flush();
                }
            }
        } finally {
            runner.shutdownNow();
        }
        return new Summary(count, codes, failures, slowest, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** The case itself, to write out and run again by hand. */
    public FuzzCases.Case make(long index) {
        return cases.make(index);
    }

    private record Run(int code, String out, String err, boolean timedOut) {}

    private Run run(Path spec, List<String> options) {
        List<String> args = new ArrayList<>();
        args.add(options.get(0));
        args.add(spec.toString());
        args.addAll(options.subList(1, options.size()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Future<Integer> f = runner.submit(() -> Main.run(args.toArray(String[]::new), new PrintWriter(out),
                new PrintWriter(err), env));
        try {
            return new Run(f.get(limit.toMillis(), TimeUnit.MILLISECONDS), out.toString(), err.toString(), false);
        } catch (TimeoutException e) {
            f.cancel(true);
            runner.shutdownNow();
            runner = newRunner(); // the stuck thread is a daemon; the next case gets a fresh one
            return new Run(-1, out.toString(), err.toString(), true);
        } catch (ExecutionException e) {
            return new Run(-2, out.toString(), err + "\nthrown out of Main.run: " + e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-3, "", "interrupted", false);
        }
    }

    private void check(FuzzCases.Case c, Run run, Path spec, List<Failure> failures) {
        String all = run.out + run.err;
        if (run.timedOut) {
            failures.add(new Failure(c.index(), c.kind(), "over the time bound of " + limit.toMillis() + " ms", ""));
            return;
        }
        if (run.code != 0 && run.code != 2 && run.code != 3 && run.code != 4) {
            failures.add(new Failure(c.index(), c.kind(), "exit code " + run.code, head(run.err)));
            return;
        }
        if (TRACE.matcher(all).find()) {
            failures.add(new Failure(c.index(), c.kind(), "stack trace or internal error", head(all)));
            return;
        }
        if (run.code == 2 && !LOCATED.matcher(run.err).find()) {
            failures.add(new Failure(c.index(), c.kind(), "exit 2 without line and column", head(run.err)));
            return;
        }
        if (run.code == 0) {
            for (String format : FORMATS) {
                List<String> options = new ArrayList<>(c.args());
                int at = options.indexOf("--format");
                options.set(at + 1, format);
                Run again = format.equals(c.args().get(at + 1)) ? run : run(spec, options);
                String problem = again.code != 0 ? "exit " + again.code + " in format " + format + ": " + head(again.err)
                        : invalid(format, again.out);
                if (problem != null) {
                    failures.add(new Failure(c.index(), c.kind(), "invalid " + format + " output", problem));
                    return;
                }
            }
        }
    }

    /** Null when {@code text} is a well-formed report in {@code format}, else what is wrong with it. */
    static String invalid(String format, String text) {
        if (text.isBlank()) {
            return "empty";
        }
        try {
            switch (format) {
                case "json" -> new ObjectMapper().readTree(text).path("architectures").elements().next();
                case "csv" -> {
                    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
                    try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
                        int width = rows.next().size();
                        while (rows.hasNext()) {
                            List<String> row = rows.next();
                            if (row.size() != width) {
                                return "a CSV row of " + row.size() + " fields under a header of " + width;
                            }
                        }
                    }
                }
                case "markdown" -> {
                    if (!text.startsWith("# ") || !text.contains("|")) {
                        return "no title or table";
                    }
                }
                default -> {
                    if (!text.contains("Assumptions")) {
                        return "no assumptions section";
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "cannot be parsed: " + e.getMessage();
        }
        return null;
    }

    private static String head(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...";
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }
}

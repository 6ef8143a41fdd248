package dev.cloudplan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cloudplan bench fuzz}: the fuzzer of docs/benchmarks.md, seeded and reproducible. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Run mutated examples and hostile specs through cloudplan, in process, and",
                "check every run: exit code 0, 2, 3 or 4; no stack trace; every exit-2 message",
                "at a line and column; no case over --time-limit; valid output in every format",
                "for every exit-0 case. Case N of a seed is always the same: --from N --cases 1",
                "--keep DIR runs it alone and keeps its spec. Exits 1 if any case failed."},
        footerHeading = "%nExamples:%n", footer = {"  cloudplan bench fuzz --cases 100000 --seed 1",
                "  cloudplan bench fuzz --seed 1 --from 4711 --cases 1 --keep /tmp/case"})
public final class FuzzBench implements Callable<Integer> {
    @picocli.CommandLine.Spec
    CommandSpec command;

    @Option(names = "--cases", defaultValue = "10000", description = "how many cases (default: ${DEFAULT-VALUE})")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the cases (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--from", defaultValue = "0", description = "first case (default: ${DEFAULT-VALUE})")
    long from;

    @Option(names = "--examples", defaultValue = "examples", description = "folder of specs to mutate (default: ${DEFAULT-VALUE})")
    Path examples;

    @Option(names = "--time-limit", defaultValue = "10s", description = "longest a case may take (default: ${DEFAULT-VALUE})")
    String timeLimit;

    @Option(names = "--keep", description = "keep the working folder (the last case's spec.yaml) here")
    Path keep;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("cloudplan-fuzz-");
        Fuzzer fuzzer = new Fuzzer(readExamples(examples), seed, dir, Duration.parse("PT" + timeLimit.toUpperCase()));
        Fuzzer.Summary s = fuzzer.run(from, count, out);
        out.printf("%,d cases (seed %d, from %d) in %d s: exit codes %s; slowest case %d ms; %d failures%n", s.cases(),
                seed, from, s.seconds(), s.exitCodes(), s.slowestMillis(), s.failures().size());
        for (Fuzzer.Failure f : s.failures().subList(0, Math.min(50, s.failures().size()))) {
            out.println("case " + f.index() + " (" + f.kind() + "): " + f.rule() + "\n  " + f.detail().replace("\n", "\n  "));
        }
        out.println("Machine: " + Machine.describe());
        return s.failures().isEmpty() ? 0 : 1;
    }

    /** The examples' text, sorted by name so that a seed means the same cases everywhere. */
    static List<String> readExamples(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no .yaml files in " + folder);
        }
        return out;
    }
}

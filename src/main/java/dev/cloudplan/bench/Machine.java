package dev.cloudplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The machine the benchmarks ran on, for their reports. */
final class Machine {
    private Machine() {}

    /** Cores, CPU model (Linux), OS and Java, in one line. */
    static String describe() {
        String cpu = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ")
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // Not Linux: the model is left out.
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")";
    }
}

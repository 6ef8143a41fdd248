package dev.cloudplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/seeds/NNN.md are the audit of docs/seeds/claims/NNN.yaml, byte for byte: the write-ups stay true. */
class SeedDocsTest {
    static List<Path> claimsFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs", "seeds", "claims"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void seed000HasAClaimsFile() throws IOException {
        assertFalse(claimsFiles().isEmpty());
        assertEquals(Path.of("docs", "seeds", "claims", "000.yaml"), claimsFiles().get(0));
    }

    @ParameterizedTest
    @MethodSource("claimsFiles")
    void theSeedDocumentIsItsClaimsFileAudited(Path claims) throws IOException {
        String name = claims.getFileName().toString().replace(".yaml", "");
        Path doc = Path.of("docs", "seeds", name + ".md");
        Cli.Result r = Cli.run(Fixtures.environment(), "audit", claims.toString(), "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(doc), r.out(), doc + " is out of date; refresh it with: ./cloudplan audit "
                + claims + " --format markdown -o " + doc);
    }
}

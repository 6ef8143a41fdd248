package dev.cloudplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudplan.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output}: permissions of new and replaced files, read-only files, and no temporary file left behind. */
class OutputFileTest {
    @TempDir
    Path tmp;

    private static Cli.Result run(String... args) {
        return Cli.run(Fixtures.environment(), args);
    }

    private static Set<PosixFilePermission> mode(Path p) throws IOException {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    void newFile_getsTheUmasksPermissions_notOwnerOnly() throws IOException {
        // What the umask gives a file created without explicit permissions, measured here rather than assumed.
        Path probe = tmp.resolve("probe");
        Files.newOutputStream(probe).close();
        Path report = tmp.resolve("plan.json");
        Cli.Result r = run("compare", CliTest.EXAMPLE, "--format", "json", "-o", report.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(mode(report)).isEqualTo(mode(probe));
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("probe", "plan.json");
        }
    }

    @Test
    void replacedFile_keepsItsPermissions() throws IOException {
        Path report = tmp.resolve("plan.md");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        Cli.Result r = run("compare", CliTest.EXAMPLE, "--format", "markdown", "-o", report.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(report)).contains("# Comparison");
        assertThat(mode(report)).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
    }

    @Test
    void readOnlyFile_isNotReplaced_unlessForced() throws IOException {
        Path report = tmp.resolve("plan.csv");
        Files.writeString(report, "keep me");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        Cli.Result r = run("compare", CliTest.EXAMPLE, "--format", "csv", "-o", report.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("will not replace", "read-only", "--force");
        assertThat(Files.readString(report)).isEqualTo("keep me");

        Cli.Result forced = run("compare", CliTest.EXAMPLE, "--format", "csv", "-o", report.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(report)).startsWith("architecture,");
        assertThat(mode(report)).isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
    }

    @Test
    void aFolderAsTheOutput_isRefused() {
        Cli.Result r = run("compare", CliTest.EXAMPLE, "-o", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("it is a folder");
    }
}

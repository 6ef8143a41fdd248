package dev.cloudplan.cli.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code daemon.port} in the state folder: how the launcher finds the background JVM and proves it may use it.
 * Lines: the port, the token, the java command that started the JVM, its process id. Readable by its owner only,
 * since the token is all that keeps another user of the machine from running commands as this one.
 */
final class PortFile {
    static final String NAME = "daemon.port";

    private final Path file;
    private final String token;

    private PortFile(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    static PortFile write(Path stateDir, int port, String java) throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path file = stateDir.resolve(NAME);
        replace(file, port + "\n" + token + "\n" + java + "\n" + ProcessHandle.current().pid() + "\n");
        return new PortFile(file, token);
    }

    String token() {
        return token;
    }

    /** In constant time, so the answer's timing tells nothing about the token. */
    boolean matches(String candidate) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the file still names this JVM (a launcher removes one it could not connect to). */
    boolean published() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() > 1 && lines.get(1).equals(token);
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the file if it is still this JVM's (a newer one may have published its own meanwhile). */
    void remove() {
        try {
            if (published()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // unreadable or not removable: the launcher removes a file it cannot connect to
        }
    }

    /**
     * Writes {@code text} to {@code file} whole or not at all, owner-only from the start: a reader never sees a
     * half-written file, and the token is never readable by others, not even for a moment.
     */
    static void replace(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

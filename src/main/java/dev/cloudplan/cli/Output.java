package dev.cloudplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a report to the terminal or to a file. A file is replaced whole or not at all (written beside it, then
 * renamed over it); a new file gets the permissions the umask gives, a replaced one keeps its own, and a
 * read-only file is replaced only when asked.
 */
final class Output {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Output() {}

    /** Writes to {@code at} (the caller's {@code file}, resolved: {@link Environment#resolve}); messages name {@code file}. */
    static void write(String text, Path file, Path at, PrintWriter terminal, boolean replaceReadOnly) {
        if (file == null) {
            terminal.print(text);
            terminal.flush();
            return;
        }
        Path target = at.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("cannot write " + file + ": the folder " + dir + " does not exist", Main.BAD_INPUT);
        }
        if (Files.isDirectory(target)) {
            throw new UserError("cannot write " + file + ": it is a folder", Main.BAD_INPUT);
        }
        Set<PosixFilePermission> kept = existingPermissions(target);
        if (Files.exists(target) && !replaceReadOnly && readOnly(target, kept)) {
            throw new UserError("will not replace " + file + ": it is read-only", Main.BAD_INPUT,
                    "write to another file, make it writable, or pass --force to replace it");
        }
        Path tmp = null;
        try {
            tmp = create(dir, target.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (kept != null) {
                Files.setPosixFilePermissions(tmp, kept);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + Messages.of(e), Main.BAD_INPUT);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the report itself was written or not at all
                }
            }
        }
    }

    /** A hidden file beside the target, created without explicit permissions so that the umask applies. */
    private static Path create(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static Set<PosixFilePermission> existingPermissions(Path target) {
        if (!Files.isRegularFile(target)) {
            return null;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        try {
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /** Read-only by its mode bits, so that it holds for root too (who may write anything). */
    private static boolean readOnly(Path target, Set<PosixFilePermission> permissions) {
        return permissions != null ? !permissions.contains(PosixFilePermission.OWNER_WRITE) : !Files.isWritable(target);
    }
}

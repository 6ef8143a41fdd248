package dev.cloudplan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes an edited spec to a new file, whole or not at all: to a hidden file beside it, then linked into place,
 * which fails when the name exists, so that no file (in particular the spec being served) is replaced unless the
 * caller says so; a replacement is a rename over it.
 */
final class SaveAs {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SaveAs() {}

    /** What became of a save. */
    enum Result { WRITTEN, EXISTS }

    static Result write(Path target, String text, boolean overwrite) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        if (!overwrite && Files.exists(target)) {
            return Result.EXISTS;
        }
        // Not createTempFile: its file is private to the owner; this one gets what the umask gives, as any new file.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            if (overwrite) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return Result.WRITTEN;
            }
            try {
                // A link is made only under a name that does not exist: no race with another writer.
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                return Result.EXISTS;
            } catch (UnsupportedOperationException | IOException e) {
                if (Files.exists(target)) {
                    return Result.EXISTS;
                }
                Files.move(tmp, target);
            }
            return Result.WRITTEN;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

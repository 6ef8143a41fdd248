package dev.cloudplan.catalogio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudplan.core.catalog.CatalogInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local catalog directory: imported catalog versions side by side (one folder each), and a file
 * {@code active} naming the one estimates use. The bundled catalog is always there as {@code bundled}.
 * A version appears only once completely written (it is built in a hidden folder and renamed into
 * place), and is never modified afterwards.
 */
public final class CatalogStore {
    public static final String BUNDLED = "bundled";
    private static final String ACTIVE_FILE = "active";
    private static final String INCOMING_PREFIX = ".incoming-";
    private static final String LOCK_FILE = ".lock";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path dir;

    /** A catalog version on disk (or the bundled one, with a null path). */
    public record Version(String name, CatalogInfo info, Path path, boolean active) {}

    public CatalogStore(Path dir) {
        this.dir = dir;
    }

    /**
     * Where catalogs live: {@code --catalog-dir} if given, else {@code $CLOUDPLAN_HOME/catalogs}, else
     * {@code ~/.cloudplan/catalogs}.
     */
    public static Path directory(Path catalogDir, Map<String, String> environment, Path userHome) {
        if (catalogDir != null) {
            return catalogDir;
        }
        String home = environment.get("CLOUDPLAN_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).resolve("catalogs");
        }
        return userHome.resolve(".cloudplan").resolve("catalogs");
    }

    public Path directory() {
        return dir;
    }

    /** Null when {@code name} can be a version's name, else what is wrong with it. */
    public static String checkName(String name) {
        if (BUNDLED.equals(name)) {
            return "'bundled' is the name of the catalog shipped with cloudplan";
        }
        if (!NAME.matcher(name).matches()) {
            return "'" + name + "' is not a valid catalog name: use letters, digits, '.', '_' and '-', starting with a"
                    + " letter or digit, at most 64 characters";
        }
        return null;
    }

    /** The name of the active version: the one named in the {@code active} file, or {@code bundled}. */
    public String activeName() {
        Path file = dir.resolve(ACTIVE_FILE);
        if (!Files.isRegularFile(file)) {
            return BUNDLED;
        }
        try {
            String name = Files.readString(file, StandardCharsets.UTF_8).trim();
            return name.isEmpty() ? BUNDLED : name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every version, bundled first, then imported ones by date and name. */
    public List<Version> versions() {
        String active = activeName();
        List<Version> out = new ArrayList<>();
        out.add(new Version(BUNDLED, CatalogLoader.bundled().prices().info(), null, active.equals(BUNDLED)));
        List<Version> imported = new ArrayList<>();
        for (Path p : folders()) {
            String name = p.getFileName().toString();
            imported.add(new Version(name, info(p), p, active.equals(name)));
        }
        imported.sort(Comparator.comparing((Version v) -> v.info().date()).thenComparing(Version::name));
        out.addAll(imported);
        return out;
    }

    /** True when {@code name} is a version that can be loaded. */
    public boolean exists(String name) {
        return BUNDLED.equals(name) || Files.isRegularFile(dir.resolve(name).resolve("manifest.json"));
    }

    /** True when a new version cannot take {@code name}: a version, or anything else already at that path. */
    public boolean taken(String name) {
        return BUNDLED.equals(name) || Files.exists(dir.resolve(name));
    }

    /** Loads a version by name. */
    public LoadedCatalog load(String name) {
        return load(name, null);
    }

    /** Loads a version by name, only {@code region}'s prices (a region slice; every region when null). */
    public LoadedCatalog load(String name, String region) {
        if (BUNDLED.equals(name)) {
            return region == null ? CatalogLoader.bundled() : CatalogLoader.bundled(region);
        }
        if (!exists(name)) {
            throw new UnknownCatalogException(name, names());
        }
        return CatalogLoader.fromDirectory(dir.resolve(name), region);
    }

    public List<String> names() {
        return versions().stream().map(Version::name).toList();
    }

    /** A name for a new version made today: the date, then the date with -2, -3... */
    public String freshName(LocalDate today) {
        String base = today.toString();
        String name = base;
        for (int i = 2; taken(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** Writes a new version: {@code writer} fills a hidden folder, which is then renamed to {@code name}. */
    public Path install(String name, Writer writer) throws IOException {
        String problem = checkName(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            throw new IllegalArgumentException("a catalog named '" + name + "' already exists in " + dir
                    + "; choose another --name (versions are never overwritten)");
        }
        removeLeftovers();
        Path incoming = Files.createTempDirectory(dir, INCOMING_PREFIX + name + "-");
        // The lock tells a later run's cleanup that this folder is being written, for as long as this process lives.
        try (FileChannel lock = FileChannel.open(incoming.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var held = lock.lock()) {
            writer.writeInto(incoming);
            Files.delete(incoming.resolve(LOCK_FILE));
            syncDirectory(incoming);
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
            return target;
        } finally {
            deleteTree(incoming);
        }
    }

    /**
     * Deletes the folders of imports that were stopped, and returns how many. A folder is stale when no process
     * holds its lock (and the lock file is over a minute old); one without a lock file (its import was stopped before taking it, or is renaming it into
     * place) only once it is an hour old, so a folder another import is writing is never touched.
     */
    public int removeLeftovers() {
        int removed = 0;
        for (Path p : leftovers()) {
            try {
                if (stale(p)) {
                    deleteTree(p);
                    removed++;
                }
            } catch (IOException | UncheckedIOException e) {
                // Cannot tell or cannot delete (a read-only folder): left in place, never read as a catalog.
            }
        }
        return removed;
    }

    private static boolean stale(Path incoming) throws IOException {
        Path lockFile = incoming.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return Files.getLastModifiedTime(incoming).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)));
        }
        // An import creates its lock file, then locks it: a file that young may be in that gap.
        if (Files.getLastModifiedTime(lockFile).toInstant().isAfter(Instant.now().minus(Duration.ofMinutes(1)))) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very process is writing it
        }
    }

    /** Fills a new version's folder. */
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    /** Makes {@code name} the version estimates use, replacing the {@code active} file atomically. */
    public void activate(String name) throws IOException {
        if (!exists(name)) {
            throw new UnknownCatalogException(name, names());
        }
        load(name); // a version that cannot be read is never made the one every estimate uses
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + ACTIVE_FILE, ".tmp");
        try {
            Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
            CatalogWriter.sync(tmp);
            try {
                Files.move(tmp, dir.resolve(ACTIVE_FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(ACTIVE_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Folders left by an import that was killed; they are never read as catalogs. */
    public List<Path> leftovers() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, INCOMING_PREFIX + "*")) {
            s.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private List<Path> folders() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> Files.isDirectory(p)
                && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p.resolve("manifest.json")))) {
            s.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static CatalogInfo info(Path folder) {
        try {
            JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
            return new CatalogInfo(m.path("name").asText(folder.getFileName().toString()),
                    LocalDate.parse(m.path("date").asText()), m.path("source").asText());
        } catch (IOException | RuntimeException e) {
            throw new CatalogFormatException(folder.resolve("manifest.json") + ": " + e.getMessage(), e);
        }
    }

    private static void syncDirectory(Path d) {
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the rename itself is still atomic.
        }
    }

    /** Deletes {@code root} and everything below it, if it exists (leftover imports, benchmark scratch folders). */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Asked for a version that is not there. */
    public static final class UnknownCatalogException extends RuntimeException {
        public UnknownCatalogException(String name, List<String> known) {
            super("no catalog named '" + name + "'; catalogs here: " + String.join(", ", known)
                    + " (see 'cloudplan catalog show')");
        }
    }
}

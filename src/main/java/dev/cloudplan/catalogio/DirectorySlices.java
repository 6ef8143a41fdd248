package dev.cloudplan.catalogio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Catalogs read from disk, kept by folder and region while their files are unchanged. A run in a JVM of its own
 * reads a catalog once anyway; the background JVM serves many runs, and reading a large imported catalog again
 * for each (a 6 MB scan) would cost more than the rest of the run.
 */
final class DirectorySlices {
    /** A few: a user prices a region or two with one or two catalog versions at a time. */
    private static final int KEPT = 4;
    /**
     * Files written this recently are not kept: modification times advance by a clock tick of a few milliseconds,
     * so a file rewritten within the tick it was read in would look unchanged. Older than this, any rewrite shows.
     */
    private static final long SETTLED_MILLIS = 2_000;

    private record Key(Path dir, String region) {}

    /** What identifies the files as read: each one's name, inode, size and modification time. */
    private record Entry(List<Object> stamp, LoadedCatalog catalog) {}

    private static final Map<Key, Entry> ENTRIES = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > KEPT;
        }
    };

    private DirectorySlices() {}

    /** {@code dir}'s catalog (only {@code region}'s prices when not null), read by {@code load} unless kept. */
    static LoadedCatalog get(Path dir, String region, Supplier<LoadedCatalog> load) {
        Key key = new Key(dir.toAbsolutePath().normalize(), region);
        List<Object> stamp = stamp(key.dir());
        if (stamp == null) {
            return load.get(); // unreadable or just written: read as if never kept (the loader says what is wrong)
        }
        synchronized (ENTRIES) {
            Entry kept = ENTRIES.get(key);
            if (kept != null && kept.stamp().equals(stamp)) {
                return kept.catalog();
            }
        }
        // Stamped before reading: a file changed meanwhile is read again next time.
        LoadedCatalog loaded = load.get();
        synchronized (ENTRIES) {
            ENTRIES.put(key, new Entry(stamp, loaded));
        }
        return loaded;
    }

    private static List<Object> stamp(Path dir) {
        long settled = System.currentTimeMillis() - SETTLED_MILLIS;
        try (Stream<Path> files = Files.list(dir)) {
            List<Object> stamp = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                if (a.lastModifiedTime().toMillis() > settled) {
                    return null;
                }
                stamp.add(List.of(f.getFileName().toString(), String.valueOf(a.fileKey()), a.size(),
                        a.lastModifiedTime()));
            }
            return stamp;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

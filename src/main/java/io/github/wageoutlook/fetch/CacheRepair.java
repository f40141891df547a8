package io.github.wageoutlook.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a cache folder and its index in step, under the cache lock: nothing valid is deleted, and nothing is
 * deleted silently.
 * <ul>
 *   <li>An index that is missing, cut or garbled, or that lacks a line for a file in the folder, is rebuilt from the
 *       files it can verify ({@link FileCheck}: a zip that opens, a workbook that opens, a CPI file with its header):
 *       such a file gets a line naming BLS's own address for it and its modification time as when it was fetched.
 *       The damaged index, and every file that cannot be verified (not a file this library fetches, or not of its
 *       kind), are moved to {@value BlsCache#SET_ASIDE}/ and reported.</li>
 *   <li>A download's temporary {@code .part} file is locked by its process while it is written; one that no live
 *       process holds and that has not changed for {@link #STALE_PART} is the leftover of a process that was killed,
 *       and is removed.</li>
 * </ul>
 */
final class CacheRepair {
    /** How long an unlocked {@code .part} file stays: a new one is locked a moment after it is created. */
    static final Duration STALE_PART = Duration.ofMinutes(1);
    /**
     * The {@code .part} files this process writes: never opened by the clean-up, since closing any channel on a file
     * releases every lock the process holds on it (POSIX record locks), the writer's among them.
     */
    static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static final Pattern OEWS = Pattern.compile("oesm(\\d\\d)(nat|st|ma|all|in4)\\.zip");

    private CacheRepair() {
    }

    /** Whether a folder entry is a cached file (not the index, the lock, a temporary file or a folder). */
    static boolean isCachedFile(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.equals(BlsCache.INDEX) && Files.isRegularFile(p);
    }

    /** @return whether the folder holds a cached file the index has no line for */
    static boolean hasUnindexed(Path directory, Map<String, CacheEntry> index) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path p : files) {
                if (isCachedFile(p) && !index.containsKey(p.getFileName().toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Brings an index into step with the folder (call under the cache lock).
     *
     * @param read the index as read
     * @return the repaired index, or empty when nothing needed repair
     */
    static Optional<Map<String, CacheEntry>> reconcile(Path directory, CacheIndex.Read read, DownloadListener listener)
            throws IOException {
        Map<String, CacheEntry> index = new LinkedHashMap<>(read.entries());
        TreeSet<String> unindexed = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path p : files) {
                if (isCachedFile(p) && !index.containsKey(p.getFileName().toString())) {
                    unindexed.add(p.getFileName().toString());
                }
            }
        }
        if (!read.damaged() && unindexed.isEmpty()) {
            return Optional.empty();
        }
        List<String> setAside = new ArrayList<>();
        if (read.damaged()) {
            setAside(directory, BlsCache.INDEX);
            setAside.add(BlsCache.INDEX + " (damaged: " + read.damage() + ")");
        }
        List<String> rebuilt = new ArrayList<>();
        for (String name : unindexed) {
            Path path = directory.resolve(name);
            Optional<BlsFile> file = named(name);
            Optional<String> problem = file.isEmpty() ? Optional.of("not a file this library fetches")
                    : FileCheck.problem(file.get(), path);
            if (problem.isPresent()) {
                setAside(directory, name);
                setAside.add(name + " (" + problem.get() + ")");
            } else {
                index.put(name, new CacheEntry(name, BlsSite.official().url(file.get()),
                        Files.getLastModifiedTime(path).toInstant(), Files.size(path), BlsCache.sha256(path), "", ""));
                rebuilt.add(name);
            }
        }
        String state = read.damaged() ? "was damaged (" + read.damage() + ")" : read.present()
                ? "had no line for files in the folder" : "was missing";
        listener.note("the cache index " + directory.resolve(BlsCache.INDEX) + " " + state + "; "
                + (rebuilt.isEmpty() ? "no file without a line could be verified"
                : "its lines were rebuilt from the files it could verify: " + String.join(", ", rebuilt))
                + (setAside.isEmpty() ? "" : "; set aside in " + directory.resolve(BlsCache.SET_ASIDE)
                + ", not deleted: " + String.join(", ", setAside)));
        return Optional.of(index);
    }

    /** The file a cached file's name is, when it is one this library fetches. */
    static Optional<BlsFile> named(String fileName) {
        Matcher m = OEWS.matcher(fileName);
        if (m.matches()) {
            int year = 2000 + Integer.parseInt(m.group(1));
            String suffix = m.group(2);
            for (OewsFile.Kind k : OewsFile.Kind.values()) {
                if (k.zipSuffix().equals(suffix) && year >= OewsFile.FIRST_YEAR) {
                    return Optional.of(new OewsFile(year, k));
                }
            }
            return Optional.empty();
        }
        if (fileName.equals(ProjectionsFile.latest().fileName())) {
            return Optional.of(ProjectionsFile.latest());
        }
        try {
            return fileName.startsWith("cu.") ? Optional.of(new CpiFile(fileName)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Moves a file into the set-aside folder, under a new name when one of its name is there already. */
    private static void setAside(Path directory, String name) throws IOException {
        Path folder = Files.createDirectories(directory.resolve(BlsCache.SET_ASIDE));
        Path target = folder.resolve(name);
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(name + "." + n);
        }
        CacheIndex.move(directory.resolve(name), target);
    }

    /**
     * Removes the {@code .part} files no live process writes (call under the cache lock, so that no index is being
     * written either).
     *
     * @return the files removed
     */
    static List<Path> removeStaleParts(Path directory) throws IOException {
        List<Path> removed = new ArrayList<>();
        Instant unchangedSince = Instant.now().minus(STALE_PART);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, ".*" + BlsCache.PART)) {
            for (Path p : parts) {
                try {
                    if (WRITING.contains(p.toAbsolutePath().normalize())
                            || !Files.getLastModifiedTime(p).toInstant().isBefore(unchangedSince)) {
                        continue;
                    }
                    try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE);
                         FileLock lock = channel.tryLock()) {
                        if (lock != null) {
                            Files.delete(p);
                            removed.add(p);
                        }
                    }
                } catch (OverlappingFileLockException | NoSuchFileException alive) {
                    // written by this process, or gone already
                } catch (IOException e) {
                    // cannot tell: left for a later opening
                }
            }
        }
        return removed;
    }
}

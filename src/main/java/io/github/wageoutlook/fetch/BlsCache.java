package io.github.wageoutlook.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The folder where files fetched from BLS are kept, with an index ({@value #INDEX}) of what was fetched, when,
 * from where, its size and SHA-256.
 *
 * <p>Nothing half-written ever carries a cached file's name: a download goes to a temporary {@code .part} file in
 * the same folder and is renamed over the final name only once complete and checked (an atomic rename on the
 * same file system); the index is rewritten the same way. A cached file whose size or SHA-256 no longer matches
 * its index line is corrupt: {@link #verified(BlsFile)} deletes it, so that it is fetched again. Two processes
 * sharing a cache serialise their index updates with a file lock.
 *
 * <pre>{@code
 * BlsCache cache = BlsCache.at(BlsCache.defaultDirectory());
 * cache.entries().forEach(System.out::println);   // what `fetch --list` prints
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class BlsCache {
    /** The index file's name inside the cache folder. */
    public static final String INDEX = "index.json";
    private static final String LOCK = ".lock";
    private static final String PART = ".part";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, Object> PROCESS_LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path directory;
    private final Disk disk;

    private BlsCache(Path directory, Disk disk) {
        this.directory = directory;
        this.disk = disk;
    }

    /**
     * The file-system calls a download makes in the cache folder, replaceable in tests: a full disk or a read-only
     * folder cannot be made on demand (a test may run as root, and a small file system needs privileges), so a test
     * passes one that fails as the real file system does ({@code IOException("No space left on device")}).
     */
    interface Disk {
        /** The real file system. */
        Disk REAL = new Disk() {
        };

        /**
         * @param file the file being written
         * @param out the real stream
         * @return the stream a download writes to
         */
        default OutputStream writer(Path file, OutputStream out) {
            return out;
        }

        /**
         * @param folder the cache folder
         * @return the bytes free for this process there
         */
        default long usableSpace(Path folder) throws IOException {
            return Files.getFileStore(folder).getUsableSpace();
        }
    }

    /**
     * A cache in a folder (created on first write).
     *
     * @param directory the folder
     * @return the cache
     */
    public static BlsCache at(Path directory) {
        return at(directory, Disk.REAL);
    }

    /** A cache on a given file system (for tests). */
    static BlsCache at(Path directory, Disk disk) {
        return new BlsCache(Objects.requireNonNull(directory, "directory must not be null").toAbsolutePath()
                .normalize(), disk);
    }

    /** @return the file-system calls of downloads */
    Disk disk() {
        return disk;
    }

    /**
     * The user's cache folder for this library: {@code $XDG_CACHE_HOME/wage-outlook} or
     * {@code ~/.cache/wage-outlook} on Linux and other Unix systems, {@code ~/Library/Caches/wage-outlook} on macOS,
     * {@code %LOCALAPPDATA%\wage-outlook\cache} on Windows.
     *
     * @return the folder (not created)
     */
    public static Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null && !local.isBlank() ? local : home, "wage-outlook", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "wage-outlook");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "wage-outlook")
                : Path.of(home, ".cache", "wage-outlook");
    }

    /** @return the cache folder */
    public Path directory() {
        return directory;
    }

    /**
     * Where a file is kept (whether or not it is there).
     *
     * @param file the file
     * @return its path in the cache
     */
    public Path pathOf(BlsFile file) {
        return directory.resolve(file.fileName());
    }

    /**
     * The index: every cached file with when, from where, size and SHA-256, by file name. An index that cannot be
     * read is treated as empty (its files are then fetched again).
     *
     * @return the entries, sorted by file name
     */
    public List<CacheEntry> entries() {
        return List.copyOf(readIndex().values());
    }

    /**
     * The index line of a file.
     *
     * @param fileName the file's name
     * @return its entry, if it was fetched
     */
    public Optional<CacheEntry> entry(String fileName) {
        return Optional.ofNullable(readIndex().get(fileName));
    }

    /**
     * The cached copy of a file, checked against its index line (size and SHA-256). A copy that fails the check,
     * or a file without an index line, is deleted with its line, and the answer is empty: fetch it again.
     *
     * @param file the file
     * @return the verified entry, or empty when the file is not (or no longer) usable
     * @throws FetchException if the cache folder cannot be read or cleaned
     */
    public Optional<CacheEntry> verified(BlsFile file) {
        Path path = pathOf(file);
        Optional<CacheEntry> entry = entry(file.fileName());
        try {
            if (entry.isEmpty()) {
                Files.deleteIfExists(path);
                return Optional.empty();
            }
            CacheEntry e = entry.get();
            if (Files.isRegularFile(path) && Files.size(path) == e.size() && sha256(path).equals(e.sha256())) {
                return entry;
            }
            forget(file.fileName());
            return Optional.empty();
        } catch (IOException e) {
            throw new CacheFolderException(directory, "read", e);
        }
    }

    /**
     * Whether a file's cached copy is corrupt: it has an index line, but the file is missing or its size or SHA-256
     * differs (checked without deleting anything).
     *
     * @param file the file
     * @return true when the copy does not match its index line
     */
    public boolean isCorrupt(BlsFile file) {
        Optional<CacheEntry> entry = entry(file.fileName());
        if (entry.isEmpty()) {
            return false;
        }
        Path path = pathOf(file);
        try {
            return !Files.isRegularFile(path) || Files.size(path) != entry.get().size()
                    || !sha256(path).equals(entry.get().sha256());
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Deletes a file and its index line.
     *
     * @param fileName the file's name
     * @throws FetchException if the cache cannot be written
     */
    public void forget(String fileName) {
        withLock(index -> {
            try {
                Files.deleteIfExists(directory.resolve(fileName));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index.remove(fileName);
            return true;
        });
    }

    /** A new temporary file for a download of {@code file}, in the cache folder (so that the rename is atomic). */
    Path newPart(BlsFile file) throws IOException {
        Files.createDirectories(directory);
        removeStaleParts(file);
        return Files.createTempFile(directory, "." + file.fileName() + ".", PART);
    }

    /** Deletes {@code .part} files of the file left over a day ago by a process that was killed mid-download. */
    private void removeStaleParts(BlsFile file) throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "." + file.fileName() + ".*" + PART)) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Moves a complete download into place and writes its index line, atomically each.
     *
     * @param file the file
     * @param part the complete temporary file (moved away)
     * @param entry its index line
     * @return the cached path
     */
    Path store(BlsFile file, Path part, CacheEntry entry) {
        Path target = pathOf(file);
        withLock(index -> {
            try {
                move(part, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index.put(entry.fileName(), entry);
            return true;
        });
        return target;
    }

    /**
     * Records that a cached file was confirmed unchanged on BLS's server now.
     *
     * @param entry its current line
     * @return the updated line
     */
    CacheEntry touch(CacheEntry entry) {
        CacheEntry now = new CacheEntry(entry.fileName(), entry.url(), Instant.now(), entry.size(), entry.sha256(),
                entry.lastModified(), entry.etag());
        withLock(index -> {
            index.put(now.fileName(), now);
            return true;
        });
        return now;
    }

    /** Runs an index update under the process lock and the file lock, then rewrites the index atomically. */
    private void withLock(java.util.function.Predicate<Map<String, CacheEntry>> update) {
        // A file lock is held per JVM, so threads (and other BlsCache objects on the same folder) queue here first.
        synchronized (PROCESS_LOCKS.computeIfAbsent(directory, d -> new Object())) {
            lockedUpdate(update);
        }
    }

    private void lockedUpdate(java.util.function.Predicate<Map<String, CacheEntry>> update) {
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                Map<String, CacheEntry> index = readIndex();
                if (update.test(index)) {
                    writeIndex(index);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new CacheFolderException(directory, "write to", io);
        }
    }

    private Map<String, CacheEntry> readIndex() {
        if (CacheFolderException.fileInPlace(directory).isPresent()) {
            throw new CacheFolderException(directory, "read", null);
        }
        Map<String, CacheEntry> out = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(directory.resolve(INDEX), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            return out;
        }
        for (JsonNode n : root.path("files")) {
            try {
                CacheEntry e = new CacheEntry(n.path("name").asText(), URI.create(n.path("url").asText()),
                        Instant.parse(n.path("fetchedAt").asText()), n.path("size").asLong(-1),
                        n.path("sha256").asText(), n.path("lastModified").asText(""), n.path("etag").asText(""));
                out.put(e.fileName(), e);
            } catch (RuntimeException skipped) {
                // A damaged line is dropped: its file has no line any more and is fetched again.
            }
        }
        return out;
    }

    private void writeIndex(Map<String, CacheEntry> index) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        index.values().stream().sorted(Comparator.comparing(CacheEntry::fileName)).forEach(e -> files.addObject()
                .put("name", e.fileName()).put("url", e.url().toString()).put("fetchedAt", e.fetchedAt().toString())
                .put("size", e.size()).put("sha256", e.sha256()).put("lastModified", e.lastModified())
                .put("etag", e.etag()));
        Path tmp = Files.createTempFile(directory, "." + INDEX + ".", PART);
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                    StandardCharsets.UTF_8);
            move(tmp, directory.resolve(INDEX));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The SHA-256 of a file.
     *
     * @param file the file
     * @return 64 lower-case hexadecimal digits
     * @throws IOException if it cannot be read
     */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** @return the folder and how many files its index lists */
    @Override
    public String toString() {
        return "BlsCache[" + directory + ", " + entries().size() + " files]";
    }
}

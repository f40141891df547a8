package io.github.wageoutlook.fetch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The folder where files fetched from BLS are kept, with an index ({@value #INDEX}) of what was fetched, when,
 * from where, its size and SHA-256.
 *
 * <p>Nothing half-written ever carries a cached file's name: a download goes to a temporary {@code .part} file in
 * the same folder and is renamed over the final name only once complete and checked (an atomic rename on the
 * same file system); the index is rewritten the same way. A cached file whose size or SHA-256 no longer matches
 * its index line is corrupt: {@link #verified(BlsFile)} deletes it, so that it is fetched again. Nothing valid is
 * deleted: an index that is missing, cut or garbled, or lacks a line for a file in the folder, is rebuilt from the
 * files that can be verified (a zip or workbook that opens, a CPI file with its header), and what cannot be verified
 * is moved to {@value #SET_ASIDE}/ ({@link #setAside()}), both said to the listener. Processes sharing a cache
 * serialise every change (a download moved into place, an index line written, a corrupt copy deleted) with a file
 * lock; each {@code .part} file is locked by the process writing it, and one left by a process that was killed is
 * removed when the cache is next opened.
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
    /** The folder inside the cache folder where files that could not be verified are moved, never deleted. */
    public static final String SET_ASIDE = "set-aside";
    /** The end of a temporary file's name. */
    static final String PART = ".part";
    private static final String LOCK = ".lock";
    private static final Map<Path, Object> PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final Disk disk;
    private final DownloadListener listener;
    /** Whether stale {@code .part} files were looked for: once per cache object, when it is first used. */
    private final AtomicBoolean opened = new AtomicBoolean();
    /** Whether a needed repair was refused (a read-only folder): said once. */
    private final AtomicBoolean repairRefused = new AtomicBoolean();

    private BlsCache(Path directory, Disk disk, DownloadListener listener) {
        this.directory = directory;
        this.disk = disk;
        this.listener = listener;
    }

    /**
     * The file-system calls a download makes in the cache folder, replaceable in tests: a full disk or a read-only
     * folder cannot be made on demand (a test may run as root, and a small file system needs privileges), so a test
     * passes one that fails as the real file system does ({@code IOException("No space left on device")},
     * {@code AccessDeniedException}).
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

        /**
         * Creates a new empty file in a folder, as {@link Files#createTempFile(Path, String, String,
         * java.nio.file.attribute.FileAttribute[])}.
         *
         * @return the file
         */
        default Path newFile(Path folder, String prefix, String suffix) throws IOException {
            return Files.createTempFile(folder, prefix, suffix);
        }
    }

    /**
     * A cache in a folder (created on first write).
     *
     * @param directory the folder
     * @return the cache
     */
    public static BlsCache at(Path directory) {
        return at(directory, DownloadListener.NONE);
    }

    /**
     * A cache in a folder whose repairs are told to a listener: an index rebuilt, files set aside.
     *
     * @param directory the folder
     * @param listener hears what opening the cache repaired ({@link DownloadListener#note})
     * @return the cache
     */
    public static BlsCache at(Path directory, DownloadListener listener) {
        return at(directory, Disk.REAL, Objects.requireNonNull(listener, "listener must not be null"));
    }

    /** A cache on a given file system (for tests). */
    static BlsCache at(Path directory, Disk disk) {
        return at(directory, disk, DownloadListener.NONE);
    }

    static BlsCache at(Path directory, Disk disk, DownloadListener listener) {
        return new BlsCache(Objects.requireNonNull(directory, "directory must not be null").toAbsolutePath()
                .normalize(), disk, listener);
    }

    /** @return the file-system calls of downloads */
    Disk disk() {
        return disk;
    }

    /** @return the bytes free in the cache folder, or -1 when the file system cannot tell */
    long freeSpace() {
        try {
            return disk.usableSpace(directory);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
     * The index: every cached file with when, from where, size and SHA-256. An index that is missing, cut or
     * garbled is rebuilt first (see the class documentation).
     *
     * @return the entries, sorted by file name
     * @throws FetchException if the cache folder cannot be read
     */
    public List<CacheEntry> entries() {
        List<CacheEntry> out = new ArrayList<>(index().values());
        out.sort(Comparator.comparing(CacheEntry::fileName));
        return List.copyOf(out);
    }

    /**
     * The index line of a file.
     *
     * @param fileName the file's name
     * @return its entry, if it was fetched
     */
    public Optional<CacheEntry> entry(String fileName) {
        return Optional.ofNullable(index().get(fileName));
    }

    /**
     * The files moved aside because they could not be verified when the index was rebuilt, and damaged indexes:
     * kept for a person to look at, never read by this library.
     *
     * @return the files in {@value #SET_ASIDE}/, sorted by name; empty when there are none
     * @throws FetchException if the folder cannot be read
     */
    public List<Path> setAside() {
        Path folder = directory.resolve(SET_ASIDE);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new CacheFolderException(directory, "read", e);
        }
        out.sort(Comparator.comparing(Path::toString));
        return List.copyOf(out);
    }

    /**
     * The cached copy of a file, checked against its index line (size and SHA-256). A copy that fails the check is
     * deleted with its line, under the cache lock, and the answer is empty: fetch it again.
     *
     * @param file the file
     * @return the verified entry, or empty when the file is not (or no longer) usable
     * @throws FetchException if the cache folder cannot be read or cleaned
     */
    public Optional<CacheEntry> verified(BlsFile file) {
        Path path = pathOf(file);
        Optional<CacheEntry> entry = entry(file.fileName());
        if (entry.isEmpty() && !Files.exists(path) || entry.isPresent() && matches(path, entry.get())) {
            return entry;
        }
        // Decided again under the lock: another process may have just stored the file or its line.
        return withLock(index -> {
            CacheEntry e = index.get(file.fileName());
            if (e != null && matches(path, e)) {
                return Optional.of(e);
            }
            if (e != null) {
                delete(path);
                index.remove(file.fileName());
            }
            return Optional.empty();
        });
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
        return entry.isPresent() && !matches(pathOf(file), entry.get());
    }

    private static boolean matches(Path path, CacheEntry e) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == e.size() && sha256(path).equals(e.sha256());
        } catch (IOException gone) {
            return false;
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
            delete(directory.resolve(fileName));
            index.remove(fileName);
            return null;
        });
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new temporary file for a download of {@code file}, in the cache folder (so that the rename is atomic). */
    Path newPart(BlsFile file) throws IOException {
        Files.createDirectories(directory);
        return disk.newFile(directory, "." + file.fileName() + ".", PART);
    }

    /**
     * Opens a temporary file for writing and locks it for as long as it is open, so that a cache opening in another
     * process sees that a live process writes it.
     *
     * @return the stream; closing it releases the lock
     */
    OutputStream openPart(Path part) throws IOException {
        FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
        try {
            channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // A file system without locks: the part is still left alone while it is recent (CacheRepair.STALE_PART).
        }
        Path key = part.toAbsolutePath().normalize();
        CacheRepair.WRITING.add(key);
        return disk.writer(part, new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    CacheRepair.WRITING.remove(key);
                }
            }
        });
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
                CacheIndex.move(part, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index.put(entry.fileName(), entry);
            return null;
        });
        return target;
    }

    /**
     * Records that a cached file was confirmed unchanged on BLS's server now.
     *
     * @param entry its current line
     * @return the updated line
     * @throws CacheFolderException when the index cannot be written (a read-only folder)
     */
    CacheEntry touch(CacheEntry entry) {
        CacheEntry now = new CacheEntry(entry.fileName(), entry.url(), Instant.now(), entry.size(), entry.sha256(),
                entry.lastModified(), entry.etag());
        withLock(index -> {
            index.put(now.fileName(), now);
            return null;
        });
        return now;
    }

    /**
     * The index as it stands, repaired first when it is damaged or lacks a line for a file in the folder (and, on
     * the first use of this object, with stale {@code .part} files removed). A read-only folder cannot be repaired:
     * the index is used as it is, and the listener hears why once.
     */
    private Map<String, CacheEntry> index() {
        if (CacheFolderException.fileInPlace(directory).isPresent()) {
            throw new CacheFolderException(directory, "read", null);
        }
        if (!Files.isDirectory(directory)) {
            return Map.of();
        }
        CacheIndex.Read read;
        try {
            read = CacheIndex.read(directory);
            boolean first = opened.compareAndSet(false, true);
            if (!first && !read.damaged() && !CacheRepair.hasUnindexed(directory, read.entries())) {
                return read.entries();
            }
        } catch (IOException e) {
            throw new CacheFolderException(directory, "read", e);
        }
        try {
            return withLock(LinkedHashMap::new);
        } catch (CacheFolderException e) {
            if ((read.damaged() || unindexed(read)) && repairRefused.compareAndSet(false, true)) {
                listener.note("the cache index " + directory.resolve(INDEX) + " needs repair, but " + e.getMessage()
                        + "; files without an index line are not used");
            }
            return read.entries();
        }
    }

    private boolean unindexed(CacheIndex.Read read) {
        try {
            return CacheRepair.hasUnindexed(directory, read.entries());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs an index update under the process lock and the file lock, the index repaired first, then rewrites the
     * index atomically when it changed.
     */
    private <T> T withLock(Function<Map<String, CacheEntry>, T> update) {
        // A file lock is held per JVM, so threads (and other BlsCache objects on the same folder) queue here first.
        synchronized (PROCESS_LOCKS.computeIfAbsent(directory, d -> new Object())) {
            try {
                Files.createDirectories(directory);
                try (FileChannel lockFile = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                    CacheRepair.removeStaleParts(directory);
                    CacheIndex.Read read = CacheIndex.read(directory);
                    Optional<Map<String, CacheEntry>> repaired = CacheRepair.reconcile(directory, read, listener);
                    Map<String, CacheEntry> index = new LinkedHashMap<>(repaired.orElse(read.entries()));
                    Map<String, CacheEntry> before = Map.copyOf(index);
                    T result = update.apply(index);
                    if (repaired.isPresent() || !index.equals(before)) {
                        CacheIndex.write(directory, index, disk);
                    }
                    return result;
                }
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                throw new CacheFolderException(directory, "write to", io);
            }
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

package io.github.wageoutlook.fetch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cache folder cannot be read or written: a problem on this machine (a file where the folder should be, no
 * permission, a full disk), not on BLS's server. Nothing half-written is left; the message names the folder and how
 * to choose another ({@code --cache} on the command line, the system property {@value FetchOptions#CACHE_PROPERTY}
 * or the environment variable {@value FetchOptions#CACHE_ENV}).
 */
public class CacheFolderException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** The folder. */
    private final transient Path directory;

    /**
     * A failure to use the cache folder.
     *
     * @param directory the cache folder
     * @param doing what was being done, e.g. {@code "read"} or {@code "write to"}
     * @param cause the file-system failure, or null when the folder is a file
     */
    public CacheFolderException(Path directory, String doing, IOException cause) {
        this(directory, doing, reason(directory, cause), cause);
    }

    /** A failure whose reason the caller words, e.g. a full disk with the bytes needed. */
    CacheFolderException(Path directory, String doing, String reason, IOException cause) {
        super("cannot " + doing + " the cache folder " + directory + ": " + reason
                + "; choose another folder with --cache DIR or -D" + FetchOptions.CACHE_PROPERTY + "=DIR", null, 0,
                cause);
        this.directory = directory;
    }

    /**
     * The disk of the cache folder is full, or would be: nothing is retried, since another attempt fills it again.
     *
     * @param directory the cache folder
     * @param what what happened, e.g. "oesm24st.zip needs 52,000,000 bytes and 1,000 bytes are free there"
     * @param cause the file-system failure, or null when it was foreseen
     * @return the exception
     */
    static CacheFolderException diskFull(Path directory, String what, IOException cause) {
        return new CacheFolderException(directory, "write to", "the disk is full" + what
                + "; free space there", cause);
    }

    /** @return the cache folder */
    public Path directory() {
        return directory;
    }

    private static String reason(Path directory, IOException cause) {
        Optional<Path> file = fileInPlace(directory);
        if (file.isPresent()) {
            return file.get().equals(directory) ? "it is a file, not a folder" : file.get() + " is a file, not a folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied (" + cause.getMessage() + ")";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return cause == null ? "unknown" : String.valueOf(cause.getMessage());
    }

    /**
     * A failed write of a download: the disk is full (with the bytes written and needed), or another file-system
     * failure.
     *
     * @param part the temporary file written to
     * @param length the size BLS's server announced, if it did
     * @param e the failure
     * @return the exception
     */
    static CacheFolderException writing(BlsCache cache, BlsFile file, Path part, OptionalLong length, IOException e) {
        long onDisk;
        try {
            onDisk = Files.size(part);
        } catch (IOException gone) {
            onDisk = 0;
        }
        long free = cache.freeSpace();
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        boolean full = m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota")
                || m.contains("disk full") || free >= 0 && length.isPresent() && free < length.getAsLong() - onDisk;
        if (!full) {
            return new CacheFolderException(cache.directory(), "write to", e);
        }
        return diskFull(cache.directory(), FailureWords.detail(e, " (", ")")
                + String.format(" after %,d%s bytes of %s; it needs %s bytes there%s", onDisk,
                length.isPresent() ? String.format(" of %,d", length.getAsLong()) : "", file.fileName(),
                length.isPresent() ? String.format("%,d", length.getAsLong()) : String.format("more than %,d", onDisk),
                free >= 0 ? String.format(", and %,d are free", free) : ""), e);
    }

    /**
     * The folder itself or the nearest folder above it when that exists as a file: a cache there can never be made.
     *
     * @param directory the cache folder
     * @return the file standing in the way, or empty
     */
    static Optional<Path> fileInPlace(Path directory) {
        for (Path p = directory.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

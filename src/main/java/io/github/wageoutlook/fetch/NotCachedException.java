package io.github.wageoutlook.fetch;

import java.nio.file.Path;

/**
 * Offline mode reads only the cache, and the file is not there (or its cached copy was corrupt). The message names
 * the file and the command that fetches it.
 */
public class NotCachedException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** The file, kept for callers; BlsFile implementations are records and serializable in effect. */
    private final transient BlsFile file;

    /**
     * @param file the file that is missing
     * @param cacheDirectory the cache looked in
     */
    public NotCachedException(BlsFile file, Path cacheDirectory) {
        super(file.fileName() + " (" + file.description() + ") is not in the cache " + cacheDirectory
                + ", and offline mode reads only the cache; fetch it first with: " + file.fetchCommand(), null, 0,
                null);
        this.file = file;
    }

    /** @return the missing file */
    public BlsFile file() {
        return file;
    }
}

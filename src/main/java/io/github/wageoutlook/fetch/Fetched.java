package io.github.wageoutlook.fetch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file made available in the cache by {@link BlsFetcher#fetch(BlsFile)}, with what it took.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file
 * @param path the verified cached copy
 * @param entry its index line (size, SHA-256, where from, when)
 * @param outcome what was done
 */
public record Fetched(BlsFile file, Path path, CacheEntry entry, Outcome outcome) {

    /** What fetching a file did. */
    public enum Outcome {
        /** The cached copy was used as it was, without asking BLS's server. */
        CACHED,
        /** The cached copy was checked against BLS's server, which said it is unchanged. */
        CONFIRMED,
        /** The file was downloaded (it was not cached, was corrupt, had changed, or a refresh was asked for). */
        DOWNLOADED
    }

    /**
     * Checks the fields.
     *
     * @param file the file
     * @param path the verified cached copy
     * @param entry its index line (size, SHA-256, where from, when)
     * @param outcome what was done
     */
    public Fetched {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(entry, "entry must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
    }
}

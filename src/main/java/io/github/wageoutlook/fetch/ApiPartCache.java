package io.github.wageoutlook.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The answers to the parts of a split API request, kept under {@code api/} in the cache folder until the whole
 * request is answered, so that a request whose part k failed is taken up again at part k: each answer is one file,
 * named by the SHA-256 of the part's request (series, years and flags; never the registration key). An answer older
 * than {@link FetchOptions#maxAge()} is asked again, as BLS revises its series; the answers of a request that
 * completed are removed.
 */
final class ApiPartCache {
    /** The folder inside the cache folder. */
    static final String FOLDER = "api";

    private final Path folder;
    private final Duration maxAge;

    ApiPartCache(Path cacheDirectory, Duration maxAge) {
        this.folder = cacheDirectory.resolve(FOLDER);
        this.maxAge = maxAge;
    }

    /** @return the folder the answers are kept in */
    Path folder() {
        return folder;
    }

    /** @return the kept answer to a part, when there is one younger than the maximum age */
    Optional<String> get(String partRequest) {
        Path f = file(partRequest);
        try {
            if (Files.getLastModifiedTime(f).toInstant().plus(maxAge).isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the answer to a part (written to a temporary file and renamed, so that no half answer is ever read).
     *
     * @return whether it was kept (a read-only cache folder keeps nothing)
     */
    boolean put(String partRequest, String answer) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".answer.", BlsCache.PART);
            try {
                Files.writeString(tmp, answer, StandardCharsets.UTF_8);
                CacheIndex.move(tmp, file(partRequest));
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the kept answer to a part, if any. */
    void remove(String partRequest) {
        try {
            Files.deleteIfExists(file(partRequest));
        } catch (IOException e) {
            // a kept answer older than the maximum age is never used
        }
    }

    private Path file(String partRequest) {
        byte[] digest = BlsCache.newDigest().digest(partRequest.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json");
    }
}

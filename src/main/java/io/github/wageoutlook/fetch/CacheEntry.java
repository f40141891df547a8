package io.github.wageoutlook.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the cache index: a file fetched from BLS, when, from where, its size and SHA-256.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fileName the file's name in the cache, as BLS publishes it, e.g. {@code oesm24st.zip}
 * @param url where it was downloaded from
 * @param fetchedAt when it was downloaded, or last confirmed unchanged on BLS's server
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hexadecimal digits
 * @param lastModified the server's {@code Last-Modified} header, empty when it sent none
 * @param etag the server's {@code ETag} header, empty when it sent none
 */
public record CacheEntry(String fileName, URI url, Instant fetchedAt, long size, String sha256, String lastModified,
                         String etag) {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /**
     * Checks the fields.
     *
     * @param fileName the file's name in the cache, as BLS publishes it, e.g. {@code oesm24st.zip}
     * @param url where it was downloaded from
     * @param fetchedAt when it was downloaded, or last confirmed unchanged on BLS's server
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its bytes, 64 lower-case hexadecimal digits
     * @param lastModified the server's {@code Last-Modified} header, empty when it sent none
     * @param etag the server's {@code ETag} header, empty when it sent none
     * @throws IllegalArgumentException for a name with a path, a negative size or a malformed SHA-256
     */
    public CacheEntry {
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(fetchedAt, "fetchedAt must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        Objects.requireNonNull(lastModified, "lastModified must not be null");
        Objects.requireNonNull(etag, "etag must not be null");
        if (!NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Invalid value for fileName (valid values: a file name without a path, "
                    + "letters, digits, dots, dashes, underscores): '" + fileName + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("Invalid value for size (valid values 0 - ): " + size);
        }
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Invalid value for sha256 (valid values: 64 hexadecimal digits): '"
                    + sha256 + "'");
        }
    }

    /** Prints {@code oesm24st.zip 12,345,678 bytes, fetched 2026-05-01T10:00:00Z from <url>, SHA-256 ab12…}. */
    @Override
    public String toString() {
        return String.format("%s %,d bytes, fetched %s from %s, SHA-256 %s", fileName, size, fetchedAt, url, sha256);
    }
}

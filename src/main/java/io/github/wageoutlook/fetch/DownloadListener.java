package io.github.wageoutlook.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * Hears what a download does, for a progress bar or a log: each method has an empty default, so implement only
 * what you show. Calls come from the downloading thread.
 *
 * <pre>{@code
 * FetchOptions.fromEnvironment().withListener(new DownloadListener() {
 *     public void started(BlsFile file, URI url, long totalBytes) { System.err.println("Downloading " + url); }
 * });
 * }</pre>
 */
public interface DownloadListener {

    /** A listener that ignores everything. */
    DownloadListener NONE = new DownloadListener() {
    };

    /**
     * A download starts (again, after a retry).
     *
     * @param file the file
     * @param url where it comes from
     * @param totalBytes the size BLS's server announced, or -1 when it did not
     */
    default void started(BlsFile file, URI url, long totalBytes) {
    }

    /**
     * Bytes arrived.
     *
     * @param bytesSoFar bytes received by this attempt
     */
    default void progressed(long bytesSoFar) {
    }

    /**
     * The attempt ended: every byte arrived, or it failed (a retry or an error follows).
     *
     * @param bytes bytes received by this attempt
     * @param complete true when the whole file arrived
     */
    default void ended(long bytes, boolean complete) {
    }

    /**
     * A request failed and will be tried again after a pause.
     *
     * @param url the request's URL
     * @param reason what went wrong, e.g. "HTTP 503" or "connection closed after 1,024 of 4,096 bytes"
     * @param nextAttempt the number of the next attempt (2 for the first retry)
     * @param maxAttempts the most attempts made
     * @param wait the pause before it
     */
    default void retrying(URI url, String reason, int nextAttempt, int maxAttempts, Duration wait) {
    }

    /**
     * Something worth telling that is not a download: a corrupt cached file about to be fetched again, a cached
     * file checked against BLS's server.
     *
     * @param message one sentence
     */
    default void note(String message) {
    }
}

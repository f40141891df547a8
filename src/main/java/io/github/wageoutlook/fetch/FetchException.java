package io.github.wageoutlook.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * Getting a file or an API answer from BLS failed: the server refused or kept failing, the network did, or the
 * cache could not be written. The message names the URL, the HTTP status when there was one, and what to do.
 *
 * <p>Subclasses say more: {@link MissingContactException} (no contact e-mail for the User-Agent),
 * {@link NotCachedException} (offline mode and the file is not cached), {@link RequestNotProcessedException} (the
 * Public Data API answered {@code REQUEST_NOT_PROCESSED}), {@link PartialAnswerException} (one part of a split API
 * request failed; the parts before it are kept), {@link CacheFolderException} (the cache folder on this machine
 * cannot be used).
 */
public class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The URL; null when the failure was not a request. */
    private final URI url;
    /** The HTTP status, 0 when there was no answer. */
    private final int status;

    /**
     * A failure.
     *
     * @param message what failed, where, and what to do
     * @param url the URL concerned, or null
     * @param status the HTTP status, or 0 when there was no answer
     * @param cause the underlying failure, or null
     */
    public FetchException(String message, URI url, int status, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.status = status;
    }

    /** @return the URL concerned, when the failure was a request */
    public Optional<URI> url() {
        return Optional.ofNullable(url);
    }

    /** @return the HTTP status BLS's server answered, or 0 when there was no answer (network failure) */
    public int status() {
        return status;
    }

    /** @return true when BLS's server answered 404 or 410: the file does not exist there */
    public boolean isNotFound() {
        return status == 404 || status == 410;
    }
}

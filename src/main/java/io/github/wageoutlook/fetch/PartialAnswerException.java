package io.github.wageoutlook.fetch;

import java.util.Objects;

/**
 * A BLS API request split into several failed in one of them: the answers received before it are not thrown away.
 * {@link #partial()} holds them (with warnings for what they lack, as any answer), {@link #failedPart()} names the
 * part that failed, and {@link #getCause()} is its failure (a {@link FetchException},
 * {@link RequestNotProcessedException} or {@link io.github.wageoutlook.io.FileFormatException}). The answers are
 * kept in the cache folder too, so that the same request run again sends only the parts still missing.
 *
 * <pre>{@code
 * try {
 *     data = api.fetch(request);
 * } catch (PartialAnswerException e) {
 *     data = e.partial();               // parts 1 … k-1; run the request again later for the rest
 * }
 * }</pre>
 */
public class PartialAnswerException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** The answers received before the failure. */
    private final transient SeriesData partial;
    /** The part that failed. */
    private final transient SeriesRequest failedPart;
    /** Its number, 1-based. */
    private final int failedPartNumber;
    /** How many parts the request has. */
    private final int parts;

    /**
     * @param message what failed, what is kept, and what to do
     * @param partial the answers received before the failure
     * @param failedPart the part that failed
     * @param failedPartNumber its number, 1-based
     * @param parts how many parts the request has
     * @param cause the failure of that part
     */
    PartialAnswerException(String message, SeriesData partial, SeriesRequest failedPart, int failedPartNumber,
                           int parts, RuntimeException cause) {
        super(message, cause instanceof FetchException f ? f.url().orElse(null) : null,
                cause instanceof FetchException f ? f.status() : 0, cause);
        this.partial = Objects.requireNonNull(partial, "partial must not be null");
        this.failedPart = Objects.requireNonNull(failedPart, "failedPart must not be null");
        this.failedPartNumber = failedPartNumber;
        this.parts = parts;
    }

    /** @return the answers received before the failure, merged as {@link BlsApi#fetch(SeriesRequest)} merges */
    public SeriesData partial() {
        return partial;
    }

    /** @return the part of the request that failed */
    public SeriesRequest failedPart() {
        return failedPart;
    }

    /** @return the number of the part that failed, 1 for the first */
    public int failedPartNumber() {
        return failedPartNumber;
    }

    /** @return how many parts the request was split into */
    public int parts() {
        return parts;
    }
}

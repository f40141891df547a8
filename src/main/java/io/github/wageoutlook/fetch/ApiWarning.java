package io.github.wageoutlook.fetch;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something the BLS Public Data API did not answer, said so the result is never silently shorter than the request:
 * one of the API's {@code message} entries, or a year the answer lacks without a message.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what is missing
 * @param seriesId the series concerned, empty when the message names none
 * @param year the year concerned, when one is
 * @param text the message as BLS wrote it, or as this library writes it for {@link Kind#NOT_ANSWERED}
 */
public record ApiWarning(Kind kind, String seriesId, OptionalInt year, String text) {

    /** What a warning says is missing. */
    public enum Kind {
        /** "No Data Available for Series X Year: Y": the series has no value in that year. */
        NO_DATA,
        /** "Series does not exist for Series X": no such series id. */
        SERIES_NOT_FOUND,
        /** BLS cut the request to its limits ("Year range has been reduced to the system limit …"). */
        REDUCED,
        /** A requested series or year is absent from the answer and no message says why. */
        NOT_ANSWERED,
        /** Any other message. */
        OTHER
    }

    /**
     * Checks the fields.
     *
     * @param kind what is missing
     * @param seriesId the series concerned, empty when the message names none
     * @param year the year concerned, when one is
     * @param text the message as BLS wrote it, or as this library writes it for {@link Kind#NOT_ANSWERED}
     */
    public ApiWarning {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(year, "year must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /** @return the kind and the text */
    @Override
    public String toString() {
        return kind + ": " + text;
    }
}

package io.github.wageoutlook.inflation;

import java.util.Objects;

/**
 * One value of a price index with where it comes from: a value BLS published (a month, or the annual average,
 * period M13) or one interpolated between published months on request.
 *
 * <pre>{@code Cpi.u().valueOf(2025);   // CUUR0000SA0 2025 annual average 321.943 (published)}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seriesId the series, e.g. {@code CUUR0000SA0}
 * @param period {@code YYYY} for an annual average, {@code YYYY-MM} for a month
 * @param value the index value (1982–84 = 100 for CPI-U), positive
 * @param kind published, or interpolated
 * @param note how an interpolated value was made (the two months and their values); empty for a published one
 */
public record IndexValue(String seriesId, String period, double value, Kind kind, String note) {

    /** Where a value comes from. */
    public enum Kind {
        /** Published by BLS. */
        PUBLISHED,
        /** Interpolated by this library between two published months, on request ({@link MissingMonths}). */
        INTERPOLATED
    }

    /**
     * Checks the parts.
     *
     * @param seriesId the series
     * @param period the period
     * @param value the value, positive and finite
     * @param kind published or interpolated
     * @param note how an interpolated value was made, else empty
     * @throws IllegalArgumentException if the value is not positive and finite
     */
    public IndexValue {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(note, "note must not be null");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Invalid value for value (valid values: positive finite numbers): "
                    + value);
        }
    }

    /** @return true for an annual average (period {@code YYYY}) */
    public boolean isAnnual() {
        return period.length() == 4;
    }

    /** @return true for a value interpolated on request */
    public boolean isInterpolated() {
        return kind == Kind.INTERPOLATED;
    }

    /** Prints e.g. {@code 2025-10 324.461 (interpolated)} or {@code 2025 321.943}. */
    @Override
    public String toString() {
        return period + " " + String.format(java.util.Locale.US, "%.3f", value)
                + (isInterpolated() ? " (interpolated)" : "");
    }
}

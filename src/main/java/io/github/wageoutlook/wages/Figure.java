package io.github.wageoutlook.wages;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A published number that is not a wage (employment, a relative standard error), with its status.
 *
 * <pre>{@code Figure emp = row.employment(); if (emp.isAvailable()) total += emp.value();}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status what the figure is
 * @param raw the number when {@link FigureStatus#hasValue()}, otherwise {@code NaN}
 */
public record Figure(FigureStatus status, double raw) {

    /**
     * Checks that a number is present exactly when the status says so.
     *
     * @param status what the figure is
     * @param raw the number when {@link FigureStatus#hasValue()}, otherwise {@code NaN}
     * @throws IllegalArgumentException if a published figure has no finite value or an unavailable one has a value
     */
    public Figure {
        Objects.requireNonNull(status, "status must not be null");
        if (status.hasValue() != Double.isFinite(raw)) {
            throw new IllegalArgumentException("Invalid figure: status " + status + " with value " + raw);
        }
    }

    /**
     * A plain published number.
     *
     * @param value the number
     * @return the figure
     */
    public static Figure of(double value) {
        return new Figure(FigureStatus.PUBLISHED, value);
    }

    /**
     * A figure BLS did not release.
     *
     * @param status why it is missing (any status without a value)
     * @return the figure
     */
    public static Figure missing(FigureStatus status) {
        return new Figure(status, Double.NaN);
    }

    /** @return true when the figure has a number */
    public boolean isAvailable() {
        return status.hasValue();
    }

    /**
     * The number.
     *
     * @return the published value
     * @throws IllegalStateException if the figure was not released
     */
    public double value() {
        if (!isAvailable()) {
            throw new IllegalStateException("Figure not available (" + status + ", BLS code '" + status.code() + "')");
        }
        return raw;
    }

    /** @return the number, or empty if not released */
    public OptionalDouble optional() {
        return isAvailable() ? OptionalDouble.of(raw) : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        if (!isAvailable()) {
            return "n/a (" + status.code() + ")";
        }
        return raw == Math.rint(raw) && Math.abs(raw) < 1e15
                ? String.format(java.util.Locale.US, "%,d", (long) raw)
                : String.format(java.util.Locale.US, "%,.1f", raw);
    }
}

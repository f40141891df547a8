package io.github.wageoutlook.wages;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A published number that is not a wage (employment, a relative standard error, jobs per 1,000, a location quotient,
 * a percent of an industry's employment or of its establishments), with its status.
 *
 * <p>A {@code ~} figure (fewer than 0.5% of establishments report the occupation) holds its bound, 0.5, and says so:
 * {@link #isUpperBound()} is true, {@link #isExact()} false and {@code toString()} prints {@code < 0.5}.
 *
 * <pre>{@code Figure emp = row.employment(); if (emp.isAvailable()) total += emp.value();}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status what the figure is
 * @param raw the number (or the bound) when {@link FigureStatus#hasValue()}, otherwise {@code NaN}
 */
public record Figure(FigureStatus status, double raw) {

    /**
     * Checks that a number is present exactly when the status says so.
     *
     * @param status what the figure is
     * @param raw the number (or the bound) when {@link FigureStatus#hasValue()}, otherwise {@code NaN}
     * @throws IllegalArgumentException if a figure with a value has no finite one, an unavailable one has a value, or
     *     a {@code ~} figure holds another bound than 0.5
     */
    public Figure {
        Objects.requireNonNull(status, "status must not be null");
        if (status.hasValue() != Double.isFinite(raw)) {
            throw new IllegalArgumentException("Invalid value for raw (valid values " + (status.hasValue() ? "finite"
                    : "NaN") + " when the status is " + status + "): " + raw);
        }
        if (status == FigureStatus.UNDER_HALF_PERCENT && raw != FigureStatus.UNDER_HALF_PERCENT_BOUND) {
            throw new IllegalArgumentException("Invalid value for a ~ figure (valid values: its bound "
                    + FigureStatus.UNDER_HALF_PERCENT_BOUND + "): " + raw);
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
     * A figure BLS did not release, or a cell the file leaves empty or does not have.
     *
     * @param status why it is missing (any status without a value)
     * @return the figure
     */
    public static Figure missing(FigureStatus status) {
        return new Figure(status, Double.NaN);
    }

    /**
     * The {@code ~} figure: fewer than 0.5% of establishments report the occupation.
     *
     * @return the figure, holding 0.5 as an upper bound
     */
    public static Figure underHalfPercent() {
        return new Figure(FigureStatus.UNDER_HALF_PERCENT, FigureStatus.UNDER_HALF_PERCENT_BOUND);
    }

    /** @return true when the figure has a number: the figure itself, or a bound ({@link #isExact()} tells which) */
    public boolean isAvailable() {
        return status.hasValue();
    }

    /** @return true when the number is the published figure itself, not a bound */
    public boolean isExact() {
        return status == FigureStatus.PUBLISHED;
    }

    /** @return true when the true figure is below the number ({@code ~}: under 0.5) */
    public boolean isUpperBound() {
        return status == FigureStatus.UNDER_HALF_PERCENT;
    }

    /** @return true when the true figure is at or above the number ({@code #}) */
    public boolean isLowerBound() {
        return status == FigureStatus.TOP_CODED;
    }

    /**
     * The number: the published figure, or for a bound the bound itself (see {@link #isExact()}).
     *
     * @return the value
     * @throws IllegalStateException if the figure has no number (not released, blank, or absent from the file)
     */
    public double value() {
        if (!isAvailable()) {
            throw new IllegalStateException("Figure not available (" + status + ", BLS code '" + status.code() + "')");
        }
        return raw;
    }

    /** @return the number (or bound), or empty if the figure has none */
    public OptionalDouble optional() {
        return isAvailable() ? OptionalDouble.of(raw) : OptionalDouble.empty();
    }

    /** @return the number when the figure is exact, empty for a bound or a missing figure */
    public OptionalDouble exact() {
        return isExact() ? OptionalDouble.of(raw) : OptionalDouble.empty();
    }

    /** Prints the number, {@code < 0.5} for a {@code ~} figure, {@code ≥ } before a bound from below, else {@code n/a (code)}. */
    @Override
    public String toString() {
        if (!isAvailable()) {
            return "n/a (" + status.code() + ")";
        }
        String n = raw == Math.rint(raw) && Math.abs(raw) < 1e15
                ? String.format(Locale.US, "%,d", (long) raw)
                : String.format(Locale.US, "%,.2f", raw).replaceAll("0$", "");
        return isUpperBound() ? "< " + n : isLowerBound() ? "≥ " + n : n;
    }
}

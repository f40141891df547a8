package io.github.wageoutlook.inflation;

/**
 * What a monthly calculation does with a month the index lacks between two published months (CPI-U October 2025).
 *
 * <pre>{@code Cpi.u().valueOf(YearMonth.of(2025, 10), MissingMonths.INTERPOLATE);   // 324.461, interpolated}</pre>
 */
public enum MissingMonths {
    /** Refuse with a {@link MissingIndexValueException} naming the month and the alternatives: the default. */
    FAIL,
    /**
     * Use the straight line between the nearest published months before and after; the value is labelled
     * {@link IndexValue.Kind#INTERPOLATED}. Months after the last published one are never extrapolated.
     */
    INTERPOLATE
}

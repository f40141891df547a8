package io.github.wageoutlook.distributions;

/**
 * The six brackets between the percentiles OEWS publishes (10, 25, 50, 75, 90): which one a wage falls in.
 *
 * <pre>{@code PercentileBracket.of(64.2);   // MEDIAN_TO_P75}</pre>
 */
public enum PercentileBracket {
    /** Below the 10th percentile. */
    BELOW_P10(0, 10, "below the 10th percentile"),
    /** From the 10th up to the 25th percentile. */
    P10_TO_P25(10, 25, "between the 10th and 25th percentiles"),
    /** From the 25th percentile up to the median. */
    P25_TO_MEDIAN(25, 50, "between the 25th percentile and the median"),
    /** From the median up to the 75th percentile. */
    MEDIAN_TO_P75(50, 75, "between the median and the 75th percentile"),
    /** From the 75th up to the 90th percentile. */
    P75_TO_P90(75, 90, "between the 75th and 90th percentiles"),
    /** At or above the 90th percentile. */
    ABOVE_P90(90, 100, "at or above the 90th percentile");

    private final int lower;
    private final int upper;
    private final String description;

    PercentileBracket(int lower, int upper, String description) {
        this.lower = lower;
        this.upper = upper;
        this.description = description;
    }

    /**
     * The bracket of a percentile rank; a rank on a boundary belongs to the bracket above it.
     *
     * @param percentile a rank, 0 - 100
     * @return the bracket
     * @throws IllegalArgumentException if the rank is outside 0 - 100
     */
    public static PercentileBracket of(double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("Invalid value for percentile rank (valid values 0 - 100): "
                    + percentile);
        }
        PercentileBracket[] all = values();
        for (int i = all.length - 1; i > 0; i--) {
            if (percentile >= all[i].lower) {
                return all[i];
            }
        }
        return BELOW_P10;
    }

    /** @return the percentile where the bracket starts (0 for the lowest) */
    public int lowerPercentile() {
        return lower;
    }

    /** @return the percentile where the next bracket starts (100 for the highest) */
    public int upperPercentile() {
        return upper;
    }

    /** @return the bracket in words, e.g. "between the median and the 75th percentile" */
    public String description() {
        return description;
    }
}

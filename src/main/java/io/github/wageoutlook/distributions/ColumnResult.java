package io.github.wageoutlook.distributions;

import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;

/**
 * A figure for every row of a {@link DistributionColumns} query: the numbers (NaN where a row has no model) and whether each is a lower bound (a
 * top-coded wage, or the rank of a wage at or above the top-code). The arrays are fresh for each query and
 * belong to the caller.
 *
 * @param values one number per row
 * @param lowerBounds true where the number is a lower bound
 */
public record ColumnResult(double[] values, boolean[] lowerBounds) {
    /**
     * Checks both arrays are present and of one length.
     *
     * @param values one number per row
     * @param lowerBounds true where the number is a lower bound
     * @throws IllegalArgumentException if the lengths differ
     */
    public ColumnResult {
        Objects.requireNonNull(values, "values must not be null");
        Objects.requireNonNull(lowerBounds, "lowerBounds must not be null");
        if (values.length != lowerBounds.length) {
            throw new IllegalArgumentException("Invalid value for lowerBounds length (valid values: values length "
                    + values.length + "): " + lowerBounds.length);
        }
    }

    /**
     * The numbers as a Tablesaw column, NaN shown as missing.
     *
     * @param name the column's name, e.g. {@code "RANK_60000"}
     * @return a new column
     */
    public DoubleColumn toColumn(String name) {
        return DoubleColumn.create(name, values.clone());
    }

    /**
     * The lower-bound flags as a Tablesaw column.
     *
     * @param name the column's name
     * @return a new column
     */
    public BooleanColumn lowerBoundColumn(String name) {
        return BooleanColumn.create(name, lowerBounds.clone());
    }
}

package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.FigureStatus;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;

/**
 * One figure of every row of an {@link OewsTable}, read without building the rows: for batch computations over a
 * whole table (the distribution model fits every row of BLS's 400,000-row all-data file this way).
 *
 * <p>Each row has the number and its {@link FigureStatus}; unknown is not zero, so read the status before the number.
 * Units, by BLS column: {@code TOT_EMP} jobs; {@code EMP_PRSE}, {@code MEAN_PRSE} percent (relative standard error);
 * {@code H_MEAN} and {@code H_PCT10} … {@code H_PCT90} dollars an hour; {@code A_MEAN} and {@code A_PCT10} …
 * {@code A_PCT90} dollars a year; {@code JOBS_1000} jobs per 1,000 jobs in the area; {@code LOC_QUOTIENT} a ratio
 * (1 = the national share); {@code PCT_TOTAL} percent of the industry's employment; {@code PCT_RPT} percent of the
 * industry's establishments reporting the occupation.
 *
 * <pre>{@code
 * FigureColumn medians = Oews.national(2018).figures("A_MEDIAN");
 * medians.status(row);   // PUBLISHED, TOP_CODED (#), WAGE_NOT_AVAILABLE (*) …
 * medians.value(row);    // dollars a year; for # the top-code, a lower bound
 * }</pre>
 *
 * <p>A read-only view of the table's own column, not a copy; this class is immutable and thread-safe.
 */
public final class FigureColumn {
    private static final FigureStatus[] STATUS = FigureStatus.values();

    private final String name;
    private final DoubleColumn values;
    private final byte[] statuses;

    private FigureColumn(String name, DoubleColumn values, byte[] statuses) {
        this.name = name;
        this.values = values;
        this.statuses = statuses;
    }

    /** The view of figure {@code name} of a table's columns, which are indexed like {@link OewsTable#FIGURES}. */
    static FigureColumn of(String name, DoubleColumn[] values, byte[][] statuses) {
        Objects.requireNonNull(name, "figureName must not be null");
        int figure = OewsTable.FIGURES.indexOf(name);
        if (figure < 0) {
            throw new IllegalArgumentException("Invalid value for figureName (valid values " + OewsTable.FIGURES
                    + "): '" + name + "'");
        }
        return new FigureColumn(name, values[figure], statuses[figure]);
    }

    /** @return BLS's name of the figure, e.g. {@code A_MEDIAN} */
    public String name() {
        return name;
    }

    /** @return the number of rows, the table's size */
    public int size() {
        return statuses.length;
    }

    /**
     * The number of a row, in the figure's unit (see the class documentation).
     *
     * @param row 0-based row index
     * @return the number; for a top-coded ({@code #}) wage the top-code, a lower bound; for {@code ~} its bound 0.5,
     *     an upper bound; NaN when the status has no value
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public double value(int row) {
        return values.getDouble(Objects.checkIndex(row, statuses.length));
    }

    /**
     * What the row's cell holds.
     *
     * @param row 0-based row index
     * @return the status: {@link FigureStatus#PUBLISHED} for a plain number
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public FigureStatus status(int row) {
        return STATUS[statuses[row]];
    }

    /** Prints the name and size, e.g. {@code A_MEDIAN (1,379 rows)}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.US, "%s (%,d rows)", name, statuses.length);
    }
}

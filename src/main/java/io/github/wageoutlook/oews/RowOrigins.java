package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.FileFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each row of a table was read: the file (or zip entry) and sheet, and the row as a spreadsheet or editor
 * numbers it, so that a check made after reading (a distribution refusing decreasing percentiles) names the cell in
 * the file as a reader would. Four bytes a row for a table of one file; tables not read from a file (the embedded
 * data, {@link OewsTable#from(tech.tablesaw.api.Table)}) have none. Immutable.
 */
final class RowOrigins {
    /** A file, or zip entry, and its sheet (null for a text file). */
    record Source(String file, String sheet) {
    }

    private final Source[] sources;
    /** Per row, the index of its source, or null when there is one source. */
    private final int[] sourceOf;
    /** Per row, the 1-based row in its source. */
    private final int[] rows;

    private RowOrigins(Source[] sources, int[] sourceOf, int[] rows) {
        this.sources = sources;
        this.sourceOf = sourceOf;
        this.rows = rows;
    }

    /**
     * The origins of rows read in order.
     *
     * @param perRow the source of each row (null where a row was not read from a file)
     * @param rowNumbers the 1-based row of each, 0 where unknown
     * @param n how many rows
     * @return the origins, or null when no row was read from a file
     */
    static RowOrigins of(Source[] perRow, int[] rowNumbers, int n) {
        Map<Source, Integer> index = new HashMap<>();
        List<Source> distinct = new ArrayList<>();
        int[] sourceOf = new int[n];
        Source last = null;
        int lastIndex = -1;
        for (int r = 0; r < n; r++) {
            Source s = perRow[r];
            if (s == null) {
                sourceOf[r] = -1;
                continue;
            }
            if (s != last) {
                lastIndex = index.computeIfAbsent(s, k -> {
                    distinct.add(k);
                    return distinct.size() - 1;
                });
                last = s;
            }
            sourceOf[r] = lastIndex;
        }
        if (distinct.isEmpty()) {
            return null;
        }
        boolean one = distinct.size() == 1 && Arrays.stream(sourceOf).allMatch(i -> i == 0);
        return new RowOrigins(distinct.toArray(Source[]::new), one ? null : sourceOf,
                Arrays.copyOf(rowNumbers, n));
    }

    /** @return the origins of the picked rows, in the order picked */
    RowOrigins subset(int[] picked) {
        int[] subRows = new int[picked.length];
        int[] subSources = sourceOf == null ? null : new int[picked.length];
        for (int i = 0; i < picked.length; i++) {
            subRows[i] = rows[picked[i]];
            if (subSources != null) {
                subSources[i] = sourceOf[picked[i]];
            }
        }
        return new RowOrigins(sources, subSources, subRows);
    }

    /**
     * The source of a row, for copying a table's rows into another.
     *
     * @param row 0-based row
     * @return its source, or null when it was not read from a file
     */
    Source source(int row) {
        int s = sourceOf == null ? 0 : sourceOf[row];
        return s < 0 ? null : sources[s];
    }

    /**
     * @param row 0-based row
     * @return its 1-based row in its source, 0 when unknown
     */
    int rowNumber(int row) {
        return rows[row];
    }

    /**
     * A format error located at a row: its file, sheet and row.
     *
     * @param row 0-based row
     * @return the builder, or null when the row was not read from a file
     */
    FileFormatException.Builder at(int row) {
        Source s = source(row);
        return s == null ? null : FileFormatException.in(s.file()).sheet(s.sheet()).row(rows[row]);
    }
}

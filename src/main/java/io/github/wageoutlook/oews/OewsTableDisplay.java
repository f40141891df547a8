package io.github.wageoutlook.oews;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.wages.FigureStatus;
import java.util.Locale;

/**
 * Lays an {@link OewsTable} out for display: year, code, title, group level, employment and the annual wages as BLS
 * prints them ({@code ≥} before a top-coded figure, the BLS code of one not released). Text keeps the median and
 * the 10th and 90th percentiles; HTML adds the mean and the 25th and 75th.
 */
final class OewsTableDisplay {
    private static final String[] HEADS = {"YEAR", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_PCT10",
        "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"};
    /** The index in {@link OewsTable#FIGURES} of each head, -1 for the year and text columns. */
    private static final int[] FIGURE = {-1, -1, -1, -1, 0, 3, 10, 11, 12, 13, 14};
    private static final boolean[] IN_TEXT = {true, true, true, true, true, false, true, false, true, false, true};
    private static final int OCC_CODE = OewsTable.TEXT_COLUMNS.indexOf("OCC_CODE");
    private static final int OCC_TITLE = OewsTable.TEXT_COLUMNS.indexOf("OCC_TITLE");
    private static final int O_GROUP = OewsTable.TEXT_COLUMNS.indexOf("O_GROUP");
    private static final int TITLE_WIDTH = 40;

    private OewsTableDisplay() {
    }

    /** The table with its first {@code laidOut} rows laid out and the others counted. */
    static DisplayTable of(OewsTable table, int laidOut) {
        int n = table.size();
        int shown = Math.min(laidOut, n);
        DisplayTable.Builder t = DisplayTable.builder(String.format(Locale.US,
                "%s (%,d rows; annual wages in dollars, ≥ = top-coded lower bound, * = not released)", table.name(), n));
        for (int c = 0; c < HEADS.length; c++) {
            Align align = c >= 1 && c <= 3 ? Align.LEFT : Align.RIGHT;
            if (IN_TEXT[c]) {
                t.column(HEADS[c], align);
            } else {
                t.htmlColumn(HEADS[c], align);
            }
        }
        for (int r = 0; r < shown; r++) {
            String[] cells = new String[HEADS.length];
            cells[0] = Integer.toString(table.row(r).year());
            cells[1] = table.text(OCC_CODE, r);
            cells[2] = abbreviate(table.text(OCC_TITLE, r));
            cells[3] = table.text(O_GROUP, r);
            for (int c = 4; c < HEADS.length; c++) {
                cells[c] = figure(table, FIGURE[c], r);
            }
            t.row(cells);
        }
        return t.omitted(n - shown).build();
    }

    private static String figure(OewsTable table, int figure, int row) {
        FigureStatus s = table.figureStatus(figure, row);
        if (!s.hasValue()) {
            return s.code();
        }
        String n = String.format(Locale.US, "%,.0f", table.figureValue(figure, row));
        return s == FigureStatus.TOP_CODED ? "≥ " + n : n;
    }

    private static String abbreviate(String s) {
        return s.length() <= TITLE_WIDTH ? s : s.substring(0, TITLE_WIDTH - 1) + "…";
    }
}

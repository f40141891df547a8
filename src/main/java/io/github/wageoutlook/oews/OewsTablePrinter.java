package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.FigureStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text form of an {@link OewsTable}: a readable head and tail of its main columns, as Tablesaw prints tables. */
final class OewsTablePrinter {

    private OewsTablePrinter() {
    }

    /**
     * The display form of a figure cell: the number, {@code ≥ } and the number for a top-coded one, the BLS code
     * for one not released.
     */
    private static String display(OewsTable t, int figure, int row) {
        FigureStatus s = t.figureStatus(figure, row);
        if (!s.hasValue()) {
            return s.code();
        }
        String column = OewsTable.FIGURES.get(figure);
        String pattern = column.startsWith("H_") ? "%,.2f" : column.endsWith("PRSE") ? "%.1f" : "%,.0f";
        String n = String.format(Locale.US, pattern, t.figureValue(figure, row));
        return s == FigureStatus.TOP_CODED ? "≥ " + n : n;
    }

    /** The main columns of up to {@code maxRows} rows (the first and last halves when there are more). */
    static String print(OewsTable t, int maxRows) {
        String[] heads = {"YEAR", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25",
            "A_MEDIAN", "A_PCT75", "A_PCT90"};
        int[] figureOf = {-1, -1, -1, -1, 0, 3, 10, 11, 12, 13, 14};
        List<Integer> shown = new ArrayList<>();
        int n = t.size();
        if (n <= maxRows) {
            for (int r = 0; r < n; r++) {
                shown.add(r);
            }
        } else {
            for (int r = 0; r < maxRows / 2; r++) {
                shown.add(r);
            }
            shown.add(-1);
            for (int r = n - (maxRows - maxRows / 2); r < n; r++) {
                shown.add(r);
            }
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(heads);
        for (int r : shown) {
            String[] cells = new String[heads.length];
            for (int c = 0; c < heads.length; c++) {
                if (r < 0) {
                    cells[c] = "…";
                } else if (figureOf[c] >= 0) {
                    cells[c] = display(t, figureOf[c], r);
                } else {
                    cells[c] = switch (c) {
                        case 0 -> Integer.toString(t.surveyYear(r));
                        case 1 -> t.text(OewsTable.OCC_CODE, r);
                        case 2 -> abbreviate(t.text(OewsTable.OCC_TITLE, r), 40);
                        default -> t.text(OewsTable.O_GROUP, r);
                    };
                }
            }
            lines.add(cells);
        }
        int[] width = new int[heads.length];
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                width[c] = Math.max(width[c], l[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s (%,d rows; annual wages in dollars, ≥ = top-coded lower bound, * = not released)%n",
                t.name(), n));
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                boolean left = c == 1 || c == 2 || c == 3;
                b.append(left ? String.format("%-" + width[c] + "s", l[c]) : String.format("%" + width[c] + "s", l[c]));
                b.append(c + 1 < l.length ? "  " : "");
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

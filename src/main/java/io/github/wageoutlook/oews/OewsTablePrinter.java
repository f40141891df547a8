package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.FigureStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of an {@link OewsTable}: a readable head and tail of its main columns, as Tablesaw prints tables. A
 * table of several areas, industries or ownerships shows a column for each that varies, so that no two rows of
 * different contexts print alike; a table of one context other than the nation's all-industry one names it above.
 */
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
        List<Context> contexts = t.contexts();
        boolean areas = t.areas().size() > 1;
        boolean industries = t.industries().size() > 1;
        boolean ownerships = t.ownerships().size() > 1;
        List<String> heads = new ArrayList<>(List.of("YEAR"));
        List<Integer> textOf = new ArrayList<>(List.of(-1));
        if (areas) {
            heads.add("AREA_TITLE");
            textOf.add(OewsTable.AREA_TITLE);
        }
        if (industries) {
            heads.add("NAICS");
            textOf.add(OewsTable.NAICS);
        }
        if (ownerships) {
            heads.add("OWN_CODE");
            textOf.add(OewsTable.OWN_CODE);
        }
        int firstFixed = heads.size();
        heads.addAll(List.of("OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25",
                "A_MEDIAN", "A_PCT75", "A_PCT90"));
        textOf.addAll(List.of(OewsTable.OCC_CODE, OewsTable.OCC_TITLE, OewsTable.O_GROUP));
        int[] figureOf = {0, 3, 10, 11, 12, 13, 14};
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
        lines.add(heads.toArray(String[]::new));
        for (int r : shown) {
            String[] cells = new String[heads.size()];
            for (int c = 0; c < cells.length; c++) {
                if (r < 0) {
                    cells[c] = "…";
                } else if (c == 0) {
                    cells[c] = Integer.toString(t.surveyYear(r));
                } else if (c < textOf.size()) {
                    String text = t.text(textOf.get(c), r);
                    cells[c] = textOf.get(c) == OewsTable.OCC_TITLE || textOf.get(c) == OewsTable.AREA_TITLE
                            ? abbreviate(text, 40) : text;
                } else {
                    cells[c] = display(t, figureOf[c - textOf.size()], r);
                }
            }
            lines.add(cells);
        }
        int[] width = new int[heads.size()];
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                width[c] = Math.max(width[c], l[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s (%,d rows; annual wages in dollars, ≥ = top-coded lower bound, * = not released)%n",
                t.name(), n));
        if (contexts.size() == 1 && !contexts.get(0).isNationalCrossIndustry()) {
            b.append("Context: ").append(contexts.get(0).label()).append(System.lineSeparator());
        }
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                boolean left = c > 0 && c < firstFixed + 3;
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

package io.github.wageoutlook.oews;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.wages.FigureStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays an {@link OewsTable} out for display: year, code, title, group level, employment and the annual wages as BLS
 * prints them ({@code ≥} before a top-coded figure, the BLS code of one not released). Text keeps the median and
 * the 10th and 90th percentiles; HTML adds the mean and the 25th and 75th. A table of several areas, industries or
 * ownerships shows a column for each that varies, so that no two rows of different contexts print alike; a table of
 * one context other than the nation's all-industry one names it under the caption.
 */
final class OewsTableDisplay {
    private static final List<String> WAGE_HEADS = List.of("A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75",
            "A_PCT90");
    /** Which wage columns the text form keeps (all are in HTML). */
    private static final List<String> IN_TEXT = List.of("A_PCT10", "A_MEDIAN", "A_PCT90");
    private static final int TITLE_WIDTH = 40;

    private OewsTableDisplay() {
    }

    /** The table with its first {@code laidOut} rows laid out and the others counted. */
    static DisplayTable of(OewsTable table, int laidOut) {
        int n = table.size();
        int shown = Math.min(laidOut, n);
        List<Context> contexts = table.contexts();
        StringBuilder caption = new StringBuilder(String.format(Locale.US,
                "%s (%,d rows; annual wages in dollars, ≥ = top-coded lower bound, * = not released)", table.name(), n));
        if (contexts.size() == 1 && !contexts.get(0).isNationalCrossIndustry()) {
            caption.append('\n').append("Context: ").append(contexts.get(0).label());
        }
        List<Integer> textOf = new ArrayList<>();
        List<String> textHeads = new ArrayList<>();
        if (table.areas().size() > 1) {
            textHeads.add("AREA_TITLE");
            textOf.add(OewsTable.AREA_TITLE);
        }
        if (table.industries().size() > 1) {
            textHeads.add("NAICS");
            textOf.add(OewsTable.NAICS);
        }
        if (table.ownerships().size() > 1) {
            textHeads.add("OWN_CODE");
            textOf.add(OewsTable.OWN_CODE);
        }
        textHeads.addAll(List.of("OCC_CODE", "OCC_TITLE", "O_GROUP"));
        textOf.addAll(List.of(OewsTable.OCC_CODE, OewsTable.OCC_TITLE, OewsTable.O_GROUP));
        DisplayTable.Builder t = DisplayTable.builder(caption.toString());
        t.column("YEAR", Align.RIGHT);
        textHeads.forEach(h -> t.column(h, Align.LEFT));
        t.column("TOT_EMP", Align.RIGHT);
        for (String h : WAGE_HEADS) {
            if (IN_TEXT.contains(h)) {
                t.column(h, Align.RIGHT);
            } else {
                t.htmlColumn(h, Align.RIGHT);
            }
        }
        for (int r = 0; r < shown; r++) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(table.surveyYear(r)));
            for (int column : textOf) {
                String text = table.text(column, r);
                cells.add(column == OewsTable.OCC_TITLE || column == OewsTable.AREA_TITLE ? abbreviate(text) : text);
            }
            cells.add(figure(table, OewsTable.FIGURES.indexOf("TOT_EMP"), r));
            for (String h : WAGE_HEADS) {
                cells.add(figure(table, OewsTable.FIGURES.indexOf(h), r));
            }
            t.row(cells.toArray(String[]::new));
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

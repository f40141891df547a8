package io.github.wageoutlook.display;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A table laid out for people: a caption, column heads with their alignment, the cells as they are printed, and
 * notes under the table. It prints as compact text ({@link #toText()}: the columns marked for text, the head of a
 * long table and "… N more rows") and as an HTML table ({@link #toHtml()}: every column, the same rows).
 *
 * <p>Row rule, in text and HTML alike: a table of at most {@value #MAX_WHOLE_ROWS} rows is shown whole; a longer one
 * shows its first {@value #HEAD_ROWS} rows and a line "… N more rows". A producer with many rows lays out only
 * {@link #rowsShown(int)} of them and counts the rest ({@link Builder#omitted(int)}). Text columns are separated by
 * two spaces, padded to the widest cell, and lines carry no trailing spaces.
 *
 * <pre>{@code
 * DisplayTable t = DisplayTable.builder("OEWS national, May 2018: annual wages")
 *         .column("SOC code", DisplayTable.Align.LEFT).column("Median", DisplayTable.Align.RIGHT)
 *         .row("43-4051", "$33,750").build();
 * t.toText();   // the caption, "SOC code   Median", "43-4051   $33,750"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisplayTable {
    /** The most rows shown whole; a longer table shows its head. */
    public static final int MAX_WHOLE_ROWS = 20;
    /** The rows shown of a table longer than {@link #MAX_WHOLE_ROWS}. */
    public static final int HEAD_ROWS = 10;

    private static final String GAP = "  ";

    /** Where a column's cells sit: text to the left, figures to the right. */
    public enum Align {
        /** Padded on the right: codes, titles, labels. */
        LEFT,
        /** Padded on the left: figures. */
        RIGHT
    }

    /**
     * A column.
     *
     * @param head the heading, not blank
     * @param align where the cells sit
     * @param inText false for a column shown in HTML only, to keep the text narrow
     */
    public record Column(String head, Align align, boolean inText) {
        /**
         * Checks the column.
         *
         * @param head the heading, not blank
         * @param align where the cells sit
         * @param inText false for a column shown in HTML only
         */
        public Column {
            Objects.requireNonNull(head, "head must not be null");
            Objects.requireNonNull(align, "align must not be null");
            if (head.isBlank()) {
                throw new IllegalArgumentException("Invalid value for head (valid values: non-blank text): '" + head
                        + "'");
            }
        }
    }

    private final List<String> caption;
    private final List<Column> columns;
    private final List<List<String>> rows;
    private final int omitted;
    private final List<String> notes;

    private DisplayTable(Builder b) {
        this.caption = List.copyOf(b.caption);
        this.columns = List.copyOf(b.columns);
        this.rows = List.copyOf(b.rows);
        this.omitted = b.omitted;
        this.notes = List.copyOf(b.notes);
    }

    /**
     * How many of a table's rows are shown: all of at most {@value #MAX_WHOLE_ROWS}, else {@value #HEAD_ROWS}.
     *
     * @param total the table's rows, at least 0
     * @return the rows to lay out
     */
    public static int rowsShown(int total) {
        return total <= MAX_WHOLE_ROWS ? total : HEAD_ROWS;
    }

    /**
     * Starts a table.
     *
     * @param caption what the table shows; one line, or several separated by {@code \n}
     * @return a builder
     * @throws IllegalArgumentException if the caption is blank
     */
    public static Builder builder(String caption) {
        return new Builder(caption);
    }

    /** @return the caption lines */
    public List<String> caption() {
        return caption;
    }

    /** @return the columns, in order */
    public List<Column> columns() {
        return columns;
    }

    /** @return the laid-out rows' cells as printed, one entry per column */
    public List<List<String>> rows() {
        return rows;
    }

    /** @return the rows counted but not laid out (shown as "… N more rows") */
    public int omitted() {
        return omitted;
    }

    /** @return the lines printed under the table */
    public List<String> notes() {
        return notes;
    }

    /** @return the number of rows of the table, laid out or not */
    public int size() {
        return rows.size() + omitted;
    }

    /**
     * The text form: the caption, the columns marked for text, every row of a table of at most
     * {@value #MAX_WHOLE_ROWS} rows or the first {@value #HEAD_ROWS} of a longer one and "… N more rows", the notes.
     *
     * @return the text, lines ended by the platform's line separator
     */
    public String toText() {
        return toText(rowsShown(size()));
    }

    /**
     * The text form with the first {@code maxRows} rows, then "… N more rows" when there are more.
     *
     * @param maxRows how many rows to show, at least 0
     * @return the text, lines ended by the platform's line separator
     * @throws IllegalArgumentException if {@code maxRows} is negative
     */
    public String toText(int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("Invalid value for maxRows (valid values >= 0): " + maxRows);
        }
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).inText()) {
                shown.add(c);
            }
        }
        int count = Math.min(maxRows, rows.size());
        int[] width = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            width[i] = columns.get(shown.get(i)).head().length();
            for (int r = 0; r < count; r++) {
                width[i] = Math.max(width[i], rows.get(r).get(shown.get(i)).length());
            }
        }
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        caption.forEach(line -> b.append(line).append(nl));
        List<String> heads = shown.stream().map(c -> columns.get(c).head()).toList();
        b.append(line(heads, shown, width)).append(nl);
        for (int r = 0; r < count; r++) {
            List<String> cells = rows.get(r);
            b.append(line(shown.stream().map(cells::get).toList(), shown, width)).append(nl);
        }
        if (count < size()) {
            b.append(moreRows(size() - count)).append(nl);
        }
        notes.forEach(line -> b.append(line).append(nl));
        return b.toString();
    }

    private String line(List<String> cells, List<Integer> shown, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - cell.length());
            b.append(columns.get(shown.get(i)).align() == Align.LEFT ? cell + pad : pad + cell);
            if (i + 1 < cells.size()) {
                b.append(GAP);
            }
        }
        return b.toString().stripTrailing();
    }

    /**
     * The HTML form: a {@code <table>} with the caption, every column's head, the rows of {@link #toText()}, a row
     * "… N more rows" when some are left out, and the notes as rows spanning the table. Text is escaped; figures are
     * right-aligned, text left-aligned.
     *
     * @return the HTML
     */
    public String toHtml() {
        return toHtml(rowsShown(size()));
    }

    /**
     * The HTML form with the first {@code maxRows} rows, then a row "… N more rows" when there are more: for a table
     * shown whole however long it is (a comparison a report reuses).
     *
     * @param maxRows how many rows to show, at least 0
     * @return the HTML
     * @throws IllegalArgumentException if {@code maxRows} is negative
     */
    public String toHtml(int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("Invalid value for maxRows (valid values >= 0): " + maxRows);
        }
        StringBuilder b = new StringBuilder("<table>\n<caption>");
        b.append(String.join("<br>", caption.stream().map(DisplayTable::escape).toList())).append("</caption>\n<tr>");
        columns.forEach(c -> b.append("<th>").append(escape(c.head())).append("</th>"));
        b.append("</tr>\n");
        int count = Math.min(maxRows, rows.size());
        for (int r = 0; r < count; r++) {
            b.append("<tr>");
            List<String> cells = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                b.append("<td style=\"text-align:").append(columns.get(c).align() == Align.LEFT ? "left" : "right")
                        .append("\">").append(escape(cells.get(c))).append("</td>");
            }
            b.append("</tr>\n");
        }
        if (count < size()) {
            b.append(spanningRow(moreRows(size() - count)));
        }
        notes.forEach(n -> b.append(spanningRow(n)));
        return b.append("</table>").toString();
    }

    private String spanningRow(String text) {
        return "<tr><td colspan=\"" + columns.size() + "\" style=\"text-align:left\">" + escape(text) + "</td></tr>\n";
    }

    private static String moreRows(int n) {
        return String.format(Locale.US, "… %,d more %s", n, n == 1 ? "row" : "rows");
    }

    /** Escapes text for HTML; leading spaces (indentation) become non-breaking so that HTML keeps them. */
    private static String escape(String s) {
        String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        int lead = 0;
        while (lead < escaped.length() && escaped.charAt(lead) == ' ') {
            lead++;
        }
        return "&nbsp;".repeat(lead) + escaped.substring(lead);
    }

    /** The text form, {@link #toText()}. */
    @Override
    public String toString() {
        return toText();
    }

    /** Collects a table's parts; not thread-safe. */
    public static final class Builder {
        private final List<String> caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int omitted;

        private Builder(String caption) {
            Objects.requireNonNull(caption, "caption must not be null");
            if (caption.isBlank()) {
                throw new IllegalArgumentException("Invalid value for caption (valid values: non-blank text): '"
                        + caption + "'");
            }
            this.caption = caption.strip().lines().toList();
        }

        /**
         * Adds a column shown in text and HTML.
         *
         * @param head the heading
         * @param align where the cells sit
         * @return this builder
         * @throws IllegalStateException once a row was added
         */
        public Builder column(String head, Align align) {
            return add(new Column(head, align, true));
        }

        /**
         * Adds a column shown in HTML only, where width costs less.
         *
         * @param head the heading
         * @param align where the cells sit
         * @return this builder
         * @throws IllegalStateException once a row was added
         */
        public Builder htmlColumn(String head, Align align) {
            return add(new Column(head, align, false));
        }

        private Builder add(Column column) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns come before rows: " + rows.size() + " rows added already");
            }
            columns.add(column);
            return this;
        }

        /**
         * Adds a row.
         *
         * @param cells one cell per column, as printed; none null
         * @return this builder
         * @throws IllegalArgumentException if the number of cells is not the number of columns
         */
        public Builder row(String... cells) {
            Objects.requireNonNull(cells, "cells must not be null");
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("Invalid number of cells in row " + (rows.size() + 1)
                        + " (valid: one per column, " + columns.size() + "): " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                Objects.requireNonNull(cells[c], "cell " + (c + 1) + " of row " + (rows.size() + 1) + " is null");
            }
            rows.add(List.copyOf(Arrays.asList(cells)));
            return this;
        }

        /**
         * Counts rows that are part of the table but not laid out, after the laid-out ones.
         *
         * @param count how many, at least 0
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Builder omitted(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("Invalid value for omitted (valid values >= 0): " + count);
            }
            this.omitted = count;
            return this;
        }

        /**
         * Adds a line printed under the table.
         *
         * @param line the text
         * @return this builder
         */
        public Builder note(String line) {
            notes.add(Objects.requireNonNull(line, "line must not be null"));
            return this;
        }

        /**
         * The table.
         *
         * @return the table
         * @throws IllegalStateException if it has no column
         */
        public DisplayTable build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("a table needs at least one column");
            }
            return new DisplayTable(this);
        }
    }
}

package io.github.wageoutlook.io;

import io.github.wageoutlook.oews.Oews;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception for a data file the library cannot read: it names where (source, sheet, row, column) and what
 * (the raw cell text), so that the cell can be found and fixed.
 *
 * <p>Rows are 1-based, as a spreadsheet or a text editor shows them (the header is row 1 in a BLS workbook).
 * Parts that do not apply (no sheet in a CSV file, no cell for a missing column) are absent, not invented.
 * Nothing is half-loaded: a reader that throws this returns no table.
 *
 * <pre>{@code
 * try { Oews.read(path); }
 * catch (FileFormatException e) { System.err.println(e.getMessage()); }
 * // national_M2018_dl.xlsx, sheet 'national_dl', row 57, column A_MEDIAN (P): raw value 'abc': not a number
 * }</pre>
 */
public class FileFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file or resource that could not be read. */
    private final String source;
    /** The workbook sheet, or null for a text file. */
    private final String sheet;
    /** The 1-based row, or 0 when the problem is not in one row. */
    private final int row;
    /** The column header, or null. */
    private final String column;
    /** The raw cell text, or null. */
    private final String rawValue;
    /** What is wrong. */
    private final String problem;

    private FileFormatException(String source, String sheet, int row, String column, String rawValue,
                                String problem, Throwable cause) {
        super(describe(source, sheet, row, column, rawValue, problem), cause);
        this.source = source;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.rawValue = rawValue;
        this.problem = problem;
    }

    /**
     * Starts describing a problem in a source.
     *
     * @param source the file name or resource
     * @return a builder
     */
    public static Builder in(String source) {
        return new Builder(source);
    }

    /** @return the file or resource name */
    public String source() {
        return source;
    }

    /** @return the sheet of a workbook, empty for text files */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** @return the 1-based row (line for text files), empty when the problem is not in one row */
    public OptionalInt row() {
        return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
    }

    /** @return the column name (and letter in a workbook), empty when not in one column */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return the raw text of the offending cell, empty when there is no cell */
    public Optional<String> rawValue() {
        return Optional.ofNullable(rawValue);
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }

    private static String describe(String source, String sheet, int row, String column, String raw, String problem) {
        StringBuilder b = new StringBuilder(source);
        if (sheet != null) {
            b.append(", sheet '").append(sheet).append('\'');
        }
        if (row > 0) {
            b.append(", row ").append(row);
        }
        if (column != null) {
            b.append(", column ").append(column);
        }
        if (raw != null) {
            b.append(": raw value '").append(raw.length() > 80 ? raw.substring(0, 80) + "…" : raw).append('\'');
        }
        return b.append(": ").append(problem).toString();
    }

    /** Collects the location of a problem; {@link #problem(String)} builds the exception. */
    public static final class Builder {
        private final String source;
        private String sheet;
        private int row;
        private String column;
        private String rawValue;
        private Throwable cause;

        private Builder(String source) {
            this.source = source == null ? "<unnamed source>" : source;
        }

        /**
         * @param name the sheet name
         * @return this builder
         */
        public Builder sheet(String name) {
            this.sheet = name;
            return this;
        }

        /**
         * @param oneBased the row or line number, 1-based
         * @return this builder
         */
        public Builder row(int oneBased) {
            this.row = oneBased;
            return this;
        }

        /**
         * @param name the column name, with its letter where there is one
         * @return this builder
         */
        public Builder column(String name) {
            this.column = name;
            return this;
        }

        /**
         * @param raw the cell's raw text
         * @return this builder
         */
        public Builder raw(String raw) {
            this.rawValue = raw;
            return this;
        }

        /**
         * @param t the underlying failure
         * @return this builder
         */
        public Builder cause(Throwable t) {
            this.cause = t;
            return this;
        }

        /**
         * Builds the exception.
         *
         * @param what what is wrong
         * @return the exception, to be thrown by the caller
         */
        public FileFormatException problem(String what) {
            return new FileFormatException(source, sheet, row, column, rawValue, what, cause);
        }
    }
}

package io.github.wageoutlook.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * How much a reader takes in before it refuses a file: the bytes one file or zip entry may hold (inflated) and the
 * data rows one table may hold. Both are far above what BLS publishes — its largest OEWS file, the all-data file,
 * is under 100 MB and holds about 400,000 rows — so that a real file, or several years of one stacked in a CSV,
 * always loads, while a zip entry that inflates to gigabytes, or a table of endless rows, fails early with a
 * {@link FileFormatException} naming the file and the limit instead of filling the heap.
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>system property</th><th>default</th></tr>
 *   <tr><td>bytes of one file or zip entry</td><td>{@value #MAX_BYTES_PROPERTY}</td>
 *       <td>{@value #DEFAULT_MAX_BYTES} (1 GiB)</td></tr>
 *   <tr><td>data rows of one table</td><td>{@value #MAX_ROWS_PROPERTY}</td>
 *       <td>{@value #DEFAULT_MAX_ROWS}</td></tr>
 * </table>
 *
 * <p>The properties are read at each use, so a program may set them before a read:
 * <pre>{@code System.setProperty(ReadLimits.MAX_BYTES_PROPERTY, "4294967296");   // 4 GiB}</pre>
 */
public final class ReadLimits {
    /** The system property that sets {@link #maxBytes()}. */
    public static final String MAX_BYTES_PROPERTY = "wageoutlook.read.maxBytes";
    /** The system property that sets {@link #maxRows()}. */
    public static final String MAX_ROWS_PROPERTY = "wageoutlook.read.maxRows";
    /** The default of {@link #maxBytes()}: 1 GiB, ten times BLS's largest OEWS file. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** The default of {@link #maxRows()}: ten times the rows of BLS's largest OEWS file. */
    public static final int DEFAULT_MAX_ROWS = 4_000_000;

    private ReadLimits() {
    }

    /**
     * The most bytes one file, or one entry of a zip once inflated, may hold.
     *
     * @return the limit, from {@value #MAX_BYTES_PROPERTY} or {@value #DEFAULT_MAX_BYTES}
     * @throws IllegalArgumentException if the property is not a whole number of at least 1
     */
    public static long maxBytes() {
        return limit(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES, Long.MAX_VALUE);
    }

    /**
     * The most data rows one table read from a file may hold.
     *
     * @return the limit, from {@value #MAX_ROWS_PROPERTY} or {@value #DEFAULT_MAX_ROWS}
     * @throws IllegalArgumentException if the property is not a whole number from 1 to 2,147,483,647
     */
    public static int maxRows() {
        return (int) limit(MAX_ROWS_PROPERTY, DEFAULT_MAX_ROWS, Integer.MAX_VALUE);
    }

    private static long limit(String property, long fallback, long max) {
        String text = System.getProperty(property);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(text.strip().replace("_", ""));
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid value for system property " + property + " (valid values 1 - "
                + max + "): '" + text + "'");
    }

    /**
     * The refusal of a file or entry that holds more than {@link #maxBytes()}.
     *
     * @param source the file or zip entry
     * @param limit the limit that was passed
     * @return the exception, to be thrown by the caller
     */
    public static FileFormatException tooManyBytes(String source, long limit) {
        return FileFormatException.in(source).problem("holds more than " + String.format(Locale.ROOT, "%,d", limit)
                + " bytes, the most one file or zip entry may hold (system property " + MAX_BYTES_PROPERTY
                + "; BLS's largest OEWS file is under 100 MB): not read");
    }

    /**
     * The refusal of a table with more than {@link #maxRows()} data rows.
     *
     * @param at where the row past the limit is: the source, sheet and row
     * @param limit the limit that was passed
     * @return the exception, to be thrown by the caller
     */
    public static FileFormatException tooManyRows(FileFormatException.Builder at, int limit) {
        return at.problem("more than " + String.format(Locale.ROOT, "%,d", limit) + " data rows, the most one table "
                + "may hold (system property " + MAX_ROWS_PROPERTY + "; BLS's largest OEWS file has about 400,000): "
                + "not read");
    }

    /**
     * A stream that refuses to give more than {@link #maxBytes()} bytes: reading past the limit throws
     * {@link #tooManyBytes(String, long)}, so that whatever reads it (a workbook reader that takes the whole stream
     * into memory, a CSV reader) stops there.
     *
     * @param source the file or zip entry, for the message
     * @param in the bytes; closed when the returned stream is closed
     * @return the bounded stream
     */
    public static InputStream bounded(String source, InputStream in) {
        return bounded(source, in, maxBytes());
    }

    /**
     * {@link #bounded(String, InputStream)} with a given limit.
     *
     * @param source the file or zip entry, for the message
     * @param in the bytes; closed when the returned stream is closed
     * @param limit the most bytes to give, at least 1
     * @return the bounded stream
     */
    public static InputStream bounded(String source, InputStream in, long limit) {
        Objects.requireNonNull(in, "in must not be null");
        if (limit < 1) {
            throw new IllegalArgumentException("Invalid value for limit (valid values >= 1): " + limit);
        }
        return new Bounded(source, in, limit);
    }

    /** Counts the bytes read; one byte past the limit is an error. */
    private static final class Bounded extends FilterInputStream {
        private final String source;
        private final long limit;
        private long count;

        Bounded(String source, InputStream in, long limit) {
            super(in);
            this.source = source;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // Ask for at most one byte past the limit: enough to tell that there is more, never a large overshoot.
            int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw tooManyBytes(source, limit);
            }
        }
    }
}

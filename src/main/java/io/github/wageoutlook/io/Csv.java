package io.github.wageoutlook.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A small, fast RFC 4180 reader: comma (or, when the first line has tabs and no commas, tab) separated fields, double
 * quotes with {@code ""} escapes, quoted fields spanning lines, CRLF or LF line ends, a leading byte-order mark
 * ignored.
 *
 * <p>Rows are numbered by the line on which they start, 1-based, as an editor shows them. A whole record is kept in
 * one buffer, which grows for long records, so that plain fields become strings straight from the buffer.
 */
public final class Csv {
    private final String source;
    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private int line = 1;
    private char delimiter = ',';
    private String[] fields = new String[32];
    private int count;
    private final StringBuilder quoted = new StringBuilder();
    private final String[] previous = new String[64];

    /**
     * The longest record read, in characters (4 Mi): the data files hold records of at most a few kilobytes, and a
     * file without line breaks (a binary file, or one huge quoted field) must fail with a bounded buffer rather than
     * fill the heap.
     */
    public static final int MAX_RECORD = 1 << 22;

    private Csv(String source, Reader in) {
        this.source = source;
        this.in = in;
    }

    /**
     * Reads every row, handing each to the visitor.
     *
     * @param source the name used in error messages
     * @param in the text
     * @param visitor receives each row; returning false stops
     * @throws FileFormatException on an unterminated quote or unreadable input
     */
    public static void forEachRow(String source, Reader in, Xlsx.RowVisitor visitor) {
        new Csv(source, in).run(visitor);
    }

    private void run(Xlsx.RowVisitor visitor) {
        try {
            if (!ensure(1)) {
                return;
            }
            if (buf[pos] == '\uFEFF') {
                pos++;
            }
            delimiter = sniffDelimiter();
            while (ensure(1)) {
                int start = line;
                readRow();
                if (!visitor.visit(new TextRow(start, Arrays.copyOf(fields, count)))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw FileFormatException.in(source).cause(e).problem("cannot read the file: " + e.getMessage());
        }
    }

    private char sniffDelimiter() throws IOException {
        ensure(buf.length / 2);
        boolean tab = false;
        for (int i = pos; i < len && buf[i] != '\n'; i++) {
            if (buf[i] == ',') {
                return ',';
            }
            tab |= buf[i] == '\t';
        }
        return tab ? '\t' : ',';
    }

    /** Makes at least {@code n} chars available from pos, unless the input ends; false if none are. */
    private boolean ensure(int n) throws IOException {
        while (len - pos < n && !eof) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, len - pos);
                len -= pos;
                pos = 0;
            }
            if (len == buf.length) {
                if (buf.length >= MAX_RECORD) {
                    throw tooLong();
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int read = in.read(buf, len, buf.length - len);
            if (read < 0) {
                eof = true;
            } else {
                len += read;
            }
        }
        return len > pos;
    }

    private FileFormatException tooLong() {
        return FileFormatException.in(source).row(line).problem("a record longer than " + MAX_RECORD
                + " characters: not a text table (no line breaks, or a quoted field that never closes)");
    }

    private void add(String field) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = field;
    }

    /** Reads one record; pos is at its first char. */
    private void readRow() throws IOException {
        count = 0;
        while (true) {
            if (!ensure(1)) {
                add("");
                return;
            }
            if (buf[pos] == '"') {
                readQuoted();
            } else {
                int start = pos;
                while (true) {
                    pos = scan(pos);
                    if (pos < len) {
                        break;
                    }
                    int offset = pos - start;
                    pos = start;
                    ensure(offset + 1);
                    start = pos;
                    pos = start + offset;
                    if (pos == len) {
                        add(trimCr(start, pos));
                        return;
                    }
                }
                add(trimCr(start, pos));
            }
            if (pos >= len && !ensure(1)) {
                return;
            }
            char c = buf[pos++];
            if (c == '\n') {
                line++;
                return;
            }
        }
    }

    /** The index of the first delimiter or line feed at or after {@code from}, or {@code len}: a tight local loop. */
    private int scan(int from) {
        char[] b = buf;
        char d = delimiter;
        int end = len;
        int i = from;
        while (i < end) {
            char c = b[i];
            if (c == d || c == '\n') {
                return i;
            }
            i++;
        }
        return end;
    }

    /**
     * The field's text. When it equals the same column's text in the previous row (an all-areas file repeats the
     * area, industry and ownership columns for hundreds of rows) the previous string is returned instead of a new
     * one: no allocation, and its cached hash code makes interning downstream cheap.
     */
    private String trimCr(int start, int end) {
        int n = end > start && buf[end - 1] == '\r' ? end - start - 1 : end - start;
        int column = count;
        if (column < previous.length) {
            String last = previous[column];
            if (last != null && last.length() == n && sameChars(last, start, n)) {
                return last;
            }
            String text = new String(buf, start, n);
            previous[column] = text;
            return text;
        }
        return new String(buf, start, n);
    }

    private boolean sameChars(String text, int start, int n) {
        char[] b = buf;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != b[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** A quoted field: pos at the opening quote; leaves pos at the delimiter or line end after it. */
    private void readQuoted() throws IOException {
        int startLine = line;
        quoted.setLength(0);
        pos++;
        while (true) {
            if (!ensure(1)) {
                throw FileFormatException.in(source).row(startLine)
                        .raw(quoted.length() > 40 ? quoted.substring(0, 40) : quoted.toString())
                        .problem("a quoted field is never closed (unterminated \")");
            }
            char c = buf[pos++];
            if (c == '"') {
                if (ensure(1) && buf[pos] == '"') {
                    quoted.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                if (quoted.length() >= MAX_RECORD) {
                    throw tooLong();
                }
                quoted.append(c);
            }
        }
        // Text after the closing quote and before the delimiter is kept, as spreadsheets do.
        while (ensure(1) && buf[pos] != delimiter && buf[pos] != '\n') {
            if (buf[pos] != '\r') {
                quoted.append(buf[pos]);
            }
            pos++;
        }
        add(quoted.toString());
    }
}

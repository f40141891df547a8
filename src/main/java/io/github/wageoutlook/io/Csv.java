package io.github.wageoutlook.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma (or, when the header line has tabs and no commas, tab) separated fields, double
 * quotes with {@code ""} escapes, fields spanning lines, CRLF or LF line ends, a leading byte-order mark ignored.
 *
 * <p>Rows are numbered by the line on which they start, 1-based, as an editor shows them.
 */
final class Csv {
    private final String source;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int line = 1;
    private char delimiter;

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
    static void forEachRow(String source, Reader in, Xlsx.RowVisitor visitor) {
        new Csv(source, in).run(visitor);
    }

    private void run(Xlsx.RowVisitor visitor) {
        try {
            fill();
            if (len > 0 && buf[0] == '\uFEFF') {
                pos = 1;
            }
            delimiter = sniffDelimiter();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                int start = line;
                if (!readRow(fields, field)) {
                    return;
                }
                if (!visitor.visit(new TextRow(start, fields.toArray(String[]::new)))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw FileFormatException.in(source).cause(e).problem("cannot read the file: " + e.getMessage());
        }
    }

    private char sniffDelimiter() {
        boolean tab = false;
        for (int i = pos; i < len && buf[i] != '\n'; i++) {
            if (buf[i] == ',') {
                return ',';
            }
            tab |= buf[i] == '\t';
        }
        return tab ? '\t' : ',';
    }

    private boolean fill() throws IOException {
        if (pos < len) {
            return true;
        }
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len < 0) {
            len = 0;
            return false;
        }
        return len > 0 || fill();
    }

    /** Reads one record into fields; false at end of input with nothing read. */
    private boolean readRow(List<String> fields, StringBuilder field) throws IOException {
        fields.clear();
        field.setLength(0);
        if (!fill()) {
            return false;
        }
        int startLine = line;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (fill()) {
            char c = buf[pos++];
            if (quoted) {
                if (c == '"') {
                    if (fill() && buf[pos] == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                line++;
                fields.add(endField(field));
                return true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw FileFormatException.in(source).row(startLine)
                    .raw(field.length() > 40 ? field.substring(0, 40) : field.toString())
                    .problem("a quoted field is never closed (unterminated \")");
        }
        fields.add(endField(field));
        return true;
    }

    private static String endField(StringBuilder field) {
        int n = field.length();
        if (n > 0 && field.charAt(n - 1) == '\r') {
            field.setLength(n - 1);
        }
        return field.toString();
    }
}

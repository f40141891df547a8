package io.github.wageoutlook.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@link Csv}'s format read straight from a file's bytes (UTF-8), one record at a time, without a string per cell.
 *
 * <p>The same rules as {@link Csv}, checked cell for cell by the tests: comma or tab delimiter (chosen on the first
 * line), double quotes with {@code ""} escapes, quoted fields spanning lines, CRLF or LF, a byte-order mark ignored,
 * rows numbered by the line they start on. What differs is the cost: the reader hands itself to the visitor as the
 * current row, plain numbers are parsed from the bytes ({@link #simpleNumber(int)}), and a text cell becomes a
 * string only when asked for, through a per-column dictionary keyed by its bytes, so that the area, industry and
 * occupation codes and titles that an all-areas file repeats hundreds of thousands of times are one string each.
 *
 * <p>An instance reads one range of one file on one thread.
 */
public final class ByteCsv implements Cells {
    /** Receives each row; the row is only valid during the call. */
    public interface Visitor {
        /**
         * @param row the current row
         * @return true to go on reading
         */
        boolean visit(Cells row);
    }

    private static final int COLUMNS_CACHED = 64;
    /** Eight bytes of an array as one long, for comparing and hashing fields a word at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final int DICTIONARY_LIMIT = 1 << 13;

    private final String source;
    private final byte[] b;
    private final byte delimiter;
    private int line;
    private int number;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    /** 0 plain, 1 quoted with nothing to unescape, 2 quoted needing {@link #unquote(int)}; then starts/ends are raw. */
    private byte[] kinds = new byte[32];
    private final int[] lastStart = new int[COLUMNS_CACHED];
    private final int[] lastEnd = new int[COLUMNS_CACHED];
    private final String[] last = new String[COLUMNS_CACHED];
    private final Dictionary[] dictionaries = new Dictionary[COLUMNS_CACHED];

    /**
     * A reader of {@code bytes} with the given delimiter.
     *
     * @param source the name used in error messages
     * @param bytes the whole file
     * @param delimiter the field delimiter, as {@link #delimiter(byte[], int)} chose it
     */
    public ByteCsv(String source, byte[] bytes, byte delimiter) {
        this.source = source;
        this.b = bytes;
        this.delimiter = delimiter;
    }

    /**
     * Where the text starts: after a UTF-8 byte-order mark, if any.
     *
     * @param bytes the file
     * @return 3 after a byte-order mark, else 0
     */
    public static int textStart(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /**
     * The delimiter, as {@link Csv} chooses it: a comma if the first line (within its first 32 Ki characters) has
     * one, else a tab if it has one, else a comma.
     *
     * @param bytes the file
     * @param from where the text starts
     * @return {@code ','} or {@code '\t'}
     */
    public static byte delimiter(byte[] bytes, int from) {
        boolean tab = false;
        int end = Math.min(bytes.length, from + (1 << 15));
        for (int i = from; i < end && bytes[i] != '\n'; i++) {
            if (bytes[i] == ',') {
                return ',';
            }
            tab |= bytes[i] == '\t';
        }
        return tab ? (byte) '\t' : (byte) ',';
    }

    /**
     * Reads the records that start in {@code [from, to)}, the last one to its end even past {@code to}.
     *
     * @param from the first byte of a record
     * @param to where to stop starting records
     * @param firstLine the line number of the record at {@code from}
     * @param visitor receives each row
     * @return the position after the last record read (at or past {@code to} unless the visitor stopped)
     * @throws FileFormatException on an unterminated quote or a record longer than {@link Csv#MAX_RECORD}
     */
    public int read(int from, int to, int firstLine, Visitor visitor) {
        int pos = from;
        line = firstLine;
        while (pos < to) {
            number = line;
            pos = record(pos);
            if (!visitor.visit(this)) {
                break;
            }
        }
        return pos;
    }

    /** @return the line after the last record read */
    public int line() {
        return line;
    }

    /** Tokenizes the record at {@code pos}; returns the position after its line end. */
    private int record(int pos) {
        count = 0;
        int n = b.length;
        byte d = delimiter;
        while (true) {
            if (pos >= n) {
                add(pos, pos, (byte) 0);
                return pos;
            }
            if (b[pos] == '"') {
                pos = quoted(pos);
            } else {
                int start = pos;
                while (pos < n) {
                    byte c = b[pos];
                    if (c == d || c == '\n') {
                        break;
                    }
                    pos++;
                }
                if (pos - start > Csv.MAX_RECORD) {
                    throw tooLong();
                }
                add(start, pos > start && b[pos - 1] == '\r' ? pos - 1 : pos, (byte) 0);
            }
            if (pos >= n) {
                return pos;
            }
            if (b[pos++] == '\n') {
                line++;
                return pos;
            }
        }
    }

    /** A quoted field: {@code pos} at the opening quote; returns the position of the delimiter or line end after it. */
    private int quoted(int pos) {
        int open = pos;
        int startLine = line;
        int n = b.length;
        byte kind = 1;
        pos++;
        while (true) {
            if (pos >= n) {
                String text = unquote(open, n);
                throw FileFormatException.in(source).row(startLine)
                        .raw(text.length() > 40 ? text.substring(0, 40) : text)
                        .problem("a quoted field is never closed (unterminated \")");
            }
            byte c = b[pos++];
            if (c == '"') {
                if (pos < n && b[pos] == '"') {
                    kind = 2;
                    pos++;
                } else {
                    break;
                }
            } else if (c == '\n') {
                line++;
            }
            if (pos - open > Csv.MAX_RECORD) {
                throw tooLong();
            }
        }
        int close = pos - 1;
        // Text after the closing quote and before the delimiter is kept, as spreadsheets do (CRs dropped).
        while (pos < n && b[pos] != delimiter && b[pos] != '\n') {
            if (b[pos] != '\r') {
                kind = 2;
            }
            pos++;
        }
        if (kind == 1) {
            add(open + 1, close, kind);
        } else {
            add(open, pos, kind);
        }
        return pos;
    }

    private FileFormatException tooLong() {
        return FileFormatException.in(source).row(line).problem("a record longer than " + Csv.MAX_RECORD
                + " characters: not a text table (no line breaks, or a quoted field that never closes)");
    }

    private void add(int start, int end, byte kind) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        kinds[count] = kind;
        count++;
    }

    /** The text of a quoted field from its opening quote to {@code end}: {@code ""} unescaped, CRs after it dropped. */
    private String unquote(int open, int end) {
        StringBuilder text = new StringBuilder();
        int runStart = open + 1;
        for (int i = runStart; i < end; i++) {
            if (b[i] != '"') {
                continue;
            }
            text.append(new String(b, runStart, i - runStart, StandardCharsets.UTF_8));
            if (i + 1 < end && b[i + 1] == '"') {
                text.append('"');
                i++;
                runStart = i + 1;
                continue;
            }
            // the closing quote: what follows it up to the delimiter is kept, without CRs
            return text.append(new String(b, i + 1, end - i - 1, StandardCharsets.UTF_8).replace("\r", ""))
                    .toString();
        }
        return text.append(new String(b, runStart, end - runStart, StandardCharsets.UTF_8)).toString();
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String cell(int index) {
        if (index >= count) {
            return "";
        }
        if (kinds[index] == 2) {
            return unquote(starts[index], ends[index]);
        }
        int s = starts[index];
        int e = ends[index];
        if (index >= COLUMNS_CACHED) {
            return new String(b, s, e - s, StandardCharsets.UTF_8);
        }
        String previous = last[index];
        if (previous != null && same(s, e, lastStart[index], lastEnd[index])) {
            return previous;
        }
        Dictionary dictionary = dictionaries[index];
        if (dictionary == null) {
            dictionary = dictionaries[index] = new Dictionary();
        }
        String text = dictionary.get(b, s, e);
        last[index] = text;
        lastStart[index] = s;
        lastEnd[index] = e;
        return text;
    }

    @Override
    public String[] cells() {
        String[] cells = new String[count];
        for (int i = 0; i < count; i++) {
            cells[i] = cell(i);
        }
        return cells;
    }

    @Override
    public boolean isBlank() {
        for (int i = 0; i < count; i++) {
            if (kinds[i] == 2) {
                if (!cell(i).isBlank()) {
                    return false;
                }
                continue;
            }
            for (int j = starts[i]; j < ends[i]; j++) {
                int c = b[j];
                if (c < 0) {
                    if (!cell(i).isBlank()) {
                        return false;
                    }
                    break;
                }
                if (!isAsciiWhitespace(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public double simpleNumber(int index) {
        if (index >= count || kinds[index] == 2) {
            return index >= count ? Double.NaN : Cells.simpleDecimal(cell(index).strip());
        }
        int s = starts[index];
        int e = ends[index];
        while (s < e && isAsciiWhitespace(b[s])) {
            s++;
        }
        while (e > s && isAsciiWhitespace(b[e - 1])) {
            e--;
        }
        if (s == e || e - s > 16) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = s; i < e; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                // a byte of a multi-byte character may be Unicode white space that strip() removes: ask the string
                return c < 0 ? Cells.simpleDecimal(cell(index).strip()) : Double.NaN;
            }
        }
        return Cells.decimal(mantissa, digits, decimals);
    }

    /** Whether two ranges of the file hold the same bytes, compared eight at a time. */
    private boolean same(int s, int e, int s2, int e2) {
        int n = e - s;
        if (n != e2 - s2) {
            return false;
        }
        byte[] bytes = b;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(bytes, s + i) != (long) LONGS.get(bytes, s2 + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (bytes[s + i] != bytes[s2 + i]) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#isWhitespace(int)} for the ASCII range. */
    private static boolean isAsciiWhitespace(int c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

    /** Strings by their UTF-8 bytes, each range compared with the first range that made the string. */
    private final class Dictionary {
        private int[] hashes = new int[256];
        private int[] offsets = new int[256];
        private int[] lengths = new int[256];
        private String[] values = new String[256];
        private int size;

        String get(byte[] bytes, int s, int e) {
            long x = e - s;
            int i = s;
            for (; i + 8 <= e; i += 8) {
                x = (x ^ (long) LONGS.get(bytes, i)) * 0x9E3779B97F4A7C15L;
            }
            for (; i < e; i++) {
                x = (x ^ bytes[i]) * 0x9E3779B97F4A7C15L;
            }
            int h = (int) (x ^ (x >>> 32));
            int mask = values.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            while (values[slot] != null) {
                if (hashes[slot] == h && same(s, e, offsets[slot], offsets[slot] + lengths[slot])) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            String text = new String(bytes, s, e - s, StandardCharsets.UTF_8);
            if (size < DICTIONARY_LIMIT) {
                hashes[slot] = h;
                offsets[slot] = s;
                lengths[slot] = e - s;
                values[slot] = text;
                if (++size * 2 > values.length) {
                    grow();
                }
            }
            return text;
        }

        private void grow() {
            int[] oldHashes = hashes;
            int[] oldOffsets = offsets;
            int[] oldLengths = lengths;
            String[] oldValues = values;
            int capacity = oldValues.length * 2;
            hashes = new int[capacity];
            offsets = new int[capacity];
            lengths = new int[capacity];
            values = new String[capacity];
            for (int i = 0; i < oldValues.length; i++) {
                if (oldValues[i] != null) {
                    int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & (capacity - 1);
                    while (values[slot] != null) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    hashes[slot] = oldHashes[i];
                    offsets[slot] = oldOffsets[i];
                    lengths[slot] = oldLengths[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}

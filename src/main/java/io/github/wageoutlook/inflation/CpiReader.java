package io.github.wageoutlook.inflation;

import io.github.wageoutlook.io.FileFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads BLS consumer price index files into {@link PriceIndex}es, one per series, in either format BLS publishes,
 * chosen by the file's content (not its name):
 * <ul>
 *   <li>LABSTAT flat files ({@code cu.data.*}, as served under {@code download.bls.gov/pub/time.series/cu/});</li>
 *   <li>the BLS data tool's "Series Report" export, saved as CSV or as .xlsx (a metadata block, then a row per
 *       year with {@code Year, Jan … Dec, Annual, HALF1, HALF2}; see {@code SeriesReportReader}).</li>
 * </ul>
 *
 * <p>The LABSTAT format: a header line {@code series_id, year, period, value, footnote_codes}, then one observation a
 * line, tab-separated, with the series id and the value padded with spaces and CRLF or LF line ends. Periods:
 * {@code M01}–{@code M12} are months, {@code M13} is the annual average, {@code S01}–{@code S03} are the half-year
 * averages of the semiannual regional series (read and skipped: a price index here holds months and years).
 * Footnote codes are accepted and not kept (the CPI files carry none in the shipped data).
 *
 * <p>Annual averages are only those BLS published (M13, or the Series Report's {@code Annual} column); none is ever
 * computed from the months of a year. A month BLS did not publish (October 2025) is simply absent.
 *
 * <p>The flat file is parsed in one pass over its text with index arithmetic, no regular expression per line: the
 * 2.6 MB shipped file (63,000 observations, 200+ series) reads in tens of milliseconds.
 *
 * <p>Every problem is one {@link FileFormatException} naming the file, the 1-based line or row (the header is line
 * 1), the column and the raw text: a line without four or five tab-separated fields, a year that is not four digits,
 * a period outside M01–M13/S01–S03, a value that is not a positive number, an observation given twice, a series the
 * file does not hold. Nothing is half-loaded.
 *
 * <pre>{@code
 * PriceIndex cpiU = CpiReader.read(Path.of("cu.data.1.AllItems"));           // CUUR0000SA0
 * PriceIndex sa   = CpiReader.read(Path.of("cu.data.1.AllItems"), "CUSR0000SA0");
 * PriceIndex sr   = CpiReader.read(Path.of("SeriesReport-20260715.xlsx"));   // the report's one series
 * }</pre>
 */
public final class CpiReader {
    /** The series read when none is named: CPI-U, U.S. city average, all items, not seasonally adjusted. */
    public static final String DEFAULT_SERIES = "CUUR0000SA0";

    private static final String[] COLUMNS = {"series_id", "year", "period", "value", "footnote_codes"};

    /** Bytes read ahead to check the header line (a real one is 50 characters). */
    private static final int HEADER_PEEK = 4096;

    private CpiReader() {
    }

    /**
     * Reads a file's series: the report's series for a Series Report holding one, else the default series,
     * {@value #DEFAULT_SERIES}.
     *
     * @param file a LABSTAT {@code cu.data.*} file, or a Series Report (.csv or .xlsx)
     * @return the index
     * @throws FileFormatException if the file is unreadable, malformed, or lacks the series
     */
    public static PriceIndex read(Path file) {
        Map<String, PriceIndex> all = readAll(file);
        if (all.size() == 1) {
            return all.values().iterator().next();
        }
        return select(all, file.getFileName().toString(), DEFAULT_SERIES);
    }

    /**
     * Reads one series from a file.
     *
     * @param file a LABSTAT {@code cu.data.*} file, or a Series Report (.csv or .xlsx)
     * @param seriesId e.g. {@code CUUR0000SA0}
     * @return the index
     * @throws FileFormatException if the file is unreadable, malformed, or lacks the series
     */
    public static PriceIndex read(Path file, String seriesId) {
        return select(readAll(file), file.getFileName().toString(), seriesId);
    }

    /**
     * Reads every series of a file.
     *
     * @param file a LABSTAT {@code cu.data.*} file, or a Series Report (.csv or .xlsx)
     * @return the indexes by series id, in the order the file first names them
     * @throws FileFormatException if the file is unreadable or malformed
     */
    public static Map<String, PriceIndex> readAll(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(name, in);
        } catch (NoSuchFileException e) {
            throw FileFormatException.in(file.toString()).cause(e).problem("no such file");
        } catch (IOException e) {
            throw FileFormatException.in(file.toString()).cause(e).problem("cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads every series from a stream (the caller closes it).
     *
     * @param source the name to report in errors, e.g. the file name
     * @param in the file's bytes
     * @return the indexes by series id, in the order the file first names them
     * @throws FileFormatException if the text is malformed
     * @throws IOException if the stream fails
     */
    public static Map<String, PriceIndex> readAll(String source, InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        // The LABSTAT files are ASCII; ISO-8859-1 decodes any byte, so a stray byte reaches the error message as is.
        // Check the header before reading the rest, so that a large file of another kind fails at once.
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(HEADER_PEEK);
        byte[] headBytes = buffered.readNBytes(HEADER_PEEK);
        buffered.reset();
        if (headBytes.length >= 4 && headBytes[0] == 'P' && headBytes[1] == 'K' && headBytes[2] == 3
                && headBytes[3] == 4) {
            return SeriesReportReader.readXlsx(source, buffered);
        }
        String head = new String(headBytes, StandardCharsets.ISO_8859_1);
        if (!head.isEmpty()) {
            int end = head.indexOf('\n');
            String first = end < 0 ? head : head.substring(0, end);
            if (!first.stripLeading().startsWith(COLUMNS[0]) && SeriesReportReader.looksLikeSeriesReport(head)) {
                return SeriesReportReader.readCsv(source, buffered);
            }
            checkHeader(source, first.endsWith("\r") ? first.substring(0, first.length() - 1) : first);
        }
        return parse(source, new String(buffered.readAllBytes(), StandardCharsets.ISO_8859_1));
    }

    /**
     * Picks one series out of {@link #readAll(String, InputStream)}'s result.
     *
     * @param all the series of a file
     * @param source the file name, for the message
     * @param seriesId the series wanted
     * @return its index
     * @throws FileFormatException naming the file and the series when the file does not hold it
     */
    public static PriceIndex select(Map<String, PriceIndex> all, String source, String seriesId) {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        PriceIndex index = all.get(seriesId.strip());
        if (index == null) {
            String some = String.join(", ", all.keySet().stream().limit(6).toList());
            throw FileFormatException.in(source).column("series_id").raw(seriesId)
                    .problem("no such series in the file; it holds " + all.size() + " series"
                            + (all.isEmpty() ? "" : " (" + some + (all.size() > 6 ? ", …" : "") + ")"));
        }
        return index;
    }

    private static Map<String, PriceIndex> parse(String source, String text) {
        Map<String, Series> series = new LinkedHashMap<>();
        int length = text.length();
        int start = 0;
        int line = 0;
        int[] tabs = new int[COLUMNS.length];
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int next = end + 1;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            line++;
            if (line == 1) {
                checkHeader(source, text.substring(start, end));
            } else if (!isBlank(text, start, end)) {
                readLine(source, text, start, end, line, tabs, series);
            }
            start = next;
        }
        if (line == 0) {
            throw FileFormatException.in(source).problem("empty file: expected a header line "
                    + String.join("\\t", COLUMNS));
        }
        Map<String, PriceIndex> out = new LinkedHashMap<>();
        // The lines were checked one by one, so PriceIndex.of cannot refuse them; should it, the file is named.
        series.forEach((id, s) -> {
            try {
                out.put(id, PriceIndex.of(id, source, s.annual, s.monthly));
            } catch (IllegalArgumentException e) {
                throw FileFormatException.in(source).column("series_id").raw(id).cause(e).problem(e.getMessage());
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private static void checkHeader(String source, String header) {
        String[] parts = header.split("\t", -1);
        boolean ok = parts.length >= 4 && parts.length <= 5;
        for (int i = 0; ok && i < parts.length; i++) {
            ok = parts[i].strip().equals(COLUMNS[i]);
        }
        if (!ok) {
            throw FileFormatException.in(source).row(1).raw(header)
                    .problem("neither a LABSTAT CPI data file (the header must be the tab-separated columns "
                            + String.join(", ", COLUMNS) + ") nor a BLS Series Report (a 'Series Id:' row, then "
                            + "Year, Jan … Dec, Annual)");
        }
    }

    private static void readLine(String source, String text, int start, int end, int line, int[] tabs,
                                 Map<String, Series> series) {
        int fields = 1;
        tabs[0] = start - 1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\t') {
                if (fields == COLUMNS.length) {
                    throw malformed(source, text, start, end, line, "more than " + COLUMNS.length + " fields");
                }
                tabs[fields++] = i;
            }
        }
        if (fields < 4) {
            throw malformed(source, text, start, end, line,
                    fields + " tab-separated field" + (fields == 1 ? "" : "s") + ", expected 4 or 5");
        }
        String id = field(text, tabs, 0, fields, end);
        if (id.isEmpty()) {
            throw cell(source, line, 0, id, "empty series id");
        }
        if (!isSeriesId(id)) {
            throw cell(source, line, 0, id, "not a series id: letters and digits only, e.g. CUUR0000SA0");
        }
        String yearText = field(text, tabs, 1, fields, end);
        int year = parseYear(yearText);
        if (year < 1) {
            throw cell(source, line, 1, yearText, "not a four-digit year (0001 - 9999)");
        }
        String period = field(text, tabs, 2, fields, end);
        int month = parsePeriod(period);
        if (month == 0) {
            throw cell(source, line, 2, period,
                    "not a period: valid values M01 - M12 (months), M13 (annual average), S01 - S03 (half-years)");
        }
        String valueText = field(text, tabs, 3, fields, end);
        double value = parseValue(valueText);
        if (Double.isNaN(value)) {
            throw cell(source, line, 3, valueText, "not a number");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw cell(source, line, 3, valueText, "not a positive index value");
        }
        Series s = series.computeIfAbsent(id, k -> new Series());
        if (month < 0) {
            return; // half-year averages: valid, not part of a monthly/annual index (the series is still listed)
        }
        Double before = month == 13 ? s.annual.put(year, value) : s.monthly.put(YearMonth.of(year, month), value);
        if (before != null) {
            throw cell(source, line, 2, period, "second observation of " + id + " " + year + " " + period
                    + " (first on line " + firstLine(text, id, yearText, period) + ")");
        }
    }

    /** Finds the line of an observation again; only called on the error path, so a plain scan is fine. */
    private static int firstLine(String text, String id, String year, String period) {
        int line = 1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String[] f = text.substring(start, end).split("\t", -1);
            if (f.length >= 3 && f[0].strip().equals(id) && f[1].strip().equals(year) && f[2].strip().equals(period)) {
                return line;
            }
            line++;
            start = end + 1;
        }
        return -1;
    }

    /** LABSTAT series ids are ASCII letters and digits ({@code CUUR0000SA0}); anything else is not one. */
    private static boolean isSeriesId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a plain decimal such as {@code 304.702}; a mantissa below 2^53 over an exact power of ten is one
     * correctly rounded division, the same double {@link Double#parseDouble} gives. Other forms go to parseDouble.
     *
     * @return the value, or NaN if the text is not a number
     */
    private static double parseValue(String s) {
        long mantissa = 0;
        int scale = -1;
        int n = s.length();
        boolean plain = n > 0 && n <= 15; // at most 15 digits: the mantissa stays below 2^53
        for (int i = 0; plain && i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                plain = false;
            }
        }
        if (plain && (scale < 0 || n > 1)) {
            return scale <= 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17};

    /** The stripped text of field {@code i}; tabs[i] is the tab before it (start − 1 for the first). */
    private static String field(String text, int[] tabs, int i, int fields, int end) {
        int from = tabs[i] + 1;
        int to = i + 1 < fields ? tabs[i + 1] : end;
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return text.substring(from, to);
    }

    /** Four digits as a year, or -1: a plain loop, as this runs for every line of a flat file. */
    static int parseYear(String s) {
        if (s.length() != 4) {
            return -1;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return y;
    }

    /** @return 1–12 for a month, 13 for the annual average, −1 for a half-year, 0 for anything else */
    private static int parsePeriod(String p) {
        if (p.length() != 3) {
            return 0;
        }
        char a = p.charAt(1);
        char b = p.charAt(2);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return 0;
        }
        int n = (a - '0') * 10 + (b - '0');
        return switch (p.charAt(0)) {
            case 'M' -> n >= 1 && n <= 13 ? n : 0;
            case 'S' -> n >= 1 && n <= 3 ? -1 : 0;
            default -> 0;
        };
    }

    private static FileFormatException malformed(String source, String text, int start, int end, int line,
                                                 String why) {
        return FileFormatException.in(source).row(line).raw(text.substring(start, end).replace('\t', '→'))
                .problem("malformed line: " + why + " (" + String.join(", ", COLUMNS) + "; tabs shown as →)");
    }

    private static FileFormatException cell(String source, int line, int column, String raw, String why) {
        return FileFormatException.in(source).row(line).column(COLUMNS[column]).raw(raw).problem(why);
    }

    /** Observations of one series while reading. */
    private static final class Series {
        final Map<Integer, Double> annual = new TreeMap<>();
        final Map<YearMonth, Double> monthly = new TreeMap<>();
    }
}

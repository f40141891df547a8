package io.github.wageoutlook.inflation;

import io.github.wageoutlook.io.Cells;
import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.io.Xlsx;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the BLS data tool's "Series Report" export of a price index (CSV, or the same layout saved as .xlsx) into
 * {@link PriceIndex}es. Used by {@link CpiReader}, which picks the format from the file's content.
 *
 * <p>The layout, as BLS's data tool writes it: a metadata block ({@code Series Id:,CUUR0000SA0}, the series title,
 * area, item, base period, years), then a header row {@code Year, Jan, …, Dec, Annual, HALF1, HALF2} and one row per
 * year. A blank cell is a value BLS did not publish (October 2025, an annual average of a year not yet complete)
 * and stays missing; {@code Annual} is BLS's published annual average (period M13); {@code HALF1}/{@code HALF2}
 * are the half-year averages, read and not kept (an index here holds months and years). A file may hold several
 * series one after another, each with its metadata block.
 *
 * <p>Every problem is one {@link FileFormatException} naming the file, the 1-based row, the column and the raw
 * text: no {@code Series Id:} before the header, a header column that is not a month, {@code Annual} or a half
 * year, a year that is not four digits or comes twice, a value that is not a positive number.
 */
final class SeriesReportReader {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    /** Column roles: 1–12 months, 13 the annual average, −1 a half-year average (read, not kept). */
    private static final int HALF = -1;

    private final String source;
    private final String sheet;
    private final Map<String, Series> series = new LinkedHashMap<>();
    private String seriesId;
    private int[] roles;
    private String[] header;
    private Series current;

    private SeriesReportReader(String source, String sheet) {
        this.source = source;
        this.sheet = sheet;
    }

    /**
     * Reads a Series Report saved as CSV.
     *
     * @param source the name used in error messages
     * @param in the file's bytes (UTF-8; the caller closes the stream)
     * @return the indexes by series id, in file order
     * @throws FileFormatException if the text is not a Series Report or a cell is malformed
     */
    static Map<String, PriceIndex> readCsv(String source, InputStream in) {
        SeriesReportReader r = new SeriesReportReader(source, null);
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
        Csv.forEachRow(source, text, row -> {
            r.row(row);
            return true;
        });
        return r.finish();
    }

    /**
     * Reads a Series Report saved as .xlsx: the first sheet with a {@code Series Id:} row in its first 40 rows.
     *
     * @param source the name used in error messages
     * @param in the workbook's bytes (the caller closes the stream)
     * @return the indexes by series id, in file order
     * @throws FileFormatException if the workbook holds no Series Report or a cell is malformed
     */
    static Map<String, PriceIndex> readXlsx(String source, InputStream in) {
        try (Xlsx x = Xlsx.open(source, in)) {
            String name = x.findSheet(40, rows -> rows.stream().anyMatch(SeriesReportReader::isSeriesIdRow))
                    .orElseThrow(() -> FileFormatException.in(source).problem("not a BLS Series Report: no sheet "
                            + "has a 'Series Id:' row in its first 40 rows (sheets " + x.sheetNames() + ")"));
            SeriesReportReader r = new SeriesReportReader(source, name);
            x.forEachRow(name, row -> {
                r.row(row);
                return true;
            });
            return r.finish();
        }
    }

    /**
     * Whether text looks like a Series Report CSV: a {@code Series Id:} row within the text given.
     *
     * @param head the first kilobytes of the file
     * @return true if a line starts with {@code Series Id:} (quotes allowed)
     */
    static boolean looksLikeSeriesReport(String head) {
        for (String line : head.split("\n")) {
            String l = line.strip();
            if (l.startsWith("\"")) {
                l = l.substring(1);
            }
            if (l.regionMatches(true, 0, "Series Id:", 0, 10)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeriesIdRow(Cells row) {
        return row.cell(0).strip().equalsIgnoreCase("Series Id:");
    }

    private void row(Cells row) {
        if (row.isBlank()) {
            return;
        }
        String first = row.cell(0).strip();
        if (isSeriesIdRow(row)) {
            String id = row.cell(1).strip();
            if (id.isEmpty() || !isSeriesId(id)) {
                throw at(row.number(), "Series Id", id, "not a series id: letters and digits only, e.g. CUUR0000SA0");
            }
            if (series.containsKey(id)) {
                throw at(row.number(), "Series Id", id, "series " + id + " given twice in the report");
            }
            seriesId = id;
            roles = null;
            current = null;
            return;
        }
        if (first.equalsIgnoreCase("Year")) {
            readHeader(row);
            return;
        }
        if (roles == null) {
            return; // metadata: title, area, item, base period, years
        }
        int year = parseYear(first);
        if (year < 0) {
            if (restIsBlank(row)) {
                return; // a footnote line under the table
            }
            throw at(row.number(), "Year", first, "not a four-digit year (0001 - 9999)");
        }
        if (current.years.containsKey(year)) {
            throw at(row.number(), "Year", first, "year " + year + " given twice (first on row "
                    + current.years.get(year) + ")");
        }
        current.years.put(year, row.number());
        for (int c = 1; c < roles.length; c++) {
            String raw = row.cell(c).strip();
            if (raw.isEmpty() || roles[c] == HALF) {
                continue;
            }
            double v = row.simpleNumber(c);
            if (Double.isNaN(v)) {
                v = parse(raw);
            }
            if (Double.isNaN(v)) {
                throw at(row.number(), header[c], raw, "not a number (a value BLS did not publish is blank)");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw at(row.number(), header[c], raw, "not a positive index value");
            }
            if (roles[c] == 13) {
                current.annual.put(year, v);
            } else {
                current.monthly.put(YearMonth.of(year, roles[c]), v);
            }
        }
        for (int c = roles.length; c < row.cells().length; c++) {
            if (!row.cell(c).isBlank()) {
                throw at(row.number(), TextRow.columnLetter(c), row.cell(c), "a value beyond the header's "
                        + (roles.length) + " columns");
            }
        }
    }

    private void readHeader(Cells row) {
        if (seriesId == null) {
            throw at(row.number(), "Year", row.cell(0), "a table header before any 'Series Id:' row: not a BLS "
                    + "Series Report (expected the metadata block first)");
        }
        if (current != null) {
            throw at(row.number(), "Year", row.cell(0), "a second table header for series " + seriesId);
        }
        int n = row.cells().length;
        while (n > 1 && row.cell(n - 1).isBlank()) {
            n--;
        }
        roles = new int[n];
        header = new String[n];
        header[0] = "Year";
        boolean[] seen = new boolean[14];
        for (int c = 1; c < n; c++) {
            String h = row.cell(c).strip();
            header[c] = h.isEmpty() ? TextRow.columnLetter(c) : h;
            int role = role(h);
            if (role == 0) {
                throw at(row.number(), TextRow.columnLetter(c), h, "not a Series Report column: valid values Jan "
                        + "- Dec, Annual, HALF1, HALF2");
            }
            if (role > 0) {
                if (seen[role]) {
                    throw at(row.number(), TextRow.columnLetter(c), h, "column given twice");
                }
                seen[role] = true;
            }
            roles[c] = role;
        }
        current = new Series();
        series.put(seriesId, current);
    }

    private static int role(String h) {
        String l = h.toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (l.equals(MONTHS[m])) {
                return m + 1;
            }
        }
        if (l.equals("annual")) {
            return 13;
        }
        return l.equals("half1") || l.equals("half2") ? HALF : 0;
    }

    private static boolean restIsBlank(Cells row) {
        for (int c = 1; c < row.cells().length; c++) {
            if (!row.cell(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Map<String, PriceIndex> finish() {
        if (series.isEmpty()) {
            throw FileFormatException.in(source).problem(seriesId == null
                    ? "not a BLS Series Report: no 'Series Id:' row and no 'Year, Jan, …, Dec' table"
                    : "no table under 'Series Id: " + seriesId + "': expected a header row Year, Jan, …, Dec, Annual");
        }
        Map<String, PriceIndex> out = new LinkedHashMap<>();
        series.forEach((id, s) -> {
            try {
                out.put(id, PriceIndex.of(id, source, s.annual, s.monthly));
            } catch (IllegalArgumentException e) {
                throw FileFormatException.in(source).column("Series Id").raw(id).cause(e).problem(e.getMessage());
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private FileFormatException at(int row, String column, String raw, String why) {
        FileFormatException.Builder b = FileFormatException.in(source);
        if (sheet != null) {
            b.sheet(sheet);
        }
        return b.row(row).column(column).raw(raw).problem(why);
    }

    private static boolean isSeriesId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static int parseYear(String text) {
        String s = text;
        // A workbook may store the year as the number 1913.0.
        if (s.length() > 5 && s.charAt(4) == '.' && s.substring(5).chars().allMatch(c -> c == '0')) {
            s = s.substring(0, 4);
        }
        int y = CpiReader.parseYear(s);
        return y == 0 ? -1 : y;
    }

    private static double parse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'E' || c == 'e' || c == '-' || c == '+')) {
                return Double.NaN; // no hex floats, no "NaN", no "Infinity", no type suffixes
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Observations of one series while reading; {@code years} maps a year to its row, for duplicate errors. */
    private static final class Series {
        final Map<Integer, Integer> years = new TreeMap<>();
        final Map<Integer, Double> annual = new TreeMap<>();
        final Map<YearMonth, Double> monthly = new TreeMap<>();
    }
}

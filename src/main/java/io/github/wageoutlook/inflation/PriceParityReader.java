package io.github.wageoutlook.inflation;

import io.github.wageoutlook.inflation.PriceParity.Line;
import io.github.wageoutlook.io.Cells;
import io.github.wageoutlook.io.Csv;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.ContextLookup;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads BEA's Regional Price Parities tables as BEA's interactive tables and zips write them: {@code SARPP} (by state)
 * and {@code MARPP} (by metropolitan statistical area), CSV.
 *
 * <p>The layout: a header {@code GeoFIPS, GeoName, Region, TableName, LineCode, IndustryClassification, Description,
 * Unit} and one column per year; one row per area and line, {@code GeoFIPS} written with a leading space and quotes
 * ({@code  "06000"}: a state's FIPS code and {@code 000}; in MARPP the CBSA code, {@code 00000} the nation and
 * {@code 00999} its nonmetropolitan portion), {@code (NA)} where BEA publishes no estimate; then one-cell footer lines
 * ("Note: See the included footnote file.", the table's name, "Last updated: …", "U.S. Bureau of Economic
 * Analysis"). Columns are found by their names.
 *
 * <p>Every problem is one {@link FileFormatException} naming the file, the 1-based line, the column and the raw
 * text: no header, a {@code TableName} other than SARPP or MARPP, a {@code GeoFIPS} that is not five digits or not
 * a state's, a {@code LineCode} outside 1 – 5 or a {@code Description} that is not its line's, a {@code Unit} other
 * than {@code Index}, a value that is neither a positive number nor {@code (NA)}, an area and line given twice, no
 * data row.
 */
final class PriceParityReader {
    private static final String NOT_AVAILABLE = "(NA)";

    /** One row of the table: an area's values of one line, NaN where BEA writes {@code (NA)}. */
    record Row(Area area, Line line, int firstYear, double[] values) {
    }

    /** What a file holds. */
    record Read(String source, String table, String lastUpdated, List<Row> rows) {
    }

    private final String source;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private String[] header;
    private int geoFips = -1;
    private int geoName = -1;
    private int tableName = -1;
    private int lineCode = -1;
    private int description = -1;
    private int unit = -1;
    private int firstYearColumn = -1;
    private int firstYear;
    private int years;
    private String table = "";
    private String lastUpdated = "";

    private PriceParityReader(String source) {
        this.source = source;
    }

    /**
     * Reads a SARPP or MARPP CSV.
     *
     * @param source the name used in error messages
     * @param in the file's bytes (ASCII as BEA writes it, UTF-8 accepted; the caller closes the stream)
     * @return the rows, in file order
     * @throws FileFormatException if the text is not such a table or a cell is malformed
     */
    static Read read(String source, InputStream in) {
        PriceParityReader r = new PriceParityReader(source);
        Csv.forEachRow(source, new InputStreamReader(in, StandardCharsets.UTF_8), r::row);
        if (r.header == null) {
            throw FileFormatException.in(source).problem("no BEA Regional Price Parities header (GeoFIPS, GeoName, "
                    + "…, LineCode, …, Unit, then one column per year); not a SARPP or MARPP table");
        }
        if (r.rows.isEmpty()) {
            throw FileFormatException.in(source).problem("no data row under the header (a row per area and line)");
        }
        return new Read(source, r.table, r.lastUpdated, List.copyOf(r.rows));
    }

    private boolean row(TextRow row) {
        if (row.isBlank()) {
            return true;
        }
        String first = unquote(row.cell(0));
        if (header == null) {
            if (first.equalsIgnoreCase("GeoFIPS")) {
                header(row);
            }
            return true;
        }
        if (nonBlankCells(row) == 1 && !first.matches("\\d+")) {
            // A footer line; BEA's "Last updated: February 19, 2026-- new statistics for 2024; …" says which release.
            if (first.startsWith("Last updated:")) {
                lastUpdated = first.substring("Last updated:".length()).strip();
            }
            return true;
        }
        data(row, first);
        return true;
    }

    private void header(TextRow row) {
        header = row.cells();
        for (int i = 0; i < header.length; i++) {
            String h = unquote(header[i]);
            switch (h.toLowerCase(Locale.ROOT)) {
                case "geofips" -> geoFips = i;
                case "geoname" -> geoName = i;
                case "tablename" -> tableName = i;
                case "linecode" -> lineCode = i;
                case "description" -> description = i;
                case "unit" -> unit = i;
                default -> {
                    if (h.matches("\\d{4}")) {
                        int y = Integer.parseInt(h);
                        if (firstYearColumn < 0) {
                            firstYearColumn = i;
                            firstYear = y;
                        } else if (i != firstYearColumn + years || y != firstYear + years) {
                            throw error(row.number(), i, header[i], "the year columns must be consecutive years, "
                                    + "left to right (" + firstYear + ", " + (firstYear + 1) + ", …)");
                        }
                        years++;
                    }
                }
            }
        }
        for (String[] required : new String[][] {{"GeoName", String.valueOf(geoName)},
            {"TableName", String.valueOf(tableName)}, {"LineCode", String.valueOf(lineCode)},
            {"Description", String.valueOf(description)}, {"Unit", String.valueOf(unit)}}) {
            if (required[1].equals("-1")) {
                throw FileFormatException.in(source).row(row.number()).problem("the header has no " + required[0]
                        + " column (BEA's RPP tables have GeoFIPS, GeoName, Region, TableName, LineCode, "
                        + "IndustryClassification, Description, Unit and one column per year)");
            }
        }
        if (years == 0) {
            throw FileFormatException.in(source).row(row.number()).problem("the header has no year column (e.g. "
                    + "2008 … 2024)");
        }
    }

    private void data(Cells row, String fips) {
        int n = row.number();
        String rawTable = row.cell(tableName);
        String t = unquote(rawTable).toUpperCase(Locale.ROOT);
        if (!t.equals("SARPP") && !t.equals("MARPP")) {
            throw error(n, tableName, rawTable, "not a Regional Price Parities table (valid values SARPP, by state; "
                    + "MARPP, by metropolitan area)");
        }
        if (!table.isEmpty() && !table.equals(t)) {
            throw error(n, tableName, rawTable, "the file mixes tables " + table + " and " + t);
        }
        table = t;
        if (!fips.matches("\\d{5}")) {
            throw error(n, geoFips, row.cell(geoFips), "not a GeoFIPS code (five digits, e.g. \"06000\")");
        }
        String rawLine = row.cell(lineCode);
        Line line;
        try {
            line = Line.fromLineCode(Integer.parseInt(unquote(rawLine)));
        } catch (IllegalArgumentException e) {
            throw error(n, lineCode, rawLine, "not a LineCode (valid values 1 all items, 2 goods, 3 housing, "
                    + "4 utilities, 5 other services)");
        }
        String rawDescription = row.cell(description);
        String d = unquote(rawDescription);
        if (!d.equalsIgnoreCase("RPPs: " + line.description())) {
            throw error(n, description, rawDescription, "LineCode " + line.lineCode() + " is 'RPPs: "
                    + line.description() + "' in BEA's tables");
        }
        String rawUnit = row.cell(unit);
        if (!unquote(rawUnit).equalsIgnoreCase("Index")) {
            throw error(n, unit, rawUnit, "RPPs are an index (valid value Index, U.S. = 100)");
        }
        Area area = area(n, fips, unquote(row.cell(geoName)));
        if (!seen.add(area.type() + " " + area.code() + " " + line)) {
            throw error(n, geoFips, row.cell(geoFips), "area " + area + " and line " + line.lineCode()
                    + " come twice");
        }
        double[] values = new double[years];
        for (int k = 0; k < years; k++) {
            int c = firstYearColumn + k;
            String raw = row.cell(c);
            String v = unquote(raw);
            if (v.equals(NOT_AVAILABLE)) {
                values[k] = Double.NaN;
                continue;
            }
            double x = Cells.simpleDecimal(v);
            if (!(x > 0)) {
                throw error(n, c, raw, "not an RPP (valid values: a positive index, U.S. = 100, or (NA) where BEA "
                        + "publishes none)");
            }
            values[k] = x;
        }
        rows.add(new Row(area, line, firstYear, values));
    }

    /** The area a GeoFIPS code and BEA's name stand for, with OEWS's codes: 99 the nation, a state's FIPS code. */
    private Area area(int n, String fips, String name) {
        String title = name.replaceFirst("\\s*\\*$", "").strip();
        if (fips.equals("00000")) {
            return new Area("99", title, AreaType.NATIONAL, "US");
        }
        if (table.equals("SARPP")) {
            String state = fips.substring(0, 2);
            String usps = fips.endsWith("000") ? ContextLookup.stateUsps(state).orElse("") : "";
            if (usps.isEmpty()) {
                throw error(n, geoFips, fips, "not a state's GeoFIPS code (its FIPS code and 000, e.g. 06000)");
            }
            return new Area(state, title, AreaType.STATE, usps);
        }
        if (fips.equals("00999")) {
            return new Area(fips, title, AreaType.NONMETROPOLITAN, "US");
        }
        // "Houston-Pasadena-The Woodlands, TX (Metropolitan Statistical Area)"; one title lacks the parentheses.
        String metro = title.replaceFirst("\\s*\\(?Metropolitan Statistical Area\\)?$", "").strip();
        int comma = metro.lastIndexOf(", ");
        String primary = comma >= 0 && metro.substring(comma + 2).matches("[A-Z]{2}(-[A-Z]{2})*")
                ? metro.substring(comma + 2, comma + 4) : "";
        return new Area(fips, metro, AreaType.METROPOLITAN, primary);
    }

    private FileFormatException error(int row, int column, String raw, String problem) {
        String name = header != null && column >= 0 && column < header.length ? unquote(header[column]) : "";
        return FileFormatException.in(source).row(row).column(name + " (" + TextRow.columnLetter(column) + ")")
                .raw(raw).problem(problem);
    }

    private static int nonBlankCells(TextRow row) {
        return (int) Arrays.stream(row.cells()).filter(c -> !c.isBlank()).count();
    }

    /** BEA writes {@code  "06000"}: a space, then the quoted code, which a CSV reader keeps as text. */
    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s.strip();
    }
}

package io.github.wageoutlook.oews;

import io.github.wageoutlook.io.Cells;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.io.ReadLimits;
import io.github.wageoutlook.io.TextRow;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Turns the text rows of one OEWS file (or of one part of it, read in parallel) into table rows, checking every cell:
 * the header's columns and their aliases, codes a spreadsheet stored as numbers, numbers with thousands separators,
 * BLS's special codes and the plausibility of each wage. Used by {@link OewsReader}; not thread-safe.
 */
final class OewsRowParser {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
    /** Thousands separators as BLS writes them: in whole numbers only (33,750; 2,871,400). */
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+");
    private static final Pattern GROUPED_WITH_FRACTION = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3})+\\.\\d*");
    /** Digits with commas somewhere, and perhaps a point: a number, but not as BLS writes one. */
    private static final Pattern COMMAS_IN_DIGITS = Pattern.compile("[-+]?\\d+(?:,\\d*)+(?:\\.\\d*)?");

    /**
     * Header aliases: each name a file may use, mapped to the name the table uses. The state files before May 2019
     * name the state in {@code STATE} and its postal code in {@code ST}.
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("OCC_GROUP", "O_GROUP"), Map.entry("GROUP", "O_GROUP"),
            Map.entry("AREA_NAME", "AREA_TITLE"), Map.entry("LOC QUOTIENT", "LOC_QUOTIENT"),
            Map.entry("STATE", "AREA_TITLE"), Map.entry("ST", "PRIM_STATE"));

    /**
     * Wages above these are not wages but a unit or typing error: BLS top-codes percentiles at $90 to $115 an hour
     * ($187,200 to $239,200 a year); these bounds are over 40 times the highest top-code, so only a mean far above
     * any percentile could come near them.
     */
    private static final double MAX_HOURLY = 5_000;
    private static final double MAX_ANNUAL = MAX_HOURLY * 2080;
    /** Whether each of {@link OewsTable#FIGURES} is a wage (hourly or annual). */
    private static final boolean[] WAGE = new boolean[OewsTable.FIGURES.size()];
    /** The largest plausible value of each figure (no limit for counts and standard errors). */
    private static final double[] LIMIT = new double[OewsTable.FIGURES.size()];
    /** How the limit reads in a message: "$5000 an hour", "$10400000 a year". */
    private static final String[] LIMIT_TEXT = new String[OewsTable.FIGURES.size()];

    /** Whether each figure may be blank or absent ({@link OewsTable#OPTIONAL_FIGURES}). */
    private static final boolean[] OPTIONAL = new boolean[OewsTable.FIGURES.size()];

    static {
        for (int f = 0; f < WAGE.length; f++) {
            String name = OewsTable.FIGURES.get(f);
            boolean hourly = name.startsWith("H_");
            WAGE[f] = hourly || name.startsWith("A_");
            OPTIONAL[f] = OewsTable.OPTIONAL_FIGURES.contains(name);
            LIMIT[f] = !WAGE[f] ? Double.POSITIVE_INFINITY : hourly ? MAX_HOURLY : MAX_ANNUAL;
            LIMIT_TEXT[f] = "implausible wage: above " + (hourly ? "$" + (int) MAX_HOURLY + " an hour"
                    : "$" + (long) MAX_ANNUAL + " a year") + "; BLS top-codes its wage estimates far below that";
            if (name.startsWith("PCT_")) {
                LIMIT[f] = 100;
                LIMIT_TEXT[f] = "a percent above 100";
            } else if (name.equals("JOBS_1000")) {
                LIMIT[f] = 1000;
                LIMIT_TEXT[f] = "more than 1,000 jobs per 1,000 jobs in the area";
            }
        }
    }

    /**
     * The character a UTF-8 decoder puts for bytes that are not UTF-8, in a CSV read from bytes or from a caller's
     * reader alike: a text cell holding it is refused rather than kept as a title nobody can read. (A valid UTF-8
     * file could hold it only as text already damaged the same way.)
     */
    private static final char REPLACEMENT = '\uFFFD';
    private static final String NOT_UTF8 = "not UTF-8 text (shown as \uFFFD): a CSV saved as Windows-1252 or "
            + "Latin-1, as Excel's plain \"CSV\" format does, reads this way; save it as \"CSV UTF-8\" or convert it "
            + "(iconv -f WINDOWS-1252 -t UTF-8) and read it again";
    private static final String NOT_TEXT_IN_WORKBOOK = "text holding \uFFFD, the mark of bytes decoded with the "
            + "wrong encoding before the workbook was saved; correct the cell";

    private static final List<String> REQUIRED = List.of("OCC_CODE", "OCC_TITLE", "O_GROUP");
    /** Whether each text column is an area, industry or ownership cell, read by {@link ContextCells}. */
    private static final boolean[] CONTEXT_COLUMN = new boolean[OewsTable.TEXT_COLUMNS.size()];
    private static final int OCC_CODE = OewsTable.TEXT_COLUMNS.indexOf("OCC_CODE");
    private static final int PCT_RPT = OewsTable.FIGURES.indexOf("PCT_RPT");

    static {
        for (int c : ContextCells.COLUMNS) {
            CONTEXT_COLUMN[c] = true;
        }
    }

    private final String source;
    private final String sheet;
    private final boolean workbook;
    /** The file and sheet, recorded with each row (shared by the parts of a file read in parallel). */
    private final RowOrigins.Source origin;
    private final OptionalInt givenYear;
    private final FieldDescriptions fields;
    private final ContextCells contextCells;
    /** The top-code of {@link #topCodeYear}, the year of the last top-coded row. */
    private TopCode topCode;
    private int topCodeYear;
    private int[] columnOf;
    private int yearColumn = -1;
    private String[] headerNames;
    private int headerRow;
    private OewsTableBuilder builder;
    private OptionalInt namedYear;
    private final String[] texts = new String[OewsTable.TEXT_COLUMNS.size()];
    private final double[] numbers = new double[OewsTable.FIGURES.size()];
    private final FigureStatus[] statuses = new FigureStatus[OewsTable.FIGURES.size()];
    private final boolean[] flags = new boolean[2];
    /** The most data rows, {@link ReadLimits#maxRows()}: a part of a file read in parallel counts its own. */
    private final int maxRows = ReadLimits.maxRows();

    OewsRowParser(String source, String sheet, OptionalInt year, FieldDescriptions fields, boolean workbook) {
        this.source = source;
        this.sheet = sheet;
        this.givenYear = year;
        this.fields = fields;
        this.contextCells = new ContextCells(fields.ownerships());
        this.workbook = workbook;
        this.origin = new RowOrigins.Source(source, sheet);
        this.builder = OewsTable.builder(source, 2048);
    }

    boolean hasHeader() {
        return columnOf != null;
    }

    /** A parser for a part of the same file after the header: the header's columns, its own table builder. */
    OewsRowParser part(int expectedRows) {
        OewsRowParser part = new OewsRowParser(source, sheet, givenYear, fields, workbook);
        part.columnOf = columnOf;
        part.yearColumn = yearColumn;
        part.headerNames = headerNames;
        part.headerRow = headerRow;
        part.namedYear = namedYear;
        part.topCode = topCode;
        part.topCodeYear = topCodeYear;
        part.builder = OewsTable.builder(source, expectedRows);
        return part;
    }

    /** Appends the rows the parts read, in order, after this parser's own. */
    void append(OewsRowParser[] parts) {
        builder.addAll(Arrays.stream(parts).map(p -> p.builder).toList());
    }

    /** Whether this parser's rows and the parts' together pass {@link ReadLimits#maxRows()}. */
    boolean tooManyRows(OewsRowParser[] parts) {
        return builder.size() + Arrays.stream(parts).mapToLong(p -> p.builder.size()).sum() > maxRows;
    }

    private FileFormatException.Builder at(int row) {
        return FileFormatException.in(source).sheet(sheet).row(row);
    }

    private String columnLabel(int index) {
        String name = index < headerNames.length ? headerNames[index].strip() : "?";
        return workbook ? name + " (" + TextRow.columnLetter(index) + ")" : name + " (field " + (index + 1) + ")";
    }

    boolean accept(Cells row) {
        if (columnOf == null) {
            if (isHeader(row)) {
                readHeader(row);
            } else if (row.number() > 10) {
                throw at(row.number()).problem("no OCC_CODE header before this row; an OEWS file starts with "
                        + "its column names (OCC_CODE, OCC_TITLE, O_GROUP, TOT_EMP, …); " + OewsReader.KINDS);
            }
            return true;
        }
        if (row.isBlank()) {
            return true;
        }
        if (isFootnote(row)) {
            return true;
        }
        readData(row);
        return true;
    }

    /** BLS puts notes under some tables; a row whose code cell starts with text and has nothing else. */
    private boolean isFootnote(Cells row) {
        String code = row.cell(columnOf[OCC_CODE]).strip();
        if (code.isEmpty() || SocCode.isValid(code)) {
            return false;
        }
        long filled = Arrays.stream(row.cells()).filter(c -> !c.isBlank()).count();
        return filled == 1 && code.length() > 12;
    }

    private void readHeader(Cells row) {
        headerRow = row.number();
        headerNames = row.cells();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < headerNames.length; i++) {
            String raw = headerNames[i].strip();
            if (raw.isEmpty()) {
                continue;
            }
            String name = raw.toUpperCase(Locale.ROOT);
            name = ALIASES.getOrDefault(name, name);
            Integer before = seen.put(name, i);
            if (before != null) {
                throw at(headerRow).column(columnLabel(i)).raw(raw)
                        .problem("duplicated header: column " + name + " also at " + columnLabel(before));
            }
        }
        columnOf = new int[OewsTable.TEXT_COLUMNS.size() + OewsTable.FIGURES.size() + 2];
        Arrays.fill(columnOf, -1);
        List<String> missing = new ArrayList<>();
        int k = 0;
        for (String c : OewsTable.TEXT_COLUMNS) {
            columnOf[k++] = seen.getOrDefault(c, -1);
        }
        for (String f : OewsTable.FIGURES) {
            int at = seen.getOrDefault(f, -1);
            columnOf[k++] = at;
            if (at < 0 && !OewsTable.OPTIONAL_FIGURES.contains(f)) {
                missing.add(f);
            }
        }
        for (String f : OewsTable.FLAGS) {
            columnOf[k++] = seen.getOrDefault(f, -1);
        }
        for (String r : REQUIRED) {
            if (!seen.containsKey(r)) {
                missing.add(0, r);
            }
        }
        if (!missing.isEmpty()) {
            throw at(headerRow).problem("missing column" + (missing.size() > 1 ? "s " : " ") + missing
                    + " in the header " + Arrays.toString(headerNames));
        }
        yearColumn = seen.getOrDefault("YEAR", -1);
    }

    private int year(Cells row) {
        if (yearColumn >= 0) {
            String raw = row.cell(yearColumn).strip();
            try {
                int y = (int) Double.parseDouble(raw);
                if (y >= 1997 && y <= 2100 && y == Double.parseDouble(raw)) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw at(row.number()).column(columnLabel(yearColumn)).raw(raw)
                    .problem("not a survey year (1997 - 2100)");
        }
        if (givenYear.isPresent()) {
            return givenYear.getAsInt();
        }
        if (namedYear == null) {
            namedYear = OewsReader.yearInName(source);
        }
        if (namedYear.isPresent()) {
            return namedYear.getAsInt();
        }
        throw at(row.number()).problem("cannot tell the survey year: no YEAR column and no year in the file "
                + "name; pass the year, e.g. Oews.read(path, 2018)");
    }

    private void readData(Cells row) {
        if (builder.size() >= maxRows) {
            throw ReadLimits.tooManyRows(at(row.number()), maxRows);
        }
        int y = year(row);
        int k = 0;
        for (int i = 0; i < OewsTable.TEXT_COLUMNS.size(); i++) {
            int col = columnOf[k++];
            if (CONTEXT_COLUMN[i]) {
                continue;
            }
            String raw = col >= 0 ? row.cell(col).strip() : "";
            String name = OewsTable.TEXT_COLUMNS.get(i);
            if (name.equals("OCC_CODE") && !SocCode.isValid(raw)) {
                throw at(row.number()).column(columnLabel(col)).raw(raw)
                        .problem("not a SOC code of the form 00-0000");
            }
            if (name.equals("OCC_TITLE") && raw.isEmpty()) {
                throw at(row.number()).column(columnLabel(col)).raw(raw).problem("empty occupation title");
            }
            if (name.equals("O_GROUP")) {
                try {
                    raw = GroupLevel.parse(raw).code();
                } catch (IllegalArgumentException e) {
                    throw at(row.number()).column(columnLabel(col)).raw(raw)
                            .problem("not a group level (total, major, minor, broad, detailed)");
                }
            }
            texts[i] = raw;
        }
        contextCells.read(row, columnOf, texts, (col, raw, problem) -> at(row.number())
                .column(col >= 0 ? columnLabel(col) : null).raw(raw).problem(problem));
        for (int i = 0; i < texts.length; i++) {
            // O(1) for the Latin-1 strings of nearly every cell: the JDK knows they cannot hold U+FFFD
            if (texts[i].indexOf(REPLACEMENT) >= 0) {
                int col = columnOf[i];
                throw at(row.number()).column(col >= 0 ? columnLabel(col) : null).raw(texts[i])
                        .problem(workbook ? NOT_TEXT_IN_WORKBOOK : NOT_UTF8);
            }
        }
        for (int f = 0; f < OewsTable.FIGURES.size(); f++) {
            readFigure(row, f, columnOf[k++], y);
        }
        for (int g = 0; g < 2; g++) {
            int col = columnOf[k++];
            String raw = col >= 0 ? row.cell(col).strip() : "";
            boolean set;
            switch (raw.toUpperCase(Locale.ROOT)) {
                case "TRUE", "1", "YES", "Y" -> set = true;
                case "", "FALSE", "0", "NO", "N" -> set = false;
                default -> throw at(row.number()).column(columnLabel(col)).raw(raw)
                        .problem("not a flag (TRUE or blank)");
            }
            flags[g] = set;
        }
        try {
            builder.addRow(y, texts, numbers, statuses, flags[0], flags[1], origin, row.number());
        } catch (IllegalArgumentException e) {
            throw at(row.number()).cause(e).problem(e.getMessage());
        }
    }

    private void readFigure(Cells row, int figure, int col, int year) {
        String name = OewsTable.FIGURES.get(figure);
        boolean wage = WAGE[figure];
        if (col < 0) {
            numbers[figure] = Double.NaN;
            statuses[figure] = FigureStatus.ABSENT;
            return;
        }
        double fast = row.simpleNumber(col);
        if (fast >= 0) {
            // The common case first: a plain number needs no string and no status lookup.
            checkPlausible(row, col, null, figure, fast);
            numbers[figure] = fast;
            statuses[figure] = FigureStatus.PUBLISHED;
            return;
        }
        String raw = row.cell(col).strip();
        Optional<FigureStatus> special = FigureStatus.special(raw);
        if (special.isPresent()) {
            FigureStatus s = special.get();
            if (s == FigureStatus.TOP_CODED) {
                if (!wage) {
                    throw at(row.number()).column(columnLabel(col)).raw(raw)
                            .problem("# (top-coded) is only used for wages");
                }
                numbers[figure] = topCode(row, col, raw, year).on(
                        name.startsWith("H_") ? WageBasis.HOURLY : WageBasis.ANNUAL).amount();
            } else if (s == FigureStatus.UNDER_HALF_PERCENT) {
                if (figure != PCT_RPT) {
                    throw at(row.number()).column(columnLabel(col)).raw(raw)
                            .problem("~ (fewer than 0.5% of establishments reporting) is only used for PCT_RPT");
                }
                numbers[figure] = FigureStatus.UNDER_HALF_PERCENT_BOUND;
            } else {
                numbers[figure] = Double.NaN;
            }
            statuses[figure] = s;
            return;
        }
        if (raw.isEmpty()) {
            if (OPTIONAL[figure]) {
                numbers[figure] = Double.NaN;
                statuses[figure] = FigureStatus.BLANK;
                return;
            }
            throw at(row.number()).column(columnLabel(col)).raw(raw)
                    .problem("empty cell; BLS marks figures it does not release with * or **");
        }
        double v = parseNumber(raw);
        if (Double.isNaN(v)) {
            throw at(row.number()).column(columnLabel(col)).raw(raw).problem(whyNotANumber(raw));
        }
        if (v < 0) {
            throw at(row.number()).column(columnLabel(col)).raw(raw)
                    .problem("negative " + (wage ? "wage" : "figure"));
        }
        checkPlausible(row, col, raw, figure, v);
        numbers[figure] = v;
        statuses[figure] = FigureStatus.PUBLISHED;
    }

    /** @param raw the stripped cell text, or null to read it from the row (only when the check fails) */
    private void checkPlausible(Cells row, int col, String raw, int figure, double v) {
        if (v > LIMIT[figure]) {
            throw at(row.number()).column(columnLabel(col)).raw(raw != null ? raw : row.cell(col).strip())
                    .problem(LIMIT_TEXT[figure]);
        }
    }

    /**
     * Whether a figure's value is beyond what BLS could publish (see {@link #MAX_HOURLY}), and why.
     *
     * @param figure the index in {@link OewsTable#FIGURES}
     * @param v the value, not negative
     * @return the problem, or empty when the value is plausible
     */
    static Optional<String> implausible(int figure, double v) {
        return v > LIMIT[figure] ? Optional.of(LIMIT_TEXT[figure]) : Optional.empty();
    }

    /**
     * The top-code of a row's year: the file's Field Descriptions sheet states it for the one year a BLS workbook
     * holds; without one, each row's own year's ({@link TopCode#of(int)}), so that a file whose YEAR column
     * spans May 2021 and May 2022 gets $100.00 and $115.00 an hour row by row.
     */
    private TopCode topCode(Cells row, int col, String raw, int year) {
        if (topCode == null || topCodeYear != year) {
            try {
                topCode = fields.topCode().orElseGet(() -> TopCode.of(year));
                topCodeYear = year;
            } catch (IllegalArgumentException e) {
                throw at(row.number()).column(columnLabel(col)).raw(raw)
                        .problem("top-coded wage, but the top-code of " + year + " is unknown and the file has "
                                + "no Field Descriptions sheet stating it");
            }
        }
        return topCode;
    }

    OewsTable finish() {
        if (columnOf == null) {
            throw FileFormatException.in(source).sheet(sheet)
                    .problem("no OCC_CODE header found; the file is empty or not an OEWS table");
        }
        if (builder.size() == 0) {
            throw at(headerRow).problem("the file holds no data rows: only the header (OCC_CODE, OCC_TITLE, …); an "
                    + "OEWS file has one row per occupation below it");
        }
        return builder.build();
    }

    static boolean isHeader(Cells row) {
        return Arrays.stream(row.cells()).anyMatch(c -> c.strip().equalsIgnoreCase("OCC_CODE"));
    }

    /**
     * Parses a published number: plain ({@code 33750}, {@code 16.23}) or with thousands separators as Excel's
     * "Save as CSV" writes them ({@code 2,871,400}). BLS groups whole numbers only (annual wages, employment) and writes
     * hourly wages with two decimals and no separator, so a grouped number with a fraction ({@code 1,234.5}) is not
     * read: in a file written with decimal commas it would mean something else. Minus zero is zero.
     *
     * @param raw the stripped cell text
     * @return the number (never -0.0), or NaN if the text is not one as BLS writes numbers
     */
    static double parseNumber(String raw) {
        double fast = Cells.simpleDecimal(raw);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String s = raw;
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            if (!GROUPED_NUMBER.matcher(s).matches()) {
                return Double.NaN;
            }
            s = s.replace(",", "");
        }
        double v = Double.parseDouble(s);
        // "-0" and "-0.00" are zero; -0.0 would print as "-$0"
        return !Double.isFinite(v) ? Double.NaN : v == 0 ? 0.0 : v;
    }

    /** Why a cell that {@link #parseNumber(String)} does not read is not a number, in a user's words. */
    static String whyNotANumber(String raw) {
        if (GROUPED_WITH_FRACTION.matcher(raw).matches()) {
            return "thousands separators with a decimal fraction, which BLS never writes (it groups whole numbers only, "
                    + "as in 33,750 and 2,871,400, and writes hourly wages as 16.23); is the file written with decimal "
                    + "commas?";
        }
        if (COMMAS_IN_DIGITS.matcher(raw).matches()) {
            return "misplaced thousands separators or a decimal comma: BLS writes 33,750, 2,871,400 and 16.23";
        }
        return "not a number (nor a BLS code *, **, #, ~)";
    }
}

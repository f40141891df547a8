package io.github.wageoutlook.oews;

import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.FigureStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/**
 * Builds an {@link OewsTable} row by row, checking each row as it comes. Not thread-safe; single use.
 *
 * <pre>{@code
 * OewsTableBuilder b = OewsTable.builder("my table", 100);
 * b.addRow(2018, texts, values, statuses, false, false);
 * OewsTable t = b.build();
 * }</pre>
 */
final class OewsTableBuilder {
    private final String name;
    private int rows;
    private int[] years;
    private final String[][] texts = new String[OewsTable.TEXT_COLUMNS.size()][];
    private final double[][] numbers = new double[OewsTable.FIGURES.size()][];
    private final byte[][] codes = new byte[OewsTable.FIGURES.size()][];
    private byte[] levelCodes;
    private boolean[] annual;
    private boolean[] hourly;
    /** Where each row was read, once a row with a source is added (tables read from files); else null. */
    private RowOrigins.Source[] sources;
    private int[] sourceRows;
    private final Map<String, String> interned = new HashMap<>();
    private boolean built;

    OewsTableBuilder(String name, int expectedRows) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        allocate(Math.max(16, expectedRows));
    }

    /** @return the rows added so far */
    int size() {
        return rows;
    }

    private void allocate(int capacity) {
        years = years == null ? new int[capacity] : Arrays.copyOf(years, capacity);
        for (int i = 0; i < texts.length; i++) {
            texts[i] = texts[i] == null ? new String[capacity] : Arrays.copyOf(texts[i], capacity);
        }
        for (int f = 0; f < numbers.length; f++) {
            numbers[f] = numbers[f] == null ? new double[capacity] : Arrays.copyOf(numbers[f], capacity);
            codes[f] = codes[f] == null ? new byte[capacity] : Arrays.copyOf(codes[f], capacity);
        }
        levelCodes = levelCodes == null ? new byte[capacity] : Arrays.copyOf(levelCodes, capacity);
        annual = annual == null ? new boolean[capacity] : Arrays.copyOf(annual, capacity);
        hourly = hourly == null ? new boolean[capacity] : Arrays.copyOf(hourly, capacity);
        if (sources != null) {
            sources = Arrays.copyOf(sources, capacity);
            sourceRows = Arrays.copyOf(sourceRows, capacity);
        }
    }

    /**
     * Adds one row. The arrays are read, not kept.
     *
     * @param surveyYear the May reference year
     * @param text the values of {@link OewsTable#TEXT_COLUMNS}, in order; {@code O_GROUP} a {@link GroupLevel} name
     * @param figureValues the numbers of {@link OewsTable#FIGURES}, in order; NaN where the status has no value; for a
     *     top-coded wage, the top-code
     * @param figureStatuses the status of each figure
     * @param annualOnly the ANNUAL flag
     * @param hourlyOnly the HOURLY flag
     * @return this builder
     * @throws IllegalArgumentException naming the row, column and value that do not fit
     */
    OewsTableBuilder addRow(int surveyYear, String[] text, double[] figureValues, FigureStatus[] figureStatuses,
                          boolean annualOnly, boolean hourlyOnly) {
        return addRow(surveyYear, text, figureValues, figureStatuses, annualOnly, hourlyOnly, null, 0);
    }

    /**
     * Adds one row read from a file, with where it was read ({@link OewsTable#origins}).
     *
     * @param surveyYear the May reference year
     * @param text the values of {@link OewsTable#TEXT_COLUMNS}, in order
     * @param figureValues the numbers of {@link OewsTable#FIGURES}, in order
     * @param figureStatuses the status of each figure
     * @param annualOnly the ANNUAL flag
     * @param hourlyOnly the HOURLY flag
     * @param source the file (or zip entry) and sheet the row was read from, or null
     * @param sourceRow its 1-based row there, 0 when unknown
     * @return this builder
     * @throws IllegalArgumentException naming the row, column and value that do not fit
     */
    OewsTableBuilder addRow(int surveyYear, String[] text, double[] figureValues, FigureStatus[] figureStatuses,
                          boolean annualOnly, boolean hourlyOnly, RowOrigins.Source source, int sourceRow) {
        if (built) {
            throw new IllegalStateException("OewsTableBuilder already built table '" + name + "'");
        }
        if (text.length != OewsTable.TEXT_COLUMNS.size() || figureValues.length != OewsTable.FIGURES.size()
                || figureStatuses.length != OewsTable.FIGURES.size()) {
            throw new IllegalArgumentException("Invalid row: expected " + OewsTable.TEXT_COLUMNS.size() + " texts and "
                    + OewsTable.FIGURES.size() + " figures, got " + text.length + ", " + figureValues.length + ", "
                    + figureStatuses.length);
        }
        if (rows == years.length) {
            allocate(rows * 2);
        }
        if (!SocCode.isValid(text[OewsTable.OCC_CODE])) {
            throw bad("OCC_CODE", text[OewsTable.OCC_CODE], "not a SOC code of the form 00-0000");
        }
        GroupLevel level;
        try {
            level = GroupLevel.parse(text[OewsTable.O_GROUP]);
        } catch (IllegalArgumentException e) {
            throw bad("O_GROUP", text[OewsTable.O_GROUP], e.getMessage());
        }
        for (int i = 0; i < text.length; i++) {
            String v = text[i];
            if (v == null) {
                throw bad(OewsTable.TEXT_COLUMNS.get(i), "null", "missing text");
            }
            // A reader hands the same string again when a column repeats (area, industry): skip the lookup.
            texts[i][rows] = i == OewsTable.O_GROUP ? level.code()
                    : rows > 0 && v == texts[i][rows - 1] ? v : interned.computeIfAbsent(v, k -> k);
        }
        // Rows of one area and industry follow each other: their codes are checked when they change.
        boolean sameContext = rows > 0 && text[OewsTable.AREA_TYPE].equals(texts[OewsTable.AREA_TYPE][rows - 1])
                && text[OewsTable.I_GROUP].equals(texts[OewsTable.I_GROUP][rows - 1])
                && text[OewsTable.OWN_CODE].equals(texts[OewsTable.OWN_CODE][rows - 1]);
        if (!sameContext && AreaType.parse(text[OewsTable.AREA_TYPE]).isEmpty()) {
            throw bad("AREA_TYPE", text[OewsTable.AREA_TYPE], "not an area type (1 U.S., 2 state, 3 U.S. territory, "
                    + "4 metropolitan, 6 nonmetropolitan)");
        }
        if (!sameContext && IndustryLevel.parse(text[OewsTable.I_GROUP]).isEmpty()) {
            throw bad("I_GROUP", text[OewsTable.I_GROUP], "not an industry level (cross-industry, sector, 3-digit, "
                    + "4-digit, 5-digit, 6-digit)");
        }
        if (!sameContext && !isOwnCode(text[OewsTable.OWN_CODE])) {
            throw bad("OWN_CODE", text[OewsTable.OWN_CODE], "not an ownership code (1 to 4 digits, e.g. 5, 1235)");
        }
        for (int f = 0; f < figureValues.length; f++) {
            FigureStatus s = Objects.requireNonNull(figureStatuses[f], "figure statuses must not be null");
            double x = figureValues[f];
            if (!allowed(f, s)) {
                throw bad(OewsTable.FIGURES.get(f), s.code(), "status not used for this column (" + allowedText(f)
                        + ")");
            }
            if (s == FigureStatus.UNDER_HALF_PERCENT && x != FigureStatus.UNDER_HALF_PERCENT_BOUND) {
                throw bad(OewsTable.FIGURES.get(f), Double.toString(x), "a ~ figure holds its bound "
                        + FigureStatus.UNDER_HALF_PERCENT_BOUND);
            }
            if (s.hasValue() != Double.isFinite(x)) {
                throw bad(OewsTable.FIGURES.get(f), Double.toString(x), "value does not agree with status '" + s.code()
                        + "'");
            }
            if (s.hasValue() && x < 0) {
                throw bad(OewsTable.FIGURES.get(f), Double.toString(x), "negative");
            }
            numbers[f][rows] = s.hasValue() ? x : Double.NaN;
            codes[f][rows] = (byte) s.ordinal();
        }
        years[rows] = surveyYear;
        levelCodes[rows] = (byte) level.ordinal();
        annual[rows] = annualOnly;
        hourly[rows] = hourlyOnly;
        if (source != null && sources == null) {
            sources = new RowOrigins.Source[years.length];
            sourceRows = new int[years.length];
        }
        if (sources != null) {
            sources[rows] = source;
            sourceRows[rows] = sourceRow;
        }
        rows++;
        return this;
    }

    /**
     * Whether a figure column may hold a status: # for wages, ~ for PCT_RPT, blank for the optional; absent and not
     * released for any (an export of the OEWS data query tool holds the columns its user chose, and marks what BLS did
     * not release).
     */
    static boolean allowed(int figure, FigureStatus s) {
        return switch (s) {
            case PUBLISHED, WAGE_NOT_AVAILABLE, EMPLOYMENT_NOT_AVAILABLE, NOT_RELEASED, ABSENT -> true;
            case TOP_CODED -> isWage(figure);
            case UNDER_HALF_PERCENT -> figure == OewsTable.PCT_RPT;
            case BLANK -> figure >= OewsTable.JOBS_1000;
        };
    }

    /** One to four digits, without a regex: this runs for every row. */
    static boolean isOwnCode(String code) {
        if (code.isEmpty() || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a figure is a wage: H_MEAN, A_MEAN and the ten percentiles. */
    static boolean isWage(int figure) {
        String name = OewsTable.FIGURES.get(figure);
        return name.startsWith("H_") || name.startsWith("A_");
    }

    private static String allowedText(int figure) {
        return (figure >= OewsTable.JOBS_1000 ? "a number, *, **, blank" + (figure == OewsTable.PCT_RPT ? ", ~" : "")
                : isWage(figure) ? "a number, *, **, #" : "a number, *, **") + ", not released or absent";
    }

    /**
     * Appends another builder's rows after this one's, in order, e.g. the parts of a file read in parallel. The
     * other builder is left as it was.
     *
     * @param other a builder of the same schema
     * @return this builder
     * @throws IllegalStateException if this builder has already built its table
     */
    OewsTableBuilder addAll(OewsTableBuilder other) {
        return addAll(List.of(other));
    }

    /**
     * Appends other builders' rows after this one's, in order, growing this builder once.
     *
     * @param others builders of the same schema
     * @return this builder
     * @throws IllegalStateException if this builder has already built its table
     */
    OewsTableBuilder addAll(List<OewsTableBuilder> others) {
        Objects.requireNonNull(others, "others must not be null");
        if (built) {
            throw new IllegalStateException("OewsTableBuilder already built table '" + name + "'");
        }
        int total = rows;
        for (OewsTableBuilder other : others) {
            total += Objects.requireNonNull(other, "others must not hold null").rows;
        }
        if (total > years.length) {
            allocate(total);
        }
        for (OewsTableBuilder other : others) {
            append(other);
        }
        return this;
    }

    private void append(OewsTableBuilder other) {
        int n = other.rows;
        System.arraycopy(other.years, 0, years, rows, n);
        for (int i = 0; i < texts.length; i++) {
            System.arraycopy(other.texts[i], 0, texts[i], rows, n);
        }
        for (int f = 0; f < numbers.length; f++) {
            System.arraycopy(other.numbers[f], 0, numbers[f], rows, n);
            System.arraycopy(other.codes[f], 0, codes[f], rows, n);
        }
        System.arraycopy(other.levelCodes, 0, levelCodes, rows, n);
        System.arraycopy(other.annual, 0, annual, rows, n);
        System.arraycopy(other.hourly, 0, hourly, rows, n);
        if (other.sources != null) {
            if (sources == null) {
                sources = new RowOrigins.Source[years.length];
                sourceRows = new int[years.length];
            }
            System.arraycopy(other.sources, 0, sources, rows, n);
            System.arraycopy(other.sourceRows, 0, sourceRows, rows, n);
        }
        rows += n;
    }

    /**
     * Appends every row of a table, in order (how {@link OewsTable#concat(List)} stacks tables).
     *
     * @param table a table
     * @return this builder
     * @throws IllegalStateException if this builder has already built its table
     */
    OewsTableBuilder addTable(OewsTable table) {
        String[] rowTexts = new String[texts.length];
        double[] rowNumbers = new double[numbers.length];
        FigureStatus[] status = new FigureStatus[numbers.length];
        for (int r = 0; r < table.size(); r++) {
            for (int i = 0; i < rowTexts.length; i++) {
                rowTexts[i] = table.text(i, r);
            }
            for (int f = 0; f < rowNumbers.length; f++) {
                rowNumbers[f] = table.figureValue(f, r);
                status[f] = table.figureStatus(f, r);
            }
            PublishedBasis basis = table.publishedBasis(r);
            RowOrigins origins = table.origins;
            addRow(table.surveyYear(r), rowTexts, rowNumbers, status, basis == PublishedBasis.ANNUAL_ONLY,
                    basis == PublishedBasis.HOURLY_ONLY, origins == null ? null : origins.source(r),
                    origins == null ? 0 : origins.rowNumber(r));
        }
        return this;
    }

    /** For each SOC code, the rows that hold it, in order. */
    static Map<String, int[]> indexCodes(StringColumn codes) {
        Map<String, int[]> counts = new HashMap<>();
        for (int r = 0; r < codes.size(); r++) {
            counts.computeIfAbsent(codes.get(r), k -> new int[1])[0]++;
        }
        Map<String, int[]> index = new HashMap<>(counts.size() * 2);
        Map<String, int[]> filled = new HashMap<>(counts.size() * 2);
        counts.forEach((code, n) -> {
            index.put(code, new int[n[0]]);
            filled.put(code, new int[1]);
        });
        for (int r = 0; r < codes.size(); r++) {
            String code = codes.get(r);
            index.get(code)[filled.get(code)[0]++] = r;
        }
        return index;
    }

    /** The array itself when it is full (Tablesaw copies it anyway), else its first {@code rows}. */
    private String[] exact(String[] column) {
        return column.length == rows ? column : Arrays.copyOf(column, rows);
    }

    private double[] exact(double[] column) {
        return column.length == rows ? column : Arrays.copyOf(column, rows);
    }

    private IllegalArgumentException bad(String column, String raw, String why) {
        return new IllegalArgumentException("Table '" + name + "', row " + (rows + 1) + ", column " + column
                + ": '" + raw + "': " + why);
    }

    /**
     * Builds the table.
     *
     * @return the typed table
     */
    OewsTable build() {
        built = true;
        StringColumn[] textColumns = new StringColumn[texts.length];
        DoubleColumn[] valueColumns = new DoubleColumn[numbers.length];
        byte[][] statusCodes = new byte[numbers.length][];
        // Dictionary-encoding the text columns is most of the cost: columns in parallel for large tables. The
        // first column of each type is made here first: Tablesaw's column-type classes initialise each other,
        // and two threads initialising them at once deadlock (seen: ColumnType vs AbstractColumnType).
        IntConsumer make = c -> {
            if (c < texts.length) {
                textColumns[c] = StringColumn.create(OewsTable.TEXT_COLUMNS.get(c), exact(texts[c]));
            } else {
                int f = c - texts.length;
                valueColumns[f] = DoubleColumn.create(OewsTable.FIGURES.get(f), exact(numbers[f]));
                statusCodes[f] = Arrays.copyOf(codes[f], rows);
            }
        };
        make.accept(0);
        make.accept(texts.length);
        IntStream rest = IntStream.range(1, texts.length + numbers.length).filter(c -> c != texts.length);
        (rows >= OewsTable.PARALLEL_BUILD_ROWS ? rest.parallel() : rest).forEach(make);
        return new OewsTable(name, IntColumn.create(OewsTable.YEAR, Arrays.copyOf(years, rows)), textColumns,
                valueColumns, statusCodes, Arrays.copyOf(levelCodes, rows),
                BooleanColumn.create("ANNUAL", Arrays.copyOf(annual, rows)),
                BooleanColumn.create("HOURLY", Arrays.copyOf(hourly, rows)),
                sources == null ? null : RowOrigins.of(sources, sourceRows, rows));
    }
}

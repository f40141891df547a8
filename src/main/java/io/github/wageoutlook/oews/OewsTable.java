package io.github.wageoutlook.oews;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * OEWS wage estimates as a typed table: one row per occupation, area, industry and year.
 *
 * <p>Schema ({@link #columnNames()}), with BLS's column names: {@code YEAR} (int); the text columns
 * {@code AREA, AREA_TITLE, NAICS, NAICS_TITLE, OWN_CODE, OCC_CODE, OCC_TITLE, O_GROUP}; for each figure in
 * {@link #FIGURES} (employment, relative standard errors, hourly and annual mean and percentiles) a double column
 * holding the number and a text column {@code <NAME>_STATUS} holding the BLS special code — empty for a plain
 * number, {@code #} for a top-coded wage (the double column then holds the year's top-code, a lower bound),
 * {@code *} or {@code **} for a figure not released (the double column is missing); and the flags
 * {@code ANNUAL, HOURLY} (boolean).
 *
 * <p>Design: the table holds Tablesaw columns for the year, the text and the figures, and keeps statuses and group
 * levels as bytes; {@link #toTable()} assembles a Tablesaw {@link Table} on demand. It does not hold a {@code Table}
 * because initialising that class scans the whole class path (about 0.4 s), which would dominate loading the
 * embedded data; and byte statuses make typed rows and filters cheap at the full OEWS scale.
 *
 * <p>Lookups: {@link #occupation(String)} resolves a SOC code that appears at several levels (BLS publishes, e.g.,
 * 13-1020 both as a minor group and as a broad occupation) to the most detailed row, and refuses to guess when the
 * table holds several areas, industries or years for the code; {@link #search(String)} matches titles
 * case-insensitively; {@link #level(GroupLevel...)}, {@link #majorGroup(String)}, {@link #year(int)},
 * {@link #area(String)} and {@link #industry(String)} filter and return typed tables.
 *
 * <pre>{@code
 * OewsTable t = Oews.national(2018);
 * t.occupation("43-4051").orElseThrow().annual().median();   // $33,750
 * t.search("customer service").level(GroupLevel.DETAILED);
 * Table plain = t.toTable();                                  // free-form Tablesaw work
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: its columns are never handed out, only copies of them.
 */
public final class OewsTable implements Tabular {

    /** The survey year column. */
    public static final String YEAR = "YEAR";
    /** Text columns, in order. */
    public static final List<String> TEXT_COLUMNS = List.of(
            "AREA", "AREA_TITLE", "NAICS", "NAICS_TITLE", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP");
    /** Figure columns (each with a {@code _STATUS} twin), in order. */
    public static final List<String> FIGURES = List.of(
            "TOT_EMP", "EMP_PRSE", "H_MEAN", "A_MEAN", "MEAN_PRSE",
            "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
            "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90");
    /** The flag columns: only annual, only hourly wages released. */
    public static final List<String> FLAGS = List.of("ANNUAL", "HOURLY");
    /** Suffix of the status twin of a figure column. */
    public static final String STATUS_SUFFIX = "_STATUS";

    private static final int AREA = 0;
    private static final int AREA_TITLE = 1;
    private static final int NAICS = 2;
    private static final int NAICS_TITLE = 3;
    private static final int OWN_CODE = 4;
    private static final int OCC_CODE = 5;
    private static final int OCC_TITLE = 6;
    private static final int O_GROUP = 7;
    private static final FigureStatus[] STATUS = FigureStatus.values();
    /** Tables at least this long build their columns in parallel. */
    private static final int PARALLEL_BUILD_ROWS = 50_000;
    private static final GroupLevel[] LEVEL = GroupLevel.values();

    private final String name;
    private final IntColumn year;
    private final StringColumn[] text;
    private final DoubleColumn[] values;
    private final byte[][] statuses;
    private final byte[] levels;
    private final BooleanColumn annualOnly;
    private final BooleanColumn hourlyOnly;
    private final Map<String, int[]> rowsByCode;

    private OewsTable(String name, IntColumn year, StringColumn[] text, DoubleColumn[] values, byte[][] statuses,
                      byte[] levels, BooleanColumn annualOnly, BooleanColumn hourlyOnly) {
        this.name = name;
        this.year = year;
        this.text = text;
        this.values = values;
        this.statuses = statuses;
        this.levels = levels;
        this.annualOnly = annualOnly;
        this.hourlyOnly = hourlyOnly;
        this.rowsByCode = indexCodes(text[OCC_CODE]);
    }

    /**
     * Wraps a Tablesaw table that has the OEWS schema (as {@link #toTable()} produces, or read by Tablesaw from a
     * CSV written from it), checking it once: every column present with its type, every figure consistent with its
     * status, every SOC code and group level well-formed. The data are copied: later changes to the argument do not
     * reach this object.
     *
     * @param table a table with the columns listed in the class documentation (extra columns are ignored)
     * @return the typed table
     * @throws IllegalArgumentException naming the column, row and value that do not fit
     */
    public static OewsTable of(Table table) {
        Objects.requireNonNull(table, "table must not be null");
        Map<String, Column<?>> byName = new HashMap<>();
        for (Column<?> c : table.columns()) {
            byName.put(c.name(), c);
        }
        checkSchema(table.name(), byName);
        IntColumn years = (IntColumn) byName.get(YEAR);
        Builder b = builder(table.name(), years.size());
        String[] texts = new String[TEXT_COLUMNS.size()];
        double[] numbers = new double[FIGURES.size()];
        FigureStatus[] status = new FigureStatus[FIGURES.size()];
        for (int r = 0; r < years.size(); r++) {
            for (int i = 0; i < texts.length; i++) {
                texts[i] = ((StringColumn) byName.get(TEXT_COLUMNS.get(i))).get(r);
            }
            for (int f = 0; f < numbers.length; f++) {
                numbers[f] = ((DoubleColumn) byName.get(FIGURES.get(f))).getDouble(r);
                String code = ((StringColumn) byName.get(FIGURES.get(f) + STATUS_SUFFIX)).get(r);
                status[f] = code.isEmpty() ? FigureStatus.PUBLISHED : FigureStatus.fromCode(code).orElse(null);
                if (status[f] == null) {
                    throw new IllegalArgumentException("Table '" + table.name() + "', row " + (r + 1) + ", column "
                            + FIGURES.get(f) + STATUS_SUFFIX + ": '" + code + "': not a BLS status code ('', *, **, #, ~)");
                }
            }
            b.addRow(years.getInt(r), texts, numbers, status,
                    ((BooleanColumn) byName.get("ANNUAL")).get(r), ((BooleanColumn) byName.get("HOURLY")).get(r));
        }
        return b.build();
    }

    /**
     * Starts building a table row by row; this is how the library's readers build tables.
     *
     * @param name the table's name, e.g. the source file
     * @param expectedRows a capacity hint
     * @return a builder
     */
    public static Builder builder(String name, int expectedRows) {
        return new Builder(name, expectedRows);
    }

    /**
     * The column names in schema order: YEAR, the text columns, each figure and its status, the flags.
     *
     * @return the names
     */
    public static List<String> columnNames() {
        List<String> names = new ArrayList<>();
        names.add(YEAR);
        names.addAll(TEXT_COLUMNS);
        for (String f : FIGURES) {
            names.add(f);
            names.add(f + STATUS_SUFFIX);
        }
        names.addAll(FLAGS);
        return names;
    }

    private static void checkSchema(String table, Map<String, Column<?>> columns) {
        requireColumn(table, columns, YEAR, ColumnType.INTEGER);
        TEXT_COLUMNS.forEach(c -> requireColumn(table, columns, c, ColumnType.STRING));
        for (String f : FIGURES) {
            requireColumn(table, columns, f, ColumnType.DOUBLE);
            requireColumn(table, columns, f + STATUS_SUFFIX, ColumnType.STRING);
        }
        FLAGS.forEach(c -> requireColumn(table, columns, c, ColumnType.BOOLEAN));
    }

    private static void requireColumn(String table, Map<String, Column<?>> columns, String name, ColumnType type) {
        Column<?> column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("Table '" + table + "' is not an OEWS table: missing column "
                    + name + " (" + type.name() + "); columns are " + columns.keySet().stream().sorted().toList());
        }
        if (!column.type().equals(type)) {
            throw new IllegalArgumentException("Table '" + table + "': column " + name + " must be "
                    + type.name() + ", is " + column.type().name());
        }
    }

    private static Map<String, int[]> indexCodes(StringColumn codes) {
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

    /** @return the number of rows */
    public int size() {
        return year.size();
    }

    /** @return the table's name (the source file, or how it was derived) */
    public String name() {
        return name;
    }

    /**
     * One row as a typed record.
     *
     * @param index 0-based row index
     * @return the row
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public OccupationWages row(int index) {
        Objects.checkIndex(index, size());
        return new OccupationWages(year.getInt(index),
                text[AREA].get(index), text[AREA_TITLE].get(index), text[NAICS].get(index),
                text[NAICS_TITLE].get(index), text[OWN_CODE].get(index), text[OCC_CODE].get(index),
                text[OCC_TITLE].get(index), LEVEL[levels[index]],
                figure(0, index), figure(1, index), figure(4, index),
                summary(WageBasis.HOURLY, index, 2, 5), summary(WageBasis.ANNUAL, index, 3, 10),
                annualOnly.get(index) ? PublishedBasis.ANNUAL_ONLY
                        : hourlyOnly.get(index) ? PublishedBasis.HOURLY_ONLY : PublishedBasis.BOTH);
    }

    private Figure figure(int figure, int row) {
        FigureStatus s = STATUS[statuses[figure][row]];
        return s.hasValue() ? new Figure(s, values[figure].getDouble(row)) : Figure.missing(s);
    }

    private WageFigure wage(WageBasis basis, int figure, int row) {
        FigureStatus s = STATUS[statuses[figure][row]];
        if (!s.hasValue()) {
            return WageFigure.notAvailable(basis);
        }
        return new WageFigure(basis, s, values[figure].getDouble(row));
    }

    private WageSummary summary(WageBasis basis, int row, int meanFigure, int firstPercentile) {
        return new WageSummary(basis, wage(basis, meanFigure, row),
                wage(basis, firstPercentile, row), wage(basis, firstPercentile + 1, row),
                wage(basis, firstPercentile + 2, row), wage(basis, firstPercentile + 3, row),
                wage(basis, firstPercentile + 4, row));
    }

    /**
     * Column-wise access for batch computations (the distribution model fits every row this way): the number of a
     * figure without building the row.
     *
     * @param figure the index of the figure in {@link #FIGURES}
     * @param row 0-based row index
     * @return the number (for a top-coded wage, the top-code), NaN if the figure has none
     * @throws IndexOutOfBoundsException for a figure or row outside the table
     */
    public double figureValue(int figure, int row) {
        return values[figure].getDouble(row);
    }

    /**
     * The status of a figure without building the row.
     *
     * @param figure the index of the figure in {@link #FIGURES}
     * @param row 0-based row index
     * @return the status
     * @throws IndexOutOfBoundsException for a figure or row outside the table
     */
    public FigureStatus figureStatus(int figure, int row) {
        return STATUS[statuses[figure][row]];
    }

    /**
     * The bases on which BLS published the row's wages, without building the row.
     *
     * @param row 0-based row index
     * @return the bases
     * @throws IndexOutOfBoundsException for a row outside the table
     */
    public PublishedBasis publishedBasis(int row) {
        return annualOnly.getByte(row) == 1 ? PublishedBasis.ANNUAL_ONLY
                : hourlyOnly.getByte(row) == 1 ? PublishedBasis.HOURLY_ONLY : PublishedBasis.BOTH;
    }

    /**
     * The group level of a row, without building the row.
     *
     * @param row 0-based row index
     * @return the level
     * @throws IndexOutOfBoundsException for a row outside the table
     */
    public GroupLevel groupLevel(int row) {
        return LEVEL[levels[row]];
    }

    /**
     * A text cell without building the row.
     *
     * @param column the index of the column in {@link #TEXT_COLUMNS}
     * @param row 0-based row index
     * @return the text as published
     * @throws IndexOutOfBoundsException for a column or row outside the table
     */
    public String text(int column, int row) {
        return text[column].get(row);
    }

    /** @return every row as a typed record, in table order (a view built on demand) */
    public List<OccupationWages> rows() {
        return new AbstractList<>() {
            @Override
            public OccupationWages get(int index) {
                return row(index);
            }

            @Override
            public int size() {
                return OewsTable.this.size();
            }
        };
    }

    /** @return the rows as a stream */
    public Stream<OccupationWages> stream() {
        return rows().stream();
    }

    /**
     * The row of a SOC code. A code that BLS publishes at several levels resolves to the most detailed one
     * (detailed before broad before minor before major).
     *
     * @param socCode the code, e.g. {@code 43-4051}
     * @return the row, or empty if the code is not in the table
     * @throws IllegalStateException if the table holds the code for several areas, industries or years; filter
     *     first with {@link #area(String)}, {@link #industry(String)} or {@link #year(int)}
     */
    public Optional<OccupationWages> occupation(String socCode) {
        int[] rows = rowsByCode.get(Objects.requireNonNull(socCode, "socCode must not be null").strip());
        if (rows == null) {
            return Optional.empty();
        }
        Set<String> contexts = new LinkedHashSet<>();
        int best = rows[0];
        for (int r : rows) {
            contexts.add(year.getInt(r) + " / area " + text[AREA].get(r) + " / industry " + text[NAICS].get(r)
                    + " / ownership " + text[OWN_CODE].get(r));
            if (levels[r] > levels[best]) {
                best = r;
            }
        }
        if (contexts.size() > 1) {
            throw new IllegalStateException("SOC code " + socCode + " appears in " + contexts.size()
                    + " contexts " + contexts + "; narrow the table with year(…), area(…) or industry(…) first");
        }
        return Optional.of(row(best));
    }

    /**
     * The row of a SOC code at a given level.
     *
     * @param socCode the code
     * @param level the level
     * @return the row, or empty
     */
    public Optional<OccupationWages> occupation(String socCode, GroupLevel level) {
        int[] rows = rowsByCode.getOrDefault(Objects.requireNonNull(socCode, "socCode must not be null").strip(),
                new int[0]);
        return Arrays.stream(rows).filter(r -> levels[r] == level.ordinal()).mapToObj(this::row).findFirst();
    }

    /**
     * Rows whose title contains the text, ignoring case.
     *
     * @param titleFragment e.g. {@code "customer service"}
     * @return the matching rows
     */
    public OewsTable search(String titleFragment) {
        String needle = Objects.requireNonNull(titleFragment, "titleFragment must not be null").strip()
                .toLowerCase(Locale.ROOT);
        return where(r -> text[OCC_TITLE].get(r).toLowerCase(Locale.ROOT).contains(needle),
                "title contains '" + titleFragment + "'");
    }

    /**
     * Rows at the given levels.
     *
     * @param wanted one or more levels
     * @return the matching rows
     */
    public OewsTable level(GroupLevel... wanted) {
        boolean[] keep = new boolean[LEVEL.length];
        Set<String> names = new LinkedHashSet<>();
        for (GroupLevel l : wanted) {
            keep[l.ordinal()] = true;
            names.add(l.code());
        }
        return where(r -> keep[levels[r]], "level " + names);
    }

    /**
     * Rows in a SOC major group, including the group's own row.
     *
     * @param twoDigits the major group, {@code "43"} or {@code "43-0000"}
     * @return the matching rows
     * @throws IllegalArgumentException if the group is not two digits
     */
    public OewsTable majorGroup(String twoDigits) {
        String g = Objects.requireNonNull(twoDigits, "twoDigits must not be null").strip();
        if (g.matches("\\d{2}-0000")) {
            g = g.substring(0, 2);
        }
        if (!g.matches("\\d{2}")) {
            throw new IllegalArgumentException("Invalid value for major group (valid values 11 - 55, or 43-0000): '"
                    + twoDigits + "'");
        }
        String prefix = g + "-";
        return where(r -> text[OCC_CODE].get(r).startsWith(prefix), "major group " + g);
    }

    /**
     * Rows of one survey year.
     *
     * @param surveyYear the May reference year
     * @return the matching rows
     */
    public OewsTable year(int surveyYear) {
        return where(r -> year.getInt(r) == surveyYear, "year " + surveyYear);
    }

    /**
     * Rows of one area.
     *
     * @param areaCode the BLS area code ({@code 99} for the U.S.)
     * @return the matching rows
     */
    public OewsTable area(String areaCode) {
        return where(r -> text[AREA].get(r).equals(areaCode), "area " + areaCode);
    }

    /**
     * Rows of one industry.
     *
     * @param naics the NAICS code ({@code 000000} cross-industry)
     * @return the matching rows
     */
    public OewsTable industry(String naics) {
        return where(r -> text[NAICS].get(r).equals(naics), "industry " + naics);
    }

    /** @return the distinct survey years, ascending */
    public List<Integer> years() {
        return Arrays.stream(year.asIntArray()).distinct().sorted().boxed().toList();
    }

    /** @return the distinct area codes, in order of appearance */
    public List<String> areas() {
        return List.copyOf(new LinkedHashSet<>(text[AREA].asList()));
    }

    private OewsTable where(IntPredicate keep, String description) {
        int[] picked = new int[size()];
        int n = 0;
        for (int r = 0; r < size(); r++) {
            if (keep.test(r)) {
                picked[n++] = r;
            }
        }
        int[] rows = Arrays.copyOf(picked, n);
        StringColumn[] subText = new StringColumn[text.length];
        for (int i = 0; i < text.length; i++) {
            subText[i] = text[i].subset(rows);
        }
        DoubleColumn[] subValues = new DoubleColumn[values.length];
        byte[][] subStatuses = new byte[statuses.length][n];
        for (int f = 0; f < values.length; f++) {
            subValues[f] = values[f].subset(rows);
            for (int i = 0; i < n; i++) {
                subStatuses[f][i] = statuses[f][rows[i]];
            }
        }
        byte[] subLevels = new byte[n];
        for (int i = 0; i < n; i++) {
            subLevels[i] = levels[rows[i]];
        }
        return new OewsTable(description.isEmpty() ? name : name + " where " + description, year.subset(rows),
                subText, subValues, subStatuses, subLevels, annualOnly.subset(rows), hourlyOnly.subset(rows));
    }

    /**
     * Stacks tables with the OEWS schema, e.g. several years.
     *
     * @param tables the tables, at least one
     * @return one table with all their rows, in order
     */
    public static OewsTable concat(List<OewsTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for tables (valid values: at least one table): []");
        }
        int total = tables.stream().mapToInt(OewsTable::size).sum();
        Builder b = builder(tables.size() == 1 ? tables.get(0).name() : "OEWS " + tables.size() + " tables", total);
        String[] texts = new String[TEXT_COLUMNS.size()];
        double[] numbers = new double[FIGURES.size()];
        FigureStatus[] status = new FigureStatus[FIGURES.size()];
        for (OewsTable t : tables) {
            for (int r = 0; r < t.size(); r++) {
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = t.text[i].get(r);
                }
                for (int f = 0; f < numbers.length; f++) {
                    numbers[f] = t.values[f].getDouble(r);
                    status[f] = STATUS[t.statuses[f][r]];
                }
                b.addRow(t.year.getInt(r), texts, numbers, status, t.annualOnly.get(r), t.hourlyOnly.get(r));
            }
        }
        return b.build();
    }

    /**
     * A new Tablesaw table with this table's data, for free-form work (filters, joins, aggregations, plots).
     *
     * @return a new table, columns in {@link #columnNames()} order; changing it does not change this object
     */
    public Table toTable() {
        List<Column<?>> columns = new ArrayList<>();
        columns.add(year.copy());
        for (StringColumn c : text) {
            columns.add(c.copy());
        }
        for (int f = 0; f < FIGURES.size(); f++) {
            columns.add(values[f].copy());
            String[] codes = new String[size()];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = STATUS[statuses[f][r]].code();
            }
            columns.add(StringColumn.create(FIGURES.get(f) + STATUS_SUFFIX, codes));
        }
        columns.add(annualOnly.copy());
        columns.add(hourlyOnly.copy());
        return Table.create(name, columns);
    }

    /**
     * The main columns laid out for display: year, code, title, group level, employment and annual wages (text: the
     * median and the 10th and 90th percentiles; HTML also the mean, 25th and 75th); the first rows of a long table.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        return OewsTableDisplay.of(this, DisplayTable.rowsShown(size()));
    }

    /**
     * Prints a compact summary like Tablesaw does: the name and size, then the main columns (code, title, level,
     * employment, annual median and 10th and 90th percentiles) of the first rows — all of a table of at most
     * {@value DisplayTable#MAX_WHOLE_ROWS}, else {@value DisplayTable#HEAD_ROWS} and "… N more rows"; top-coded wages as
     * {@code ≥ 239,200}. {@link #toTable()} has every column.
     */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }

    /**
     * Prints the main columns of the first {@code maxRows} rows, then "… N more rows" when there are more.
     *
     * @param maxRows how many rows to show, at least 0
     * @return the text
     * @throws IllegalArgumentException if {@code maxRows} is negative
     */
    public String printRows(int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("Invalid value for maxRows (valid values >= 0): " + maxRows);
        }
        return OewsTableDisplay.of(this, maxRows).toText(maxRows);
    }

    /**
     * Builds an {@link OewsTable} row by row, checking each row as it comes. Not thread-safe; single use.
     *
     * <pre>{@code
     * OewsTable.Builder b = OewsTable.builder("my table", 100);
     * b.addRow(2018, texts, values, statuses, false, false);
     * OewsTable t = b.build();
     * }</pre>
     */
    public static final class Builder {
        private final String name;
        private int rows;
        private int[] years;
        private final String[][] texts = new String[TEXT_COLUMNS.size()][];
        private final double[][] numbers = new double[FIGURES.size()][];
        private final byte[][] codes = new byte[FIGURES.size()][];
        private byte[] levelCodes;
        private boolean[] annual;
        private boolean[] hourly;
        private final Map<String, String> interned = new HashMap<>();
        private boolean built;

        private Builder(String name, int expectedRows) {
            this.name = Objects.requireNonNull(name, "name must not be null");
            allocate(Math.max(16, expectedRows));
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
        }

        /**
         * Adds one row. The arrays are read, not kept.
         *
         * @param surveyYear the May reference year
         * @param text the values of {@link #TEXT_COLUMNS}, in order; {@code O_GROUP} a {@link GroupLevel} name
         * @param figureValues the numbers of {@link #FIGURES}, in order; NaN where the status has no value; for a
         *     top-coded wage, the top-code
         * @param figureStatuses the status of each figure
         * @param annualOnly the ANNUAL flag
         * @param hourlyOnly the HOURLY flag
         * @return this builder
         * @throws IllegalArgumentException naming the row, column and value that do not fit
         */
        public Builder addRow(int surveyYear, String[] text, double[] figureValues, FigureStatus[] figureStatuses,
                              boolean annualOnly, boolean hourlyOnly) {
            if (built) {
                throw new IllegalStateException("Builder already built table '" + name + "'");
            }
            if (text.length != TEXT_COLUMNS.size() || figureValues.length != FIGURES.size()
                    || figureStatuses.length != FIGURES.size()) {
                throw new IllegalArgumentException("Invalid row: expected " + TEXT_COLUMNS.size() + " texts and "
                        + FIGURES.size() + " figures, got " + text.length + ", " + figureValues.length + ", "
                        + figureStatuses.length);
            }
            if (rows == years.length) {
                allocate(rows * 2);
            }
            if (!SocCode.isValid(text[OCC_CODE])) {
                throw bad("OCC_CODE", text[OCC_CODE], "not a SOC code of the form 00-0000");
            }
            GroupLevel level;
            try {
                level = GroupLevel.parse(text[O_GROUP]);
            } catch (IllegalArgumentException e) {
                throw bad("O_GROUP", text[O_GROUP], e.getMessage());
            }
            for (int i = 0; i < text.length; i++) {
                String v = text[i];
                if (v == null) {
                    throw bad(TEXT_COLUMNS.get(i), "null", "missing text");
                }
                // A reader hands the same string again when a column repeats (area, industry): skip the lookup.
                texts[i][rows] = i == O_GROUP ? level.code()
                        : rows > 0 && v == texts[i][rows - 1] ? v : interned.computeIfAbsent(v, k -> k);
            }
            for (int f = 0; f < figureValues.length; f++) {
                FigureStatus s = Objects.requireNonNull(figureStatuses[f], "figure statuses must not be null");
                double x = figureValues[f];
                if (s.hasValue() != Double.isFinite(x)) {
                    throw bad(FIGURES.get(f), Double.toString(x), "value does not agree with status '" + s.code()
                            + "'");
                }
                if (s.hasValue() && x < 0) {
                    throw bad(FIGURES.get(f), Double.toString(x), "negative");
                }
                numbers[f][rows] = s.hasValue() ? x : Double.NaN;
                codes[f][rows] = (byte) s.ordinal();
            }
            years[rows] = surveyYear;
            levelCodes[rows] = (byte) level.ordinal();
            annual[rows] = annualOnly;
            hourly[rows] = hourlyOnly;
            rows++;
            return this;
        }

        /**
         * Appends another builder's rows after this one's, in order, e.g. the parts of a file read in parallel. The
         * other builder is left as it was.
         *
         * @param other a builder of the same schema
         * @return this builder
         * @throws IllegalStateException if this builder has already built its table
         */
        public Builder addAll(Builder other) {
            return addAll(List.of(other));
        }

        /**
         * Appends other builders' rows after this one's, in order, growing this builder once.
         *
         * @param others builders of the same schema
         * @return this builder
         * @throws IllegalStateException if this builder has already built its table
         */
        public Builder addAll(List<Builder> others) {
            Objects.requireNonNull(others, "others must not be null");
            if (built) {
                throw new IllegalStateException("Builder already built table '" + name + "'");
            }
            int total = rows;
            for (Builder other : others) {
                total += Objects.requireNonNull(other, "others must not hold null").rows;
            }
            if (total > years.length) {
                allocate(total);
            }
            for (Builder other : others) {
                append(other);
            }
            return this;
        }

        private void append(Builder other) {
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
            rows += n;
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
        public OewsTable build() {
            built = true;
            StringColumn[] textColumns = new StringColumn[texts.length];
            DoubleColumn[] valueColumns = new DoubleColumn[numbers.length];
            byte[][] statusCodes = new byte[numbers.length][];
            // Dictionary-encoding the text columns is most of the cost: columns in parallel for large tables. The
            // first column of each type is made here first: Tablesaw's column-type classes initialise each other,
            // and two threads initialising them at once deadlock (seen: ColumnType vs AbstractColumnType).
            IntConsumer make = c -> {
                if (c < texts.length) {
                    textColumns[c] = StringColumn.create(TEXT_COLUMNS.get(c), exact(texts[c]));
                } else {
                    int f = c - texts.length;
                    valueColumns[f] = DoubleColumn.create(FIGURES.get(f), exact(numbers[f]));
                    statusCodes[f] = Arrays.copyOf(codes[f], rows);
                }
            };
            make.accept(0);
            make.accept(texts.length);
            IntStream rest = IntStream.range(1, texts.length + numbers.length).filter(c -> c != texts.length);
            (rows >= PARALLEL_BUILD_ROWS ? rest.parallel() : rest).forEach(make);
            return new OewsTable(name, IntColumn.create(YEAR, Arrays.copyOf(years, rows)), textColumns,
                    valueColumns, statusCodes, Arrays.copyOf(levelCodes, rows),
                    BooleanColumn.create("ANNUAL", Arrays.copyOf(annual, rows)),
                    BooleanColumn.create("HOURLY", Arrays.copyOf(hourly, rows)));
        }
    }
}

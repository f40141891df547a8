package io.github.wageoutlook.wages;

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
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * OEWS wage estimates as a typed table: one row per occupation, area, industry and year, on a Tablesaw
 * {@link Table} whose schema is checked once, in {@link #of(Table)}.
 *
 * <p>Columns keep BLS's names. Text: {@code AREA, AREA_TITLE, NAICS, NAICS_TITLE, OWN_CODE, OCC_CODE, OCC_TITLE,
 * O_GROUP}; {@code YEAR} (int); the flags {@code ANNUAL, HOURLY} (boolean); and for each figure
 * ({@link #FIGURES}: employment, relative standard errors, hourly and annual mean and percentiles) a double column
 * holding the number and a text column {@code <NAME>_STATUS} holding the BLS special code: empty for a plain number,
 * {@code #} for a top-coded wage (the double column then holds the year's top-code, a lower bound), {@code *} or
 * {@code **} for a figure not released (the double column is missing).
 *
 * <p>Lookups: {@link #occupation(String)} resolves a SOC code that appears at several levels (BLS publishes, e.g.,
 * 13-1020 both as a minor group and as a broad occupation) to the most detailed row, and refuses to guess when the
 * table holds several areas, industries or years for the code; {@link #search(String)} matches titles
 * case-insensitively; {@link #level(GroupLevel...)} and {@link #majorGroup(String)} filter.
 *
 * <pre>{@code
 * OewsTable t = Oews.national(2018);
 * t.occupation("43-4051").orElseThrow().annual().median();   // $33,750
 * t.search("customer service").level(GroupLevel.DETAILED);
 * Table plain = t.toTable();                                  // free-form Tablesaw work
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: the wrapped table is never handed out, only copies of it.
 */
public final class OewsTable {

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

    private final Table table;
    private final IntColumn year;
    private final StringColumn[] text;
    private final DoubleColumn[] values;
    private final StringColumn[] statuses;
    private final BooleanColumn annualOnly;
    private final BooleanColumn hourlyOnly;
    private final Map<String, int[]> rowsByCode;

    private OewsTable(Table table) {
        this.table = table;
        this.year = table.intColumn(YEAR);
        this.text = TEXT_COLUMNS.stream().map(table::stringColumn).toArray(StringColumn[]::new);
        this.values = FIGURES.stream().map(table::doubleColumn).toArray(DoubleColumn[]::new);
        this.statuses = FIGURES.stream().map(f -> table.stringColumn(f + STATUS_SUFFIX)).toArray(StringColumn[]::new);
        this.annualOnly = table.booleanColumn("ANNUAL");
        this.hourlyOnly = table.booleanColumn("HOURLY");
        this.rowsByCode = indexCodes(text[OCC_CODE]);
    }

    /**
     * Wraps a table that has the OEWS schema, checking it once: every column present with its type, every figure
     * consistent with its status, every SOC code and group level well-formed. The table is copied, so later changes
     * to the argument do not reach this object.
     *
     * @param table a table with the columns listed in the class documentation
     * @return the typed table
     * @throws IllegalArgumentException naming the column, row and value that do not fit
     */
    public static OewsTable of(Table table) {
        Objects.requireNonNull(table, "table must not be null");
        checkSchema(table);
        Table copy = table.copy();
        copy.setName(table.name());
        checkValues(copy);
        return new OewsTable(copy);
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

    private static void checkSchema(Table t) {
        requireColumn(t, YEAR, ColumnType.INTEGER);
        TEXT_COLUMNS.forEach(c -> requireColumn(t, c, ColumnType.STRING));
        for (String f : FIGURES) {
            requireColumn(t, f, ColumnType.DOUBLE);
            requireColumn(t, f + STATUS_SUFFIX, ColumnType.STRING);
        }
        FLAGS.forEach(c -> requireColumn(t, c, ColumnType.BOOLEAN));
    }

    private static void requireColumn(Table t, String name, ColumnType type) {
        if (!t.columnNames().contains(name)) {
            throw new IllegalArgumentException("Table '" + t.name() + "' is not an OEWS table: missing column "
                    + name + " (" + type.name() + "); columns are " + t.columnNames());
        }
        ColumnType actual = t.column(name).type();
        if (!actual.equals(type)) {
            throw new IllegalArgumentException("Table '" + t.name() + "': column " + name + " must be "
                    + type.name() + ", is " + actual.name());
        }
    }

    private static void checkValues(Table t) {
        StringColumn codes = t.stringColumn("OCC_CODE");
        StringColumn groups = t.stringColumn("O_GROUP");
        for (int r = 0; r < t.rowCount(); r++) {
            if (!OccupationWages.isSocCode(codes.get(r))) {
                throw badValue(t, "OCC_CODE", r, codes.get(r), "not a SOC code of the form 00-0000");
            }
            try {
                GroupLevel.parse(groups.get(r));
            } catch (IllegalArgumentException e) {
                throw badValue(t, "O_GROUP", r, groups.get(r), e.getMessage());
            }
        }
        for (String f : FIGURES) {
            DoubleColumn v = t.doubleColumn(f);
            StringColumn s = t.stringColumn(f + STATUS_SUFFIX);
            for (int r = 0; r < t.rowCount(); r++) {
                String code = s.get(r);
                FigureStatus status = code.isEmpty() ? FigureStatus.PUBLISHED
                        : FigureStatus.fromCode(code).orElse(null);
                if (status == null) {
                    throw badValue(t, f + STATUS_SUFFIX, r, code, "not a BLS status code ('', *, **, #, ~)");
                }
                double x = v.getDouble(r);
                if (status.hasValue() != Double.isFinite(x)) {
                    throw badValue(t, f, r, Double.toString(x), "value does not agree with status '" + code + "'");
                }
                if (status.hasValue() && x < 0) {
                    throw badValue(t, f, r, Double.toString(x), "negative");
                }
            }
        }
    }

    private static IllegalArgumentException badValue(Table t, String column, int row, String raw, String why) {
        return new IllegalArgumentException("Table '" + t.name() + "', row " + (row + 1) + ", column " + column
                + ": '" + raw + "': " + why);
    }

    private static Map<String, int[]> indexCodes(StringColumn codes) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int r = 0; r < codes.size(); r++) {
            lists.computeIfAbsent(codes.get(r), k -> new ArrayList<>(2)).add(r);
        }
        Map<String, int[]> index = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    /** @return the number of rows */
    public int size() {
        return table.rowCount();
    }

    /** @return the table's name (the source file, or how it was derived) */
    public String name() {
        return table.name();
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
                text[OCC_TITLE].get(index), GroupLevel.parse(text[O_GROUP].get(index)),
                figure(0, index), figure(1, index), figure(4, index),
                summary(WageBasis.HOURLY, index, 2, 5), summary(WageBasis.ANNUAL, index, 3, 10),
                annualOnly.get(index) ? PublishedBasis.ANNUAL_ONLY
                        : hourlyOnly.get(index) ? PublishedBasis.HOURLY_ONLY : PublishedBasis.BOTH);
    }

    private FigureStatus status(int figure, int row) {
        String code = statuses[figure].get(row);
        return code.isEmpty() ? FigureStatus.PUBLISHED : FigureStatus.fromCode(code).orElseThrow();
    }

    private Figure figure(int figure, int row) {
        FigureStatus s = status(figure, row);
        return s.hasValue() ? new Figure(s, values[figure].getDouble(row)) : Figure.missing(s);
    }

    private WageFigure wage(WageBasis basis, int figure, int row) {
        FigureStatus s = status(figure, row);
        if (s == FigureStatus.EMPLOYMENT_NOT_AVAILABLE || s == FigureStatus.UNDER_HALF_PERCENT) {
            s = FigureStatus.WAGE_NOT_AVAILABLE;
        }
        return new WageFigure(basis, s, s.hasValue() ? values[figure].getDouble(row) : Double.NaN);
    }

    private WageSummary summary(WageBasis basis, int row, int meanFigure, int firstPercentile) {
        return new WageSummary(basis, wage(basis, meanFigure, row),
                wage(basis, firstPercentile, row), wage(basis, firstPercentile + 1, row),
                wage(basis, firstPercentile + 2, row), wage(basis, firstPercentile + 3, row),
                wage(basis, firstPercentile + 4, row));
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
                return table.rowCount();
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
     *     first with {@link #area(String)} or {@link #year(int)}
     */
    public Optional<OccupationWages> occupation(String socCode) {
        int[] rows = rowsByCode.getOrDefault(Objects.requireNonNull(socCode, "socCode must not be null").strip(),
                new int[0]);
        if (rows.length == 0) {
            return Optional.empty();
        }
        Set<String> contexts = new LinkedHashSet<>();
        int best = rows[0];
        for (int r : rows) {
            contexts.add(year.getInt(r) + " / area " + text[AREA].get(r) + " / industry " + text[NAICS].get(r)
                    + " / ownership " + text[OWN_CODE].get(r));
            if (level(r).ordinal() > level(best).ordinal()) {
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
        return where(r -> text[OCC_CODE].get(r).equals(socCode) && level(r) == level, "").stream().findFirst();
    }

    private GroupLevel level(int row) {
        return GroupLevel.parse(text[O_GROUP].get(row));
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
     * @param levels one or more levels
     * @return the matching rows
     */
    public OewsTable level(GroupLevel... levels) {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(levels).forEach(l -> codes.add(l.code()));
        return where(r -> codes.contains(text[O_GROUP].get(r).toLowerCase(Locale.ROOT)), "level " + codes);
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
        return year.unique().asList().stream().sorted().toList();
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
        Table sub = table.rows(Arrays.copyOf(picked, n));
        sub.setName(description.isEmpty() ? table.name() : table.name() + " where " + description);
        return new OewsTable(sub);
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
        Table all = tables.get(0).table.copy();
        for (OewsTable t : tables.subList(1, tables.size())) {
            all.append(t.table);
        }
        all.setName(tables.size() == 1 ? tables.get(0).name() : "OEWS " + tables.size() + " tables");
        return new OewsTable(all);
    }

    /**
     * A copy of the underlying Tablesaw table, for free-form work (filters, joins, aggregations, plots).
     *
     * @return a new table; changing it does not change this object
     */
    public Table toTable() {
        Table copy = table.copy();
        copy.setName(table.name());
        return copy;
    }

    /**
     * The display form of a figure cell: the number, {@code ≥ } and the number for a top-coded one, the BLS code
     * for one not released.
     */
    private String display(int figure, int row) {
        String code = statuses[figure].get(row);
        double v = values[figure].getDouble(row);
        if (!Double.isFinite(v)) {
            return code;
        }
        String name = FIGURES.get(figure);
        String pattern = name.startsWith("H_") ? "%,.2f" : name.endsWith("PRSE") ? "%.1f" : "%,.0f";
        String n = String.format(Locale.US, pattern, v);
        return code.equals("#") ? "≥ " + n : n;
    }

    /**
     * Prints a readable summary like Tablesaw does: the name, the size, and the main columns (code, title, level,
     * employment, annual mean and percentiles) of the first and last rows; top-coded wages as {@code ≥ 239,200}.
     */
    @Override
    public String toString() {
        return printRows(10);
    }

    /**
     * Prints the main columns of up to {@code maxRows} rows (the first and last halves when there are more).
     *
     * @param maxRows how many rows to show
     * @return the text
     */
    public String printRows(int maxRows) {
        String[] heads = {"YEAR", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25",
            "A_MEDIAN", "A_PCT75", "A_PCT90"};
        int[] figureOf = {-1, -1, -1, -1, 0, 3, 10, 11, 12, 13, 14};
        List<Integer> shown = new ArrayList<>();
        int n = size();
        if (n <= maxRows) {
            for (int r = 0; r < n; r++) {
                shown.add(r);
            }
        } else {
            for (int r = 0; r < maxRows / 2; r++) {
                shown.add(r);
            }
            shown.add(-1);
            for (int r = n - (maxRows - maxRows / 2); r < n; r++) {
                shown.add(r);
            }
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(heads);
        for (int r : shown) {
            String[] cells = new String[heads.length];
            for (int c = 0; c < heads.length; c++) {
                if (r < 0) {
                    cells[c] = "…";
                } else if (figureOf[c] >= 0) {
                    cells[c] = display(figureOf[c], r);
                } else {
                    cells[c] = switch (c) {
                        case 0 -> Integer.toString(year.getInt(r));
                        case 1 -> text[OCC_CODE].get(r);
                        case 2 -> abbreviate(text[OCC_TITLE].get(r), 40);
                        default -> text[O_GROUP].get(r);
                    };
                }
            }
            lines.add(cells);
        }
        int[] width = new int[heads.length];
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                width[c] = Math.max(width[c], l[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s (%,d rows; annual wages in dollars, ≥ = top-coded lower bound, * = not released)%n",
                name(), n));
        for (String[] l : lines) {
            for (int c = 0; c < l.length; c++) {
                boolean left = c == 1 || c == 2 || c == 3;
                b.append(left ? String.format("%-" + width[c] + "s", l[c]) : String.format("%" + width[c] + "s", l[c]));
                b.append(c + 1 < l.length ? "  " : "");
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

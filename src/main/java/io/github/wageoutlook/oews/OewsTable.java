package io.github.wageoutlook.oews;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * OEWS estimates as a typed table: one row per occupation, year, area, industry and ownership, with every column BLS
 * publishes.
 *
 * <p>Schema ({@link #columnNames()}), with BLS's column names: {@code YEAR} (int); the text columns
 * {@code AREA, AREA_TITLE, NAICS, NAICS_TITLE, OWN_CODE, OCC_CODE, OCC_TITLE, O_GROUP, AREA_TYPE, PRIM_STATE,
 * I_GROUP} and {@code OWN_TITLE} (OWN_CODE's definition in the file's Field Descriptions); for each figure in
 * {@link #FIGURES} (employment, relative standard errors, hourly and annual mean and percentiles, jobs per 1,000,
 * location quotient, percent of the industry's employment and of its establishments reporting) a double column and
 * a text column {@code <NAME>_STATUS} holding its {@link FigureStatus#code()}: empty for a plain number, {@code #}
 * (the double holds the top-code, a lower bound), {@code ~} (it holds 0.5, an upper bound), {@code *}, {@code **},
 * {@code blank} or {@code absent} (it is missing); and the flags {@code ANNUAL, HOURLY} (boolean).
 *
 * <p>Design: the table holds Tablesaw columns for the year, the text and the figures, and keeps statuses and group
 * levels as bytes; {@link #toTable()} assembles a Tablesaw {@link Table} on demand. It does not hold a {@code Table}
 * because initialising that class scans the whole class path (about 0.4 s), which would dominate loading the
 * embedded data; and byte statuses make typed rows and filters cheap at the full OEWS scale.
 *
 * <p>Contexts: a file may hold the same occupation in many years, areas, industries and ownerships
 * ({@link #contexts()}). Lookups that need one row refuse to guess across them ({@link MixedContextsException});
 * {@link #area(String)}, {@link #industry(String)} and {@link #ownership(String)} narrow a table by what a user types
 * ({@link ContextLookup}), never to an empty table; {@link #byContext()} splits it, and aggregates refuse to mix
 * contexts through {@link #singleContext(String, String)}. Other queries:
 * {@link #occupation(String)} resolves a SOC code that appears at several levels (BLS publishes, e.g., 13-1020 both
 * as a minor group and as a broad occupation) to the most detailed row; {@link #search(String)} matches titles
 * case-insensitively; {@link #level(GroupLevel...)}, {@link #majorGroup(String)} and {@link #year(int)} filter.
 *
 * <pre>{@code
 * OewsTable t = Oews.national(2018);
 * t.occupation("43-4051").orElseThrow().annual().median();   // $33,750
 * Oews.industries(2024).industry("56").occupation("43-4051"); // administrative and support services
 * Table plain = t.toTable();                                  // free-form Tablesaw work
 * }</pre>
 *
 * <p>Why one class of about 700 lines: it holds the columns and every typed query on them (rows, lookups, filters,
 * contexts, column-wise access); building, the Tablesaw form, printing, contexts and lookups are classes of their own.
 *
 * <p>This class is immutable and thread-safe: its columns are never handed out, only copies of them.
 */
public final class OewsTable implements Tabular {

    /** The survey year column. */
    public static final String YEAR = "YEAR";
    /**
     * Text columns, in order. The first eight are the original schema; {@code AREA_TYPE}, {@code PRIM_STATE} and
     * {@code I_GROUP} follow, then {@code OWN_TITLE}, the definition of {@code OWN_CODE} (not a BLS column).
     */
    public static final List<String> TEXT_COLUMNS = List.of(
            "AREA", "AREA_TITLE", "NAICS", "NAICS_TITLE", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP",
            "AREA_TYPE", "PRIM_STATE", "I_GROUP", "OWN_TITLE");
    /**
     * Figure columns (each with a {@code _STATUS} twin), in order: the original fifteen, then the four published only
     * for some estimates ({@code JOBS_1000}, {@code LOC_QUOTIENT} for state and metropolitan estimates;
     * {@code PCT_TOTAL}, {@code PCT_RPT} for national industry estimates).
     */
    public static final List<String> FIGURES = List.of(
            "TOT_EMP", "EMP_PRSE", "H_MEAN", "A_MEAN", "MEAN_PRSE",
            "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
            "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
            "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT");
    /** The figures a file may leave blank or lack (their cells may be {@code blank} or {@code absent}). */
    public static final List<String> OPTIONAL_FIGURES = FIGURES.subList(15, 19);
    /** The flag columns: only annual, only hourly wages released. */
    public static final List<String> FLAGS = List.of("ANNUAL", "HOURLY");
    /** Suffix of the status twin of a figure column. */
    public static final String STATUS_SUFFIX = "_STATUS";

    static final int AREA = 0;
    static final int AREA_TITLE = 1;
    static final int NAICS = 2;
    static final int NAICS_TITLE = 3;
    static final int OWN_CODE = 4;
    static final int OCC_CODE = 5;
    static final int OCC_TITLE = 6;
    static final int O_GROUP = 7;
    static final int AREA_TYPE = 8;
    static final int PRIM_STATE = 9;
    static final int I_GROUP = 10;
    static final int OWN_TITLE = 11;
    static final int JOBS_1000 = 15;
    static final int LOC_QUOTIENT = 16;
    static final int PCT_TOTAL = 17;
    static final int PCT_RPT = 18;
    private static final FigureStatus[] STATUS = FigureStatus.values();
    /** Tables at least this long build their columns in parallel. */
    static final int PARALLEL_BUILD_ROWS = 50_000;
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
    /** Built on first use: a table that is never asked about its contexts never pays for them. */
    private volatile ContextIndex contextIndex;
    /** Where each row was read (file, sheet, row), or null for a table not read from files. */
    final RowOrigins origins;

    OewsTable(String name, IntColumn year, StringColumn[] text, DoubleColumn[] values, byte[][] statuses,
                      byte[] levels, BooleanColumn annualOnly, BooleanColumn hourlyOnly, RowOrigins origins) {
        this.name = name;
        this.year = year;
        this.text = text;
        this.values = values;
        this.statuses = statuses;
        this.levels = levels;
        this.annualOnly = annualOnly;
        this.hourlyOnly = hourlyOnly;
        this.rowsByCode = OewsTableBuilder.indexCodes(text[OCC_CODE]);
        this.origins = origins;
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
    public static OewsTable from(Table table) {
        return TablesawForm.read(table);
    }

    /**
     * Starts building a table row by row: how the readers of this package build tables (package-private: a table's
     * storage is not API; users build tables by reading files, {@link #of(Table)} or {@link #concat(List)}).
     *
     * @param name the table's name, e.g. the source file
     * @param expectedRows a capacity hint
     * @return a builder
     */
    static OewsTableBuilder builder(String name, int expectedRows) {
        return new OewsTableBuilder(name, expectedRows);
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
        return RowAssembly.row(this, index);
    }

    Context buildContext(int row) {
        return RowAssembly.context(this, row);
    }

    /** The stored number of a figure (the top-code of a {@code #}, 0.5 for {@code ~}, NaN if none), for this package. */
    double figureValue(int figure, int row) {
        return values[figure].getDouble(row);
    }

    /** The status of a figure without building the row, for this package. */
    FigureStatus figureStatus(int figure, int row) {
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
     * The SOC code of a row, without assembling the row ({@link #row(int)} builds every figure): for passes over
     * every row of a large table.
     *
     * @param row 0-based row index
     * @return the code as published, e.g. {@code 43-4051}
     * @throws IndexOutOfBoundsException for a row outside the table
     */
    public String socCode(int row) {
        Objects.checkIndex(row, size());
        return text(TEXT_COLUMNS.indexOf("OCC_CODE"), row);
    }

    /**
     * A text cell without building the row.
     *
     * @param column the index of the column in {@link #TEXT_COLUMNS}
     * @param row 0-based row index
     * @return the text as published
     * @throws IndexOutOfBoundsException for a column or row outside the table
     */
    String text(int column, int row) {
        return text[column].get(row);
    }

    /** The survey year of a row, without building the row. */
    int surveyYear(int row) {
        return year.getInt(row);
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
     * One figure of every row, read-only, for batch computations without building the rows ({@link FigureColumn}).
     *
     * @param figureName the figure's BLS column name, one of {@link #FIGURES}, e.g. {@code "A_MEDIAN"}
     * @return a view of the column (not a copy), whose documentation gives each figure's unit
     * @throws IllegalArgumentException naming the valid names if {@code figureName} is not one of them
     */
    public FigureColumn figures(String figureName) {
        return FigureColumn.of(figureName, values, statuses);
    }

    /**
     * The row of a SOC code. A code that BLS publishes at several levels resolves to the most detailed one
     * (detailed before broad before minor before major).
     *
     * @param socCode the code, e.g. {@code 43-4051}
     * @return the row, or empty if the code is not in the table
     * @throws MixedContextsException if the table holds the code for several years, areas, industries or
     *     ownerships; narrow it first with {@link #year(int)}, {@link #area(String)}, {@link #industry(String)} or
     *     {@link #ownership(String)}
     */
    public Optional<OccupationWages> occupation(String socCode) {
        int[] rows = rowsByCode.get(Objects.requireNonNull(socCode, "socCode must not be null").strip());
        if (rows == null) {
            return Optional.empty();
        }
        int best = rows[0];
        boolean mixed = false;
        for (int r : rows) {
            // The context's codes as text: the context index is built only to name the contexts of a refusal.
            mixed |= year.getInt(r) != year.getInt(rows[0]) || !text[AREA].get(r).equals(text[AREA].get(rows[0]))
                    || !text[NAICS].get(r).equals(text[NAICS].get(rows[0]))
                    || !text[OWN_CODE].get(r).equals(text[OWN_CODE].get(rows[0]));
            if (levels[r] > levels[best]) {
                best = r;
            }
        }
        if (mixed) {
            ContextIndex index = contextIndex();
            List<Context> contexts = Arrays.stream(rows).map(index::idOf).distinct().mapToObj(i -> index.contexts()
                    .get(i)).toList();
            throw new MixedContextsException("SOC code " + socCode.strip() + " in " + name, contexts,
                    "take every row with stream() or rows()");
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
     * Rows of one area, found from what a user types: a code with or without leading zeros ({@code 1}, {@code 01}),
     * a state's USPS code ({@code AL}) or name, an MSA code, a title or a fragment of one ({@link ContextLookup}).
     *
     * @param query e.g. {@code AL}, {@code 01}, {@code Alabama}, {@code 13820}, {@code Birmingham}
     * @return the rows of that area, never empty
     * @throws LookupException if no area or several match, naming the nearest or the matches
     */
    public OewsTable area(String query) {
        return area(ContextLookup.area(query, areas(), name));
    }

    /**
     * Rows of one area.
     *
     * @param area an area of this table (its code is what is compared)
     * @return the rows, never empty
     * @throws LookupException if the table has no row of that area
     */
    public OewsTable area(Area area) {
        String code = Objects.requireNonNull(area, "area must not be null").code();
        return exactly(AREA, code, "area " + code + " " + area.title(), () -> ContextLookup.area(code, areas(), name));
    }

    /**
     * Rows of one industry, found from what a user types: a NAICS code as written ({@code 56}, {@code 31-33},
     * {@code 561400}), with leading zeros ({@code 000056}), without trailing zeros ({@code 5614}), a code inside a
     * sector range ({@code 32}), a title or a fragment of one ({@link ContextLookup}).
     *
     * @param query e.g. {@code 56}, {@code 000000}, {@code finance}
     * @return the rows of that industry, never empty
     * @throws LookupException if no industry or several match, naming the nearest or the matches
     */
    public OewsTable industry(String query) {
        return industry(ContextLookup.industry(query, industries(), name));
    }

    /**
     * Rows of one industry.
     *
     * @param industry an industry of this table (its NAICS code is what is compared)
     * @return the rows, never empty
     * @throws LookupException if the table has no row of that industry
     */
    public OewsTable industry(Industry industry) {
        String naics = Objects.requireNonNull(industry, "industry must not be null").naics();
        return exactly(NAICS, naics, "industry " + naics, () -> ContextLookup.industry(naics, industries(), name));
    }

    /**
     * Rows of one ownership, found by its {@code OWN_CODE} ({@code 5}) or its title or a fragment of it
     * ({@code private}).
     *
     * @param query e.g. {@code 5}, {@code 1235}, {@code Private}
     * @return the rows of that ownership, never empty
     * @throws LookupException if no ownership or several match, naming the nearest or the matches
     */
    public OewsTable ownership(String query) {
        return ownership(ContextLookup.ownership(query, ownerships(), name));
    }

    /**
     * Rows of one ownership.
     *
     * @param ownership an ownership of this table (its code is what is compared)
     * @return the rows, never empty
     * @throws LookupException if the table has no row of that ownership
     */
    public OewsTable ownership(Ownership ownership) {
        String code = Objects.requireNonNull(ownership, "ownership must not be null").code();
        return exactly(OWN_CODE, code, "ownership " + code, () -> ContextLookup.ownership(code, ownerships(), name));
    }

    /** The rows whose text column holds the code exactly; never none: the lookup then names the nearest codes. */
    private OewsTable exactly(int column, String code, String description, Runnable lookup) {
        OewsTable t = where(r -> text[column].get(r).equals(code), description);
        if (t.size() == 0) {
            lookup.run(); // throws, naming the nearest values, unless the code is written otherwise in the table
            throw new LookupException(LookupException.Dimension.values()[column == AREA ? 0 : column == NAICS ? 1 : 2],
                    code, false, List.of(), "no " + description + " as written in " + name + " (codes are compared "
                    + "as written; the text lookup, e.g. area(String), also reads other forms)");
        }
        return t;
    }

    /** @return the distinct survey years, ascending */
    public List<Integer> years() {
        return Arrays.stream(year.asIntArray()).distinct().sorted().boxed().toList();
    }

    /** @return the distinct areas, in order of appearance (one per code) */
    public List<Area> areas() {
        return contextIndex().distinct(Context::area, Area::code);
    }

    /** @return the distinct industries, in order of appearance (one per NAICS code) */
    public List<Industry> industries() {
        return contextIndex().distinct(Context::industry, Industry::naics);
    }

    /** @return the distinct ownerships, in order of appearance (one per code) */
    public List<Ownership> ownerships() {
        return contextIndex().distinct(Context::ownership, Ownership::code);
    }

    /** @return the distinct contexts (year × area × industry × ownership), in order of appearance */
    public List<Context> contexts() {
        return contextIndex().contexts();
    }

    /**
     * The index in {@link #contexts()} of a row's context, without building the row: rows with equal indexes share a
     * context.
     *
     * @param row 0-based row index
     * @return the index
     * @throws IndexOutOfBoundsException for a row outside the table
     */
    int contextIndex(int row) {
        Objects.checkIndex(row, size());
        return contextIndex().idOf(row);
    }

    /**
     * The context of a row, without building the row.
     *
     * @param row 0-based row index
     * @return its year, area, industry and ownership
     * @throws IndexOutOfBoundsException for a row outside the table
     */
    public Context context(int row) {
        Objects.checkIndex(row, size());
        return contextIndex().of(row);
    }

    /**
     * The one context of this table, for an aggregate that must not mix contexts.
     *
     * @param what the aggregate, for the message, e.g. {@code "the group median of 43"}
     * @param alternative how to get one result per context instead, e.g. {@code "use byContext()"}, or empty
     * @return the context
     * @throws MixedContextsException naming the contexts present and how to choose one
     * @throws IllegalStateException if the table is empty
     */
    public Context singleContext(String what, String alternative) {
        List<Context> contexts = contexts();
        if (contexts.isEmpty()) {
            throw new IllegalStateException(what + ": table '" + name + "' has no rows");
        }
        if (contexts.size() > 1) {
            throw new MixedContextsException(what + " (table '" + name + "')", contexts, alternative);
        }
        return contexts.get(0);
    }

    /** @return the rows of each context, in order of appearance; a new map */
    public Map<Context, OewsTable> byContext() {
        ContextIndex index = contextIndex();
        int[][] rows = index.rowsByContext();
        Map<Context, OewsTable> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            Context c = index.contexts().get(i);
            out.put(c, subset(rows[i], "context " + c.label() + ", May " + c.year()));
        }
        return out;
    }

    ContextIndex contextIndex() {
        ContextIndex index = contextIndex;
        if (index == null) {
            index = ContextIndex.of(this);
            contextIndex = index;
        }
        return index;
    }

    private OewsTable where(IntPredicate keep, String description) {
        int[] picked = new int[size()];
        int n = 0;
        for (int r = 0; r < size(); r++) {
            if (keep.test(r)) {
                picked[n++] = r;
            }
        }
        return subset(Arrays.copyOf(picked, n), description);
    }

    private OewsTable subset(int[] rows, String description) {
        int n = rows.length;
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
                subText, subValues, subStatuses, subLevels, annualOnly.subset(rows), hourlyOnly.subset(rows),
                origins == null ? null : origins.subset(rows));
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
        OewsTableBuilder b = builder(tables.size() <= 3 ? String.join(" + ", tables.stream().map(OewsTable::name)
                .toList()) : "OEWS " + tables.size() + " tables", total);
        tables.forEach(b::addTable);
        return b.build();
    }

    /**
     * A new Tablesaw table with this table's data, for free-form work (filters, joins, aggregations, plots).
     *
     * @return a new table, columns in {@link #columnNames()} order; changing it does not change this object
     */
    public Table toTable() {
        return TablesawForm.write(this, year, text, values, statuses, annualOnly, hourlyOnly);
    }

    /**
     * The main columns laid out for display: year, the area, industry and ownership when the table holds several,
     * code, title, group level, employment and annual wages (text: the median and the 10th and 90th percentiles; HTML
     * also the mean, 25th and 75th); the first rows of a long table.
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
}

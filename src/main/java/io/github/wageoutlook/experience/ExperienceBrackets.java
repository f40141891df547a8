package io.github.wageoutlook.experience;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Pay by years of experience as a typed table: one row per bracket ({@link ExperienceBracket}), for one or several
 * occupations, on a Tablesaw {@link Table} whose schema and values are checked once, when it is built.
 *
 * <p>Columns: {@code OCC_CODE, OCC_TITLE} (text), {@code LOWER_YEARS, UPPER_YEARS} (double; a missing upper year is
 * an open bracket), {@code PAY} (double), {@code BASIS} ({@code annual} or {@code hourly}), {@code CURRENCY_YEAR}
 * (int), {@code SAMPLE_COUNT} (int, missing when the source does not say), {@code SOURCE} (text).
 *
 * <p>Within each occupation, in table order, the brackets must be ordered and must not overlap (gaps are allowed),
 * only the last may be open, and all must share one basis and one currency year; anything else is an
 * {@link InvalidBracketException} naming the bracket and the value.
 *
 * <pre>{@code
 * ExperienceBrackets csr = ExperienceBrackets.embedded().occupation("43-4051").orElseThrow();
 * ExperienceCurve curve = ExperienceCurve.fit(csr);
 * ExperienceBrackets mine = ExperienceBrackets.read(Path.of("my_brackets.csv"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: the wrapped table is never handed out, only copies of it.
 */
public final class ExperienceBrackets implements Tabular {

    /** Where the embedded brackets live, for {@link Datasets#open(String)}. */
    public static final String EMBEDDED = "payscale/experience_brackets.csv";

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("OCC_CODE", "OCC_TITLE", "LOWER_YEARS", "UPPER_YEARS", "PAY",
            "BASIS", "CURRENCY_YEAR", "SAMPLE_COUNT", "SOURCE");
    private static final List<ColumnType> TYPES = List.of(ColumnType.STRING, ColumnType.STRING, ColumnType.DOUBLE,
            ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING, ColumnType.INTEGER, ColumnType.INTEGER,
            ColumnType.STRING);

    private static volatile ExperienceBrackets embedded;

    // No Tablesaw Table is held: initialising that class scans the class path (~0.4 s), so toTable() builds one
    // on demand and loading the brackets stays fast.
    private final String name;
    private final List<ExperienceBracket> brackets;

    private ExperienceBrackets(String name, List<ExperienceBracket> brackets) {
        this.name = name;
        this.brackets = brackets;
    }

    /**
     * Brackets built in code, checked as a layout.
     *
     * @param brackets the brackets, each occupation's in order of experience
     * @param name the table's name, e.g. where the figures come from
     * @return the table
     * @throws InvalidBracketException for overlapping or unordered brackets, an open bracket not last, mixed bases
     *     or mixed currency years within an occupation
     */
    public static ExperienceBrackets of(String name, List<ExperienceBracket> brackets) {
        Objects.requireNonNull(name, "name must not be null");
        List<ExperienceBracket> list = List.copyOf(Objects.requireNonNull(brackets, "brackets must not be null"));
        checkLayout(list);
        return new ExperienceBrackets(name, list);
    }

    /**
     * Brackets built in code, named after their first occupation.
     *
     * @param brackets the brackets, at least one
     * @return the table
     * @throws InvalidBracketException as {@link #of(String, List)}
     */
    public static ExperienceBrackets of(ExperienceBracket... brackets) {
        if (brackets.length == 0) {
            throw new IllegalArgumentException("Invalid value for brackets (valid values: at least one): none");
        }
        return of(brackets[0].occupationCode() + " brackets", List.of(brackets));
    }

    /**
     * Wraps a Tablesaw table with the columns listed in the class documentation, checking every value and the
     * layout. The table is copied.
     *
     * @param table the table
     * @return the typed table
     * @throws IllegalArgumentException naming the column, row and value that do not fit
     */
    public static ExperienceBrackets from(Table table) {
        Objects.requireNonNull(table, "table must not be null");
        for (int c = 0; c < COLUMNS.size(); c++) {
            String name = COLUMNS.get(c);
            if (!table.columnNames().contains(name)) {
                throw new IllegalArgumentException("Table '" + table.name() + "' is not a bracket table: missing "
                        + "column " + name + " (" + TYPES.get(c).name() + "); columns are " + table.columnNames());
            }
            if (!table.column(name).type().equals(TYPES.get(c))) {
                throw new IllegalArgumentException("Table '" + table.name() + "': column " + name + " must be "
                        + TYPES.get(c).name() + ", is " + table.column(name).type().name());
            }
        }
        List<ExperienceBracket> list = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            try {
                list.add(fromRow(table, r));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Table '" + table.name() + "', row " + (r + 1) + ": "
                        + e.getMessage(), e);
            }
        }
        return of(table.name(), list);
    }

    /**
     * PayScale's career-stage layout for one occupation: the five stages of {@link CareerStage}, in order.
     *
     * @param occupationCode the occupation's code
     * @param title the occupation's title
     * @param pays the pay of each stage, &lt; 1, 1–4, 5–9, 10–19, 20+ (five wages on one basis)
     * @param currencyYear the year of the dollars
     * @param source where the figures come from
     * @return the table
     */
    public static ExperienceBrackets careerStages(String occupationCode, String title, List<Wage> pays,
                                                  int currencyYear, String source) {
        CareerStage[] stages = CareerStage.values();
        if (pays == null || pays.size() != stages.length) {
            throw new IllegalArgumentException("Invalid value for pays (valid values: one per career stage, "
                    + stages.length + "): " + (pays == null ? "null" : pays.size() + " wages"));
        }
        List<ExperienceBracket> list = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            list.add(ExperienceBracket.of(occupationCode, title, stages[i].lowerYears(), stages[i].upperYears(),
                    pays.get(i), currencyYear, source));
        }
        return of(occupationCode + " career stages", list);
    }

    /**
     * The brackets shipped in the jar ({@code datasets/payscale/experience_brackets.csv}): the PayScale figures the
     * project has, for customer service representatives (43-4051). Loaded once.
     *
     * @return the table
     */
    public static ExperienceBrackets embedded() {
        ExperienceBrackets e = embedded;
        if (e == null) {
            try (InputStream in = Datasets.open(EMBEDDED)) {
                e = ExperienceBracketReader.read(EMBEDDED, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
            embedded = e;
        }
        return e;
    }

    /**
     * Reads a bracket file (CSV; format in {@code datasets/payscale/README.md}).
     *
     * @param path the file
     * @return the table
     * @throws io.github.wageoutlook.io.FileFormatException naming file, row, column and raw value
     */
    public static ExperienceBrackets read(Path path) {
        return ExperienceBracketReader.read(path);
    }

    private static void checkLayout(List<ExperienceBracket> list) {
        Map<String, Integer> last = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ExperienceBracket b = Objects.requireNonNull(list.get(i), "bracket " + (i + 1) + " must not be null");
            String code = b.occupationCode();
            Integer p = last.put(code, i);
            Integer f = first.putIfAbsent(code, i);
            if (p == null) {
                continue;
            }
            ExperienceBracket prev = list.get(p);
            ExperienceBracket head = list.get(f);
            if (prev.isOpen()) {
                throw new InvalidBracketException(p, prev, "upperYears", "open",
                        "is not allowed here: only the last bracket of an occupation may be open, and "
                                + b.label() + " follows it");
            }
            if (b.lowerYears() < prev.lowerYears()) {
                throw new InvalidBracketException(i, b, "lowerYears", ExperienceBracket.fmt(b.lowerYears()),
                        "is out of order: it comes after the bracket " + prev.label()
                                + " (brackets must be listed from least to most experience)");
            }
            if (b.lowerYears() < prev.upperYears()) {
                throw new InvalidBracketException(i, b, "lowerYears", ExperienceBracket.fmt(b.lowerYears()),
                        "overlaps the previous bracket " + prev.label() + " (a bracket must start at or after "
                                + ExperienceBracket.fmt(prev.upperYears()) + ")");
            }
            if (b.pay().basis() != head.pay().basis()) {
                throw new InvalidBracketException(i, b, "basis", basisName(b.pay().basis()),
                        "differs from the first bracket's basis " + basisName(head.pay().basis())
                                + " (convert with Wage.to(WageBasis) so that all brackets share one basis)");
            }
            if (b.currencyYear() != head.currencyYear()) {
                throw new InvalidBracketException(i, b, "currencyYear", Integer.toString(b.currencyYear()),
                        "differs from the first bracket's " + head.currencyYear()
                                + " (adjust for inflation so that all brackets are in one year's dollars)");
            }
        }
    }

    private static String basisName(WageBasis basis) {
        return basis.name().toLowerCase(Locale.ROOT);
    }

    private static ExperienceBracket fromRow(Table t, int r) {
        DoubleColumn upper = t.doubleColumn("UPPER_YEARS");
        IntColumn count = t.intColumn("SAMPLE_COUNT");
        IntColumn year = t.intColumn("CURRENCY_YEAR");
        if (year.isMissing(r)) {
            throw new IllegalArgumentException("column CURRENCY_YEAR: missing");
        }
        return new ExperienceBracket(t.stringColumn("OCC_CODE").get(r), t.stringColumn("OCC_TITLE").get(r),
                t.doubleColumn("LOWER_YEARS").getDouble(r),
                upper.isMissing(r) ? Double.POSITIVE_INFINITY : upper.getDouble(r),
                Wage.of(t.doubleColumn("PAY").getDouble(r), WageBasis.parse(t.stringColumn("BASIS").get(r))),
                year.getInt(r), count.isMissing(r) ? OptionalInt.empty() : OptionalInt.of(count.getInt(r)),
                t.stringColumn("SOURCE").get(r));
    }

    private static Table toTable(String name, List<ExperienceBracket> list) {
        StringColumn code = StringColumn.create("OCC_CODE");
        StringColumn title = StringColumn.create("OCC_TITLE");
        DoubleColumn lower = DoubleColumn.create("LOWER_YEARS");
        DoubleColumn upper = DoubleColumn.create("UPPER_YEARS");
        DoubleColumn pay = DoubleColumn.create("PAY");
        StringColumn basis = StringColumn.create("BASIS");
        IntColumn year = IntColumn.create("CURRENCY_YEAR");
        IntColumn count = IntColumn.create("SAMPLE_COUNT");
        StringColumn source = StringColumn.create("SOURCE");
        for (ExperienceBracket b : list) {
            code.append(b.occupationCode());
            title.append(b.title());
            lower.append(b.lowerYears());
            if (b.isOpen()) {
                upper.appendMissing();
            } else {
                upper.append(b.upperYears());
            }
            pay.append(b.pay().amount());
            basis.append(basisName(b.pay().basis()));
            year.append(b.currencyYear());
            if (b.sampleCount().isPresent()) {
                count.append(b.sampleCount().getAsInt());
            } else {
                count.appendMissing();
            }
            source.append(b.source());
        }
        return Table.create(name, code, title, lower, upper, pay, basis, year, count, source);
    }

    /** @return the table's name (the source file, or how it was built) */
    public String name() {
        return name;
    }

    /** @return the number of brackets */
    public int size() {
        return brackets.size();
    }

    /**
     * One bracket.
     *
     * @param index 0-based
     * @return the bracket
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public ExperienceBracket bracket(int index) {
        return brackets.get(index);
    }

    /** @return every bracket, in table order (unmodifiable) */
    public List<ExperienceBracket> rows() {
        return new AbstractList<>() {
            @Override
            public ExperienceBracket get(int index) {
                return brackets.get(index);
            }

            @Override
            public int size() {
                return brackets.size();
            }
        };
    }

    /** @return the brackets as a stream */
    public Stream<ExperienceBracket> stream() {
        return brackets.stream();
    }

    /** @return the distinct occupation codes, in order of appearance */
    public List<String> occupationCodes() {
        Set<String> codes = new LinkedHashSet<>();
        brackets.forEach(b -> codes.add(b.occupationCode()));
        return List.copyOf(codes);
    }

    /**
     * The brackets of one occupation.
     *
     * @param code the occupation code, e.g. {@code 43-4051}
     * @return its brackets, or empty if the table has none for it
     */
    public Optional<ExperienceBrackets> occupation(String code) {
        String c = Objects.requireNonNull(code, "code must not be null").strip();
        List<ExperienceBracket> picked = brackets.stream().filter(b -> b.occupationCode().equals(c)).toList();
        return picked.isEmpty() ? Optional.empty()
                : Optional.of(new ExperienceBrackets(name() + " where OCC_CODE = " + c, picked));
    }

    /**
     * The brackets whose occupation title contains the text, ignoring case.
     *
     * @param titleFragment e.g. {@code "customer service"}
     * @return the matching brackets (possibly none)
     */
    public ExperienceBrackets search(String titleFragment) {
        String needle = Objects.requireNonNull(titleFragment, "titleFragment must not be null").strip()
                .toLowerCase(Locale.ROOT);
        List<ExperienceBracket> picked = brackets.stream()
                .filter(b -> b.title().toLowerCase(Locale.ROOT).contains(needle)).toList();
        return new ExperienceBrackets(name() + " where title contains '" + titleFragment + "'", picked);
    }

    /**
     * A copy of the underlying Tablesaw table, for free-form work.
     *
     * @return a new table; changing it does not change this object
     */
    public Table toTable() {
        return toTable(name, brackets);
    }

    /**
     * The brackets laid out for display: code, range, pay, dollars' year, sample count and title, one row each.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        DisplayTable.Builder t = DisplayTable.builder(String.format(Locale.US, "%s (%d brackets)", name(), size()))
                .column("OCC_CODE", Align.LEFT).column("YEARS", Align.LEFT).column("PAY", Align.RIGHT)
                .column("DOLLARS", Align.RIGHT).column("N", Align.RIGHT).column("OCC_TITLE", Align.LEFT);
        for (ExperienceBracket x : brackets) {
            t.row(x.occupationCode(), x.label(), x.pay().toString(), Integer.toString(x.currencyYear()),
                    x.sampleCount().isPresent() ? Integer.toString(x.sampleCount().getAsInt()) : "—", x.title());
        }
        return t.build();
    }

    /** Prints the name, the size and one line per bracket: code, range, pay, dollars' year, sample count, title. */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }
}

package io.github.wageoutlook.projections;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One cycle of BLS Employment Projections by occupation as a typed table on Tablesaw: one row per occupation of
 * the National Employment Matrix, summaries (group totals) and line items (detailed occupations), in BLS's order.
 *
 * <p>The Tablesaw view ({@link #toTable()}) has the columns {@code CODE, TITLE, TYPE, DEPTH, BASE_EMPLOYMENT,
 * PROJECTED_EMPLOYMENT, CHANGE, PERCENT_CHANGE, PERCENT_SELF_EMPLOYED, ANNUAL_OPENINGS, MEDIAN_WAGE,
 * MEDIAN_WAGE_STATUS, EDUCATION, WORK_EXPERIENCE, TRAINING}. Employment, change and openings are in thousands. A
 * "—" is a missing double (Tablesaw's missing value) or an empty string there, and a typed unavailable value in
 * {@link #row(int)}; {@code MEDIAN_WAGE_STATUS} is {@code #} for a top-coded wage (the double is the lower bound),
 * {@code *} for one not available, empty for a plain figure.
 *
 * <pre>{@code
 * ProjectionsTable t = Projections.cycle("2016-26");
 * t.occupation("43-4051").orElseThrow().percentChange();   // 4.9
 * t.total().percentChange();                               // 7.4
 * t.lineItems().size();                                    // 819
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: the wrapped table is never handed out, only copies of it.
 */
public final class ProjectionsTable implements Tabular {

    /** The column names of the Tablesaw view, in order. */
    public static final List<String> COLUMNS = List.of("CODE", "TITLE", "TYPE", "DEPTH", "BASE_EMPLOYMENT",
            "PROJECTED_EMPLOYMENT", "CHANGE", "PERCENT_CHANGE", "PERCENT_SELF_EMPLOYED", "ANNUAL_OPENINGS",
            "MEDIAN_WAGE", "MEDIAN_WAGE_STATUS", "EDUCATION", "WORK_EXPERIENCE", "TRAINING");

    /** The code of the all-occupations total. */
    public static final String ALL_OCCUPATIONS = "00-0000";

    private final String name;
    private final Cycle cycle;
    private final int wageYear;
    private final List<OccupationProjection> rows;
    private final Map<String, OccupationProjection> byCode;
    // No Tablesaw Table is held: initialising that class scans the class path (~0.4 s), so toTable() builds one
    // on demand and loading a cycle stays fast.

    private ProjectionsTable(String name, Cycle cycle, int wageYear, List<OccupationProjection> rows) {
        this.name = name;
        this.cycle = cycle;
        this.wageYear = wageYear;
        this.rows = List.copyOf(rows);
        Map<String, OccupationProjection> index = new LinkedHashMap<>();
        for (OccupationProjection r : this.rows) {
            index.putIfAbsent(r.code(), r);
        }
        this.byCode = index;
    }

    /**
     * A table from rows of one cycle.
     *
     * @param name the table name, e.g. {@code occupation_2016-26.xlsx, Table 1.7}
     * @param cycle the cycle every row belongs to
     * @param wageYear the reference year of the median wages
     * @param rows the rows, in order
     * @return the table
     * @throws IllegalArgumentException if a row belongs to another cycle or a code appears twice
     */
    public static ProjectionsTable of(String name, Cycle cycle, int wageYear, List<OccupationProjection> rows) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(cycle, "cycle must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OccupationProjection r = Objects.requireNonNull(rows.get(i), "rows must not hold null");
            if (!r.cycle().equals(cycle)) {
                throw new IllegalArgumentException("Invalid value for rows[" + i + "].cycle (valid value " + cycle
                        + "): " + r.cycle());
            }
            Integer before = seen.put(r.code(), i);
            if (before != null) {
                throw new IllegalArgumentException("Invalid value for rows[" + i + "].code (valid values: codes "
                        + "not already in the table, as rows[" + before + "] is): " + r.code());
            }
        }
        return new ProjectionsTable(name, cycle, wageYear, rows);
    }

    private static Table build(String name, List<OccupationProjection> rows) {
        StringColumn code = StringColumn.create("CODE");
        StringColumn title = StringColumn.create("TITLE");
        StringColumn type = StringColumn.create("TYPE");
        IntColumn depth = IntColumn.create("DEPTH");
        DoubleColumn base = DoubleColumn.create("BASE_EMPLOYMENT");
        DoubleColumn projected = DoubleColumn.create("PROJECTED_EMPLOYMENT");
        DoubleColumn change = DoubleColumn.create("CHANGE");
        DoubleColumn percent = DoubleColumn.create("PERCENT_CHANGE");
        DoubleColumn self = DoubleColumn.create("PERCENT_SELF_EMPLOYED");
        DoubleColumn openings = DoubleColumn.create("ANNUAL_OPENINGS");
        DoubleColumn wage = DoubleColumn.create("MEDIAN_WAGE");
        StringColumn wageStatus = StringColumn.create("MEDIAN_WAGE_STATUS");
        StringColumn education = StringColumn.create("EDUCATION");
        StringColumn experience = StringColumn.create("WORK_EXPERIENCE");
        StringColumn training = StringColumn.create("TRAINING");
        for (OccupationProjection r : rows) {
            code.append(r.code());
            title.append(r.title());
            type.append(r.type().label());
            depth.append(r.depth());
            base.append(r.baseEmployment());
            projected.append(r.projectedEmployment());
            appendNumber(change, r.change());
            appendNumber(percent, r.percentChange());
            appendNumber(self, r.percentSelfEmployed());
            appendNumber(openings, r.annualOpenings());
            if (r.medianWage().isAvailable()) {
                wage.append(r.medianWage().amount());
            } else {
                wage.appendMissing();
            }
            wageStatus.append(r.medianWage().status().code());
            education.append(r.education().map(Education::label).orElse(""));
            experience.append(r.experience().map(WorkExperience::label).orElse(""));
            training.append(r.training().map(Training::label).orElse(""));
        }
        return Table.create(name, code, title, type, depth, base, projected, change, percent, self, openings, wage,
                wageStatus, education, experience, training);
    }

    private static void appendNumber(DoubleColumn column, EpNumber n) {
        if (n.isAvailable()) {
            column.append(n.value());
        } else {
            column.appendMissing();
        }
    }

    /** @return the table name: the source file and sheet, with any filters applied */
    public String name() {
        return name;
    }

    /** @return the projection cycle */
    public Cycle cycle() {
        return cycle;
    }

    /** @return the May reference year of the median wages (2017 for the 2016–26 table) */
    public int wageYear() {
        return wageYear;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /**
     * A row.
     *
     * @param index 0-based
     * @return the row
     * @throws IndexOutOfBoundsException for an index outside 0 - size − 1
     */
    public OccupationProjection row(int index) {
        return rows.get(index);
    }

    /** @return every row, in BLS's order (unmodifiable) */
    public List<OccupationProjection> rows() {
        return rows;
    }

    /** @return the rows as a stream */
    public Stream<OccupationProjection> stream() {
        return rows.stream();
    }

    /**
     * The row of a National Employment Matrix code.
     *
     * @param code e.g. {@code 43-4051}
     * @return the row, or empty when the cycle has no such code
     */
    public Optional<OccupationProjection> occupation(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code must not be null").strip()));
    }

    /**
     * The all-occupations total ({@code 00-0000}).
     *
     * @return the total row
     * @throws IllegalStateException if this (filtered) table does not hold it
     */
    public OccupationProjection total() {
        return occupation(ALL_OCCUPATIONS).orElseThrow(() -> new IllegalStateException(
                "Table '" + name + "' has no all-occupations row " + ALL_OCCUPATIONS));
    }

    /**
     * The Occupational Outlook Handbook descriptor scale of this cycle: the published one, or one inferred from
     * this cycle's all-occupations growth (see {@link DescriptorScale}).
     *
     * @return the scale
     */
    public DescriptorScale descriptorScale() {
        return DescriptorScale.of(cycle, total().projection().percentChange());
    }

    /**
     * The descriptor of a row of this cycle, from its published (rounded) percent change.
     *
     * @param row a row of this cycle
     * @return the descriptor
     */
    public GrowthDescriptor descriptor(OccupationProjection row) {
        double pct = row.percentChange().isAvailable() ? row.percentChange().value()
                : row.projection().percentChange();
        return descriptorScale().describe(pct);
    }

    /** @return the detailed occupations ("Line item") */
    public ProjectionsTable lineItems() {
        return where(OccupationProjection::isLineItem, "line items");
    }

    /** @return the group totals ("Summary") */
    public ProjectionsTable summaries() {
        return where(r -> !r.isLineItem(), "summaries");
    }

    /**
     * Rows whose title contains the text, ignoring case.
     *
     * @param titleFragment e.g. {@code "customer service"}
     * @return the matching rows
     */
    public ProjectionsTable search(String titleFragment) {
        String needle = Objects.requireNonNull(titleFragment, "titleFragment must not be null").strip()
                .toLowerCase(Locale.ROOT);
        return where(r -> r.title().toLowerCase(Locale.ROOT).contains(needle), "title contains '" + titleFragment
                + "'");
    }

    /**
     * Rows that pass a test.
     *
     * @param test the test
     * @param description what the test keeps, for the table name
     * @return the matching rows
     */
    public ProjectionsTable where(Predicate<OccupationProjection> test, String description) {
        List<OccupationProjection> kept = new ArrayList<>();
        for (OccupationProjection r : rows) {
            if (test.test(r)) {
                kept.add(r);
            }
        }
        return new ProjectionsTable(name + " where " + description, cycle, wageYear, kept);
    }

    /**
     * A copy of the Tablesaw view, for free-form work.
     *
     * @return a new table; changing it does not change this object
     */
    public Table toTable() {
        return build(name, rows);
    }

    /**
     * The table laid out for display: code, title indented by depth, type, base and projected employment (thousands),
     * percent change, annual openings (thousands) and median annual wage; the first rows of a long table.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        int n = size();
        int shown = DisplayTable.rowsShown(n);
        DisplayTable.Builder t = DisplayTable.builder(String.format(Locale.US,
                "%s (%s, %,d rows; employment in thousands, — = unavailable, ≥ = top-coded)", name, cycle, n))
                .column("CODE", Align.LEFT).column("TITLE", Align.LEFT).column("TYPE", Align.LEFT)
                .column("BASE", Align.RIGHT).column("PROJECTED", Align.RIGHT).column("CHANGE%", Align.RIGHT)
                .column("OPENINGS", Align.RIGHT).column("WAGE", Align.RIGHT);
        for (OccupationProjection r : rows.subList(0, shown)) {
            String title = "  ".repeat(Math.min(r.depth(), 4)) + r.title();
            title = title.length() > 40 ? title.substring(0, 39) + "…" : title;
            WageFigure w = r.medianWage();
            String wage = !w.isAvailable() ? "—" : (w.status() == FigureStatus.TOP_CODED ? "≥" : "")
                    + String.format(Locale.US, "%,.0f", w.amount());
            t.row(r.code(), title, r.type().label(), String.format(Locale.US, "%,.1f", r.baseEmployment()),
                    String.format(Locale.US, "%,.1f", r.projectedEmployment()), r.percentChange().toString(),
                    r.annualOpenings().toString(), wage);
        }
        return t.omitted(n - shown).build();
    }

    /**
     * Prints the name and size, then the first rows like Tablesaw: all of a table of at most
     * {@value DisplayTable#MAX_WHOLE_ROWS}, else {@value DisplayTable#HEAD_ROWS} and "… N more rows".
     */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }
}

package io.github.wageoutlook.inflation;

import io.github.wageoutlook.fetch.Observation;
import io.github.wageoutlook.fetch.SeriesData;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * One price index series — annual averages and monthly values, e.g. CPI-U (CUUR0000SA0, 1982–84 = 100) — and the
 * inflation adjustment it defines.
 *
 * <p>Constant dollars: a wage of year {@code s} restated in dollars of year {@code t} is
 * <pre>  real = nominal × I(t) / I(s)</pre>
 * where {@code I} is the annual average (BLS period M13) of the index; between months, {@code I} is the month's value.
 * Nothing is rounded. A top-coded wage stays a lower bound after adjustment, a wage BLS did not release stays not
 * released.
 *
 * <p>An index covers what its source had; values the source lacks are added with {@link #withAnnual(int, double)}
 * and {@link #withMonthly(YearMonth, double)}, and a newer file is merged in with {@link #withValuesOf(PriceIndex)}.
 * Each returns a new index; two sources of one series are combined with {@link #mergedWith(PriceIndex)}, which
 * checks that they agree. Asking for a year or month the index does not hold is a
 * {@link MissingIndexValueException} naming the series, the period, why it is missing and the alternatives.
 *
 * <p>Missing months stay missing: CPI-U has no October 2025 (BLS published no index for it). A calculation that needs
 * it fails unless interpolation is asked for ({@link MissingMonths#INTERPOLATE}), and an interpolated value is
 * labelled so ({@link IndexValue}). An annual average is only one BLS published (period M13), never computed from
 * the months of a partial year.
 *
 * <p>What carries its survey year is restated from it, and only the year of the dollars wanted is asked for: an OEWS
 * row ({@link #adjust(OccupationWages, int)}) or table ({@link #adjust(OewsTable, int)}). A bare {@link Wage}, wage
 * cell or column carries no year, so its year is given too.
 *
 * <pre>{@code
 * PriceIndex cpi = Cpi.u();
 * cpi.adjust(csr2017, 2025).annual().median();   // $43,198.05, from the row's own year, 2017
 * cpi.adjust(Wage.annual(32_890), 2017, 2025);   // $43,198.04695659269/yr = 32,890 × 321.943 / 245.120
 * cpi.adjustment(YearMonth.of(2025, 10), YearMonth.of(2026, 6), MissingMonths.INTERPOLATE); // Oct 2025 interpolated
 * }</pre>
 *
 * <p>Why one class of about 590 lines: it is the index's whole vocabulary — values with their provenance, the
 * adjustments of a wage, a cell, a row, a column and a table, and the ways to add and merge values — over two
 * maps; the reasons a value is missing and the interpolation live in {@code MissingValues}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceIndex {
    private final String seriesId;
    private final String source;
    private final SortedMap<Integer, Double> annual;
    private final SortedMap<YearMonth, Double> monthly;

    private PriceIndex(String seriesId, String source, SortedMap<Integer, Double> annual,
                       SortedMap<YearMonth, Double> monthly) {
        this.seriesId = seriesId;
        this.source = source;
        this.annual = Collections.unmodifiableSortedMap(annual);
        this.monthly = Collections.unmodifiableSortedMap(monthly);
    }

    /**
     * An index from its values.
     *
     * @param seriesId the BLS series id, e.g. {@code CUUR0000SA0}; not blank
     * @param source where the values come from, e.g. the file name
     * @param annualAverages annual averages by year (may be empty)
     * @param monthlyValues monthly values (may be empty)
     * @return the index (the maps are copied)
     * @throws IllegalArgumentException if the id is blank, a year is outside 1 - 9999, or a value is not a positive
     *         finite number
     */
    public static PriceIndex of(String seriesId, String source, Map<Integer, Double> annualAverages,
                                Map<YearMonth, Double> monthlyValues) {
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(annualAverages, "annualAverages must not be null");
        Objects.requireNonNull(monthlyValues, "monthlyValues must not be null");
        if (seriesId.isBlank()) {
            throw new IllegalArgumentException("Invalid value for seriesId (valid values: a BLS series id such as "
                    + "CUUR0000SA0): '" + seriesId + "'");
        }
        annualAverages.forEach((year, value) -> checkValue(value, "annual average of ", checkYear(year)));
        monthlyValues.forEach((month, value) -> checkValue(value, "value of ",
                Objects.requireNonNull(month, "month must not be null")));
        // Copying a sorted map into a TreeMap is linear; the reader hands over sorted maps.
        return new PriceIndex(seriesId.strip(), source, sortedCopy(annualAverages), sortedCopy(monthlyValues));
    }

    private static <K extends Comparable<K>> TreeMap<K, Double> sortedCopy(Map<K, Double> values) {
        if (values instanceof SortedMap<K, Double> sorted && sorted.comparator() == null) {
            return new TreeMap<>(sorted);
        }
        return new TreeMap<>(values);
    }

    private static int checkYear(Integer year) {
        Objects.requireNonNull(year, "year must not be null");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Invalid value for year (valid values 1 - 9999): " + year);
        }
        return year;
    }

    /** Checks an index value; the message is built only on failure (the reader checks 61,000 values). */
    private static double checkValue(Double value, String what, Object when) {
        if (value == null || !Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException("Invalid value for index " + what + when
                    + " (valid values: positive finite numbers): " + value);
        }
        return value;
    }

    /** @return the BLS series id, e.g. {@code CUUR0000SA0} */
    public String seriesId() {
        return seriesId;
    }

    /** @return where the values come from (file name; "+ added values" once some were added) */
    public String source() {
        return source;
    }

    /** @return the annual averages by year, ascending (read-only) */
    public SortedMap<Integer, Double> annualAverages() {
        return annual;
    }

    /** @return the monthly values, ascending (read-only) */
    public SortedMap<YearMonth, Double> monthlyValues() {
        return monthly;
    }

    /**
     * Whether the index has an annual average for a year.
     *
     * @param year the year
     * @return true if {@link #annual(int)} would answer
     */
    public boolean hasAnnual(int year) {
        return annual.containsKey(year);
    }

    /**
     * Whether the index has a value for a month.
     *
     * @param month the month
     * @return true if {@link #monthly(YearMonth)} would answer
     */
    public boolean hasMonthly(YearMonth month) {
        return month != null && monthly.containsKey(month);
    }

    /**
     * The annual average of a year (BLS period M13).
     *
     * @param year e.g. 2023
     * @return e.g. 304.702 for CPI-U 2023
     * @throws MissingIndexValueException if the index has no annual average for the year (BLS has not published
     *         it, or the year is outside the index), naming the years it covers and the alternatives
     */
    public double annual(int year) {
        Double v = annual.get(year);
        if (v == null) {
            throw MissingValues.annual(seriesId, year, annual, monthly);
        }
        return v;
    }

    /**
     * The value of a month.
     *
     * @param month e.g. {@code YearMonth.of(2023, 5)}
     * @return e.g. 304.127 for CPI-U May 2023
     * @throws MissingIndexValueException if the index has no value for the month — a month BLS did not publish
     *         (CPI-U October 2025) or one outside the index — naming the month, why, and the alternatives (the
     *         year's annual average; an interpolation, see {@link #valueOf(YearMonth, MissingMonths)})
     */
    public double monthly(YearMonth month) {
        Objects.requireNonNull(month, "month must not be null");
        Double v = monthly.get(month);
        if (v == null) {
            throw MissingValues.month(seriesId, month, annual, monthly);
        }
        return v;
    }

    /**
     * The annual average of a year with its provenance.
     *
     * @param year the year
     * @return the published annual average (period M13)
     * @throws MissingIndexValueException if BLS has not published it in this index; never computed from months
     */
    public IndexValue valueOf(int year) {
        return new IndexValue(seriesId, Integer.toString(year), annual(year), IndexValue.Kind.PUBLISHED, "");
    }

    /**
     * The value of a month with its provenance; a month missing between two published months is interpolated only
     * when asked for, and is then labelled so.
     *
     * @param month the month
     * @param missing {@link MissingMonths#FAIL} (refuse) or {@link MissingMonths#INTERPOLATE}
     * @return the published value, or the interpolated one (kind {@link IndexValue.Kind#INTERPOLATED}, with a note)
     * @throws MissingIndexValueException if the month is missing and cannot or may not be interpolated
     */
    public IndexValue valueOf(YearMonth month, MissingMonths missing) {
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(missing, "missing must not be null");
        Double v = monthly.get(month);
        if (v != null) {
            return new IndexValue(seriesId, month.toString(), v, IndexValue.Kind.PUBLISHED, "");
        }
        IndexValue interpolated = missing == MissingMonths.INTERPOLATE
                ? MissingValues.interpolate(seriesId, month, monthly) : null;
        if (interpolated == null) {
            throw MissingValues.month(seriesId, month, annual, monthly);
        }
        return interpolated;
    }

    /**
     * The adjustment between two years' annual averages, naming both values and the factor.
     *
     * @param fromYear the year the dollars are of
     * @param toYear the year of the dollars wanted
     * @return the adjustment; its factor is exactly 1 when the years are the same
     * @throws MissingIndexValueException if either year has no published annual average
     */
    public Adjustment adjustment(int fromYear, int toYear) {
        return new Adjustment(valueOf(fromYear), valueOf(toYear));
    }

    /**
     * The adjustment between two months, naming both values and the factor.
     *
     * @param from the month the dollars are of
     * @param to the month of the dollars wanted
     * @param missing what to do with a month BLS did not publish
     * @return the adjustment; its factor is exactly 1 when the months are the same
     * @throws MissingIndexValueException if a month is missing and may not or cannot be interpolated
     */
    public Adjustment adjustment(YearMonth from, YearMonth to, MissingMonths missing) {
        return new Adjustment(valueOf(from, missing), valueOf(to, missing));
    }

    /** @return the first year with an annual average */
    public int firstYear() {
        return requireAnnuals().firstKey();
    }

    /** @return the last year with an annual average */
    public int lastYear() {
        return requireAnnuals().lastKey();
    }

    private SortedMap<Integer, Double> requireAnnuals() {
        if (annual.isEmpty()) {
            throw new IllegalStateException("Series " + seriesId + " holds no annual averages");
        }
        return annual;
    }

    /**
     * This index with an annual average added or replaced, e.g. one published after the file was made.
     *
     * @param year the year
     * @param value the annual average, positive
     * @return a new index
     */
    public PriceIndex withAnnual(int year, double value) {
        TreeMap<Integer, Double> a = new TreeMap<>(annual);
        a.put(checkYear(year), checkValue(value, "annual average of ", year));
        return new PriceIndex(seriesId, added(), a, new TreeMap<>(monthly));
    }

    /**
     * This index with a monthly value added or replaced.
     *
     * @param month the month
     * @param value the index value, positive
     * @return a new index
     */
    public PriceIndex withMonthly(YearMonth month, double value) {
        Objects.requireNonNull(month, "month must not be null");
        TreeMap<YearMonth, Double> m = new TreeMap<>(monthly);
        m.put(month, checkValue(value, "value of ", month));
        return new PriceIndex(seriesId, added(), new TreeMap<>(annual), m);
    }

    private String added() {
        return source.endsWith(" + added values") ? source : source + " + added values";
    }

    /**
     * This index updated with a newer release of the same series: every value of {@code newer} is taken, values
     * only this index has are kept.
     *
     * @param newer the same series, e.g. read from a newer file
     * @return a new index
     * @throws IllegalArgumentException if the series differ
     */
    public PriceIndex withValuesOf(PriceIndex newer) {
        Objects.requireNonNull(newer, "newer must not be null");
        if (!newer.seriesId.equals(seriesId)) {
            throw new IllegalArgumentException("Invalid value for newer (valid values: series " + seriesId + "): "
                    + newer.seriesId);
        }
        TreeMap<Integer, Double> a = new TreeMap<>(annual);
        a.putAll(newer.annual);
        TreeMap<YearMonth, Double> m = new TreeMap<>(monthly);
        m.putAll(newer.monthly);
        return new PriceIndex(seriesId, newer.source + " over " + source, a, m);
    }

    /**
     * This index with the values of another source of the same series added, after checking that every period
     * both hold has the same value in both: e.g. the LABSTAT flat file (to September 2025) and the data tool's
     * Series Report (to June 2026, with the 2025 annual average).
     *
     * @param other the same series from another source
     * @return a new index holding the values of both, its source naming both
     * @throws IllegalArgumentException if the series differ, or if a period has different values in the two
     *         sources (naming both sources, the period and both values)
     */
    public PriceIndex mergedWith(PriceIndex other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!other.seriesId.equals(seriesId)) {
            throw new IllegalArgumentException("Invalid value for other (valid values: series " + seriesId + "): "
                    + other.seriesId);
        }
        TreeMap<Integer, Double> a = new TreeMap<>(annual);
        other.annual.forEach((year, v) -> agree(Integer.toString(year), a.put(year, v), v, other));
        TreeMap<YearMonth, Double> m = new TreeMap<>(monthly);
        other.monthly.forEach((month, v) -> agree(month.toString(), m.put(month, v), v, other));
        return new PriceIndex(seriesId, source + " and " + other.source, a, m);
    }

    private void agree(String period, Double mine, double theirs, PriceIndex other) {
        if (mine != null && mine != theirs) {
            throw new IllegalArgumentException("Sources disagree on " + seriesId + " " + period + ": " + source
                    + " has " + mine + ", " + other.source + " has " + theirs);
        }
    }

    /**
     * The factor that restates dollars of one year in dollars of another: I(to) / I(from).
     *
     * @param fromYear the year the dollars are of
     * @param toYear the year of the dollars wanted
     * @return the factor, e.g. 304.702 / 245.120 = 1.2431 from 2017 to 2023 in CPI-U
     * @throws IllegalArgumentException if either year has no annual average
     */
    public double factor(int fromYear, int toYear) {
        double from = annual(fromYear);
        return fromYear == toYear ? 1.0 : annual(toYear) / from;
    }

    /**
     * The factor that restates dollars of one month in dollars of another: I(to) / I(from).
     *
     * @param from the month the dollars are of
     * @param to the month of the dollars wanted
     * @return the factor
     * @throws IllegalArgumentException if either month has no value
     */
    public double factor(YearMonth from, YearMonth to) {
        double f = monthly(from);
        return from.equals(to) ? 1.0 : monthly(to) / f;
    }

    /**
     * A price index series from an answer of the BLS Public Data API: annual averages from M13 (asked for with
     * {@link io.github.wageoutlook.fetch.SeriesRequest#withAnnualAverage(boolean)}), monthly values from M01–M12; values
     * that are not positive numbers ({@code -}, text) are left out.
     *
     * @param data the API's answer
     * @param seriesId e.g. {@code CUUR0000SA0}
     * @return the index, its source the API's
     * @throws IllegalArgumentException if the answer holds no numeric monthly or annual value of the series
     */
    public static PriceIndex from(SeriesData data, String seriesId) {
        Objects.requireNonNull(data, "data must not be null");
        Objects.requireNonNull(seriesId, "seriesId must not be null");
        Map<Integer, Double> annual = new TreeMap<>();
        Map<YearMonth, Double> monthly = new TreeMap<>();
        for (Observation o : data.observations(seriesId)) {
            OptionalDouble v = o.number();
            if (v.isEmpty() || v.getAsDouble() <= 0) {
                continue;
            }
            if (o.period().type() == 'M' && o.period().number() == 13) {
                annual.put(o.year(), v.getAsDouble());
            } else if (o.period().month().isPresent()) {
                monthly.put(YearMonth.of(o.year(), o.period().month().get()), v.getAsDouble());
            }
        }
        if (annual.isEmpty() && monthly.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for seriesId (valid values: a series of the answer with "
                    + "monthly or M13 values; the answer holds " + data.seriesIds() + "): " + seriesId);
        }
        return of(seriesId.strip(), data.source(), annual, monthly);
    }

    /**
     * A wage of one year in dollars of another: wage × I(to) / I(from), on the same basis, not rounded.
     *
     * @param wage the wage in dollars of {@code fromYear}
     * @param fromYear the year of the wage
     * @param toYear the year of the dollars wanted
     * @return the wage in dollars of {@code toYear}
     * @throws IllegalArgumentException if either year has no annual average
     */
    public Wage adjust(Wage wage, int fromYear, int toYear) {
        Objects.requireNonNull(wage, "wage must not be null");
        return wage.multipliedBy(factor(fromYear, toYear));
    }

    /**
     * A wage of one month in dollars of another: wage × I(to) / I(from).
     *
     * @param wage the wage in dollars of {@code from}
     * @param from the month of the wage
     * @param to the month of the dollars wanted
     * @return the wage in dollars of {@code to}
     * @throws IllegalArgumentException if either month has no value
     */
    public Wage adjust(Wage wage, YearMonth from, YearMonth to) {
        Objects.requireNonNull(wage, "wage must not be null");
        return wage.multipliedBy(factor(from, to));
    }

    /**
     * A published wage cell in dollars of another year, keeping what it is: a top-coded bound becomes the adjusted
     * bound (still a lower bound), a figure not released stays not released.
     *
     * @param figure the cell, in dollars of {@code fromYear}
     * @param fromYear the year of the figure
     * @param toYear the year of the dollars wanted
     * @return the adjusted cell
     * @throws IllegalArgumentException if either year has no annual average
     */
    public WageFigure adjust(WageFigure figure, int fromYear, int toYear) {
        Objects.requireNonNull(figure, "figure must not be null");
        return scaled(figure, factor(fromYear, toYear));
    }

    /**
     * An OEWS row with its hourly and annual mean and percentiles in dollars of another year, restated from the row's
     * own survey year: each figure × I(toYear) / I(row.year()), keeping what it is (see
     * {@link #adjust(WageFigure, int, int)}). Employment and the other figures are unchanged, and the row keeps its
     * survey year, as {@link #adjust(OewsTable, int)} keeps each row's {@code YEAR}.
     *
     * <pre>{@code Cpi.u().adjust(csr2017, 2025).annual().median();   // $43,198.05 = $32,890 × 321.943 / 245.120}</pre>
     *
     * @param row the row, in dollars of its survey year
     * @param toYear the year of the dollars wanted
     * @return the row with adjusted wages
     * @throws IllegalArgumentException if the index lacks {@code toYear} or the row's year
     */
    public OccupationWages adjust(OccupationWages row, int toYear) {
        Objects.requireNonNull(row, "row must not be null");
        double f = factor(row.year(), toYear);
        return new OccupationWages(row.year(), row.area(), row.industry(), row.ownership(), row.socCode(), row.title(),
                row.level(), row.employment(), row.employmentRse(), row.jobsPer1000(), row.locationQuotient(),
                row.percentOfIndustry(), row.percentReporting(), row.meanRse(), scaled(row.hourly(), f),
                scaled(row.annual(), f), row.publishedBasis());
    }

    private static WageSummary scaled(WageSummary s, double factor) {
        Function<WageFigure, WageFigure> a = w -> scaled(w, factor);
        return new WageSummary(s.basis(), a.apply(s.mean()), a.apply(s.p10()), a.apply(s.p25()), a.apply(s.median()),
                a.apply(s.p75()), a.apply(s.p90()));
    }

    private static WageFigure scaled(WageFigure figure, double factor) {
        return figure.isAvailable() ? new WageFigure(figure.basis(), figure.status(), figure.amount() * factor)
                : figure;
    }

    /**
     * A column of dollar amounts of one year in dollars of another: each value × I(to) / I(from); missing values
     * stay missing.
     *
     * @param column dollar amounts (any numeric Tablesaw column)
     * @param fromYear the year of the amounts
     * @param toYear the year of the dollars wanted
     * @return a new double column with the same name
     * @throws IllegalArgumentException if either year has no annual average
     */
    public DoubleColumn adjust(NumericColumn<?> column, int fromYear, int toYear) {
        Objects.requireNonNull(column, "column must not be null");
        double f = factor(fromYear, toYear);
        DoubleColumn out = DoubleColumn.create(column.name(), column.size());
        for (int r = 0; r < column.size(); r++) {
            if (column.isMissing(r)) {
                out.setMissing(r);
            } else {
                out.set(r, column.getDouble(r) * f);
            }
        }
        return out;
    }

    /**
     * An OEWS table with every wage column ({@code H_MEAN}, {@code A_MEAN}, {@code H_PCT10} … {@code A_PCT90}) in
     * dollars of one year; each row is restated from its own {@code YEAR}, so a table of several years becomes
     * comparable. Employment, relative standard errors and the status columns are unchanged: a top-coded cell stays
     * {@code #}, holding the adjusted bound.
     *
     * @param table the table, in nominal dollars of each row's year
     * @param toYear the year of the dollars wanted
     * @return a new table named "… in &lt;year&gt; dollars"
     * @throws IllegalArgumentException if the index lacks {@code toYear} or a year of the table (checked before
     *         anything is computed)
     */
    public OewsTable adjust(OewsTable table, int toYear) {
        Objects.requireNonNull(table, "table must not be null");
        annual(toYear);
        table.years().forEach(this::annual);
        Table t = table.toTable();
        IntColumn years = t.intColumn(OewsTable.YEAR);
        for (String name : OewsTable.FIGURES) {
            if (!name.startsWith("H_") && !name.startsWith("A_")) {
                continue;
            }
            DoubleColumn c = t.doubleColumn(name);
            for (int r = 0; r < c.size(); r++) {
                if (!c.isMissing(r)) {
                    c.set(r, c.getDouble(r) * factor(years.getInt(r), toYear));
                }
            }
        }
        t.setName(table.name() + " in " + toYear + " dollars (" + seriesId + ")");
        return OewsTable.from(t);
    }

    /**
     * The annual averages as a Tablesaw table with columns {@code SERIES_ID}, {@code YEAR}, {@code VALUE}.
     *
     * @return a new table
     */
    public Table toTable() {
        StringColumn ids = StringColumn.create("SERIES_ID");
        IntColumn years = IntColumn.create("YEAR");
        DoubleColumn values = DoubleColumn.create("VALUE");
        values.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        annual.forEach((y, v) -> {
            ids.append(seriesId);
            years.append(y);
            values.append(v);
        });
        return Table.create(seriesId + " annual averages (" + source + ")", ids, years, values);
    }

    /** @return true for an index of the same series with the same values (the source is not compared) */
    @Override
    public boolean equals(Object o) {
        return o instanceof PriceIndex p && p.seriesId.equals(seriesId) && p.annual.equals(annual)
                && p.monthly.equals(monthly);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seriesId, annual, monthly);
    }

    /** Prints the series, its source and what it covers, e.g. {@code CUUR0000SA0 (cu.data.1.AllItems): …}. */
    @Override
    public String toString() {
        return seriesId + " (" + source + "): annual averages "
                + (annual.isEmpty() ? "none" : MissingValues.coverage(annual)) + ", monthly values "
                + (monthly.isEmpty() ? "none" : MissingValues.coverageOfMonths(monthly));
    }
}

package io.github.wageoutlook.inflation;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationLinks;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.soc.SocCrosswalk;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * One occupation's wages across every survey year of an OEWS table, side by side: employment, the median and the
 * P10–P90 band, in nominal dollars and in constant dollars of a chosen year, with real growth rates.
 *
 * <p><b>Constant dollars.</b> Each year's figures are restated as nominal × I(t) / I(year), I the price index's
 * annual average (CPI-U by default) and t the chosen year ({@link #inDollarsOf(int)}). A year the index does not
 * cover keeps its nominal figures and no constant ones, and is named in {@link #notes()}. OEWS wages refer to May
 * of the survey year; the history deflates by annual averages, the usual convention for yearly figures (for a
 * May-to-May restatement use {@link PriceIndex#adjust(io.github.wageoutlook.wages.Wage, java.time.YearMonth,
 * java.time.YearMonth)}).
 *
 * <p><b>Real growth.</b> Year over year, g = (m₁ / I₁) / (m₀ / I₀) − 1 for medians m of consecutive survey years;
 * compound annual, (m_end / I_end ÷ m_start / I_start)^(1 / years) − 1 between the first and last comparable years.
 * The rates do not depend on the dollars chosen. A top-coded median is a lower bound: a rate ending on one is a lower
 * bound too, a rate starting on one is not given.
 *
 * <p><b>Code changes.</b> In a year where the code is absent, the history looks for the occupation under another
 * code: first through the {@link SocCrosswalk} (merges, splits and the OEWS hybrid codes of May 2019–2020), then,
 * for codes the crosswalk does not name, by title: one code of that year with the same title at the same level, never
 * seen beside the requested code, is the same occupation renumbered. Only same-occupation entries are comparable
 * and enter growth rates; parts (15-1132 for 15-1252) and wholes (hybrid 15-1256 for 15-1252) are shown, marked, and
 * left out. Years with no link are reported in {@link #notes()}.
 *
 * <p>Why this class lives in {@code inflation} and not {@code wages}: it needs the price index, and the price index
 * needs {@code wages}; keeping it here keeps the packages free of a cycle.
 *
 * <pre>{@code
 * WageHistory h = WageHistory.of("43-4051").inDollarsOf(2023);
 * h.entries(2017).get(0).constant().orElseThrow().median();   // $40,884.66 = 32,890 × 304.702 / 245.120
 * h.compoundAnnualGrowth();                                    // real median growth, first to last year
 * System.out.println(h);                                       // the table
 * }</pre>
 *
 * <p>Why one class of about 500 lines: it is the history's query API (entries, constant dollars, growth, notes)
 * with its small result types; linking codes across years ({@link OccupationLinks}) and the table and text forms
 * ({@code WageHistoryFormat}) live in classes of their own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WageHistory implements Tabular {

    /**
     * One row of the history.
     *
     * @param year the survey year
     * @param socCode the code the row is published under
     * @param title the title published that year
     * @param linkage how the row relates to the occupation asked for
     * @param why the reason for a link other than the same code, empty otherwise
     * @param employment total employment
     * @param nominal the wages in dollars of the survey year
     * @param index the price index value of the survey year, empty when the index lacks it
     * @param constant the wages in dollars of the history's year, empty for a nominal history or when the index
     *        lacks the survey year
     */
    public record Entry(int year, String socCode, String title, OccupationLinks.Linkage linkage, String why,
                        Figure employment, WageSummary nominal, OptionalDouble index, Optional<WageSummary> constant) {
        /**
         * Checks the parts.
         *
         * @param year the survey year
         * @param socCode the code the row is published under
         * @param title the title published that year
         * @param linkage how the row relates to the occupation asked for
         * @param why the reason for a link other than the same code, empty otherwise
         * @param employment total employment
         * @param nominal the wages in dollars of the survey year
         * @param index the price index value of the survey year, empty when the index lacks it
         * @param constant the wages in dollars of the history's year, or empty
         * @throws NullPointerException if a part is null
         */
        public Entry {
            Objects.requireNonNull(socCode, "socCode must not be null");
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(linkage, "linkage must not be null");
            Objects.requireNonNull(why, "why must not be null");
            Objects.requireNonNull(employment, "employment must not be null");
            Objects.requireNonNull(nominal, "nominal must not be null");
            Objects.requireNonNull(index, "index must not be null");
            Objects.requireNonNull(constant, "constant must not be null");
        }

        /**
         * The median deflated by the index, m / I: comparable across years up to a constant factor.
         *
         * @return m / I, empty when the median is not available or the index lacks the year
         */
        OptionalDouble deflatedMedian() {
            WageFigure m = nominal.median();
            return m.isAvailable() && index.isPresent() ? OptionalDouble.of(m.amount() / index.getAsDouble())
                    : OptionalDouble.empty();
        }
    }

    /**
     * A growth rate between two years.
     *
     * @param fromYear the start year
     * @param toYear the end year
     * @param rate the rate per year as a fraction, e.g. 0.012 for +1.2% a year
     * @param lowerBound true when the end value is top-coded, so the true rate is at least {@code rate}
     */
    public record Growth(int fromYear, int toYear, double rate, boolean lowerBound) {
        /**
         * Checks the parts.
         *
         * @param fromYear the start year
         * @param toYear the end year
         * @param rate the rate per year as a fraction
         * @param lowerBound true when the true rate is at least {@code rate}
         * @throws IllegalArgumentException if the years are not increasing or the rate is not finite
         */
        public Growth {
            if (toYear <= fromYear) {
                throw new IllegalArgumentException("Invalid value for toYear (valid values > " + fromYear + "): "
                        + toYear);
            }
            if (!Double.isFinite(rate)) {
                throw new IllegalArgumentException("Invalid value for rate (valid values: finite): " + rate);
            }
        }

        /** Prints e.g. {@code +1.2%} or {@code ≥ +1.2%}. */
        @Override
        public String toString() {
            return (lowerBound ? "≥ " : "") + String.format(Locale.US, "%+.1f%%", rate * 100);
        }
    }

    private final String socCode;
    private final String title;
    private final WageBasis basis;
    private final PriceIndex index;
    private final OptionalInt dollars;
    private final List<Integer> years;
    private final List<OccupationLinks.Linked> linked;
    private final List<String> unlinked;

    private WageHistory(String socCode, String title, WageBasis basis, PriceIndex index, OptionalInt dollars,
                        List<Integer> years, List<OccupationLinks.Linked> linked, List<String> unlinked) {
        this.socCode = socCode;
        this.title = title;
        this.basis = basis;
        this.index = index;
        this.dollars = dollars;
        this.years = List.copyOf(years);
        this.linked = List.copyOf(linked);
        this.unlinked = List.copyOf(unlinked);
    }

    /**
     * The history of an occupation over the embedded national OEWS years (2014–2025), with CPI-U, in nominal
     * dollars.
     *
     * @param socCode the SOC code, e.g. {@code 43-4051}; a SOC 2010 code such as 15-1132 works too
     * @return the history
     * @throws IllegalArgumentException if no shipped year has the code or a linked successor
     */
    public static WageHistory of(String socCode) {
        return of(socCode, Cpi.u());
    }

    /**
     * The history over the embedded national OEWS years with a price index of one's choosing, e.g. CPI-U with a
     * value the shipped file lacks.
     *
     * @param socCode the SOC code
     * @param index the price index
     * @return the history, in nominal dollars
     * @throws IllegalArgumentException if no shipped year has the code or a linked successor
     */
    public static WageHistory of(String socCode, PriceIndex index) {
        SortedMap<Integer, OewsTable> byYear = new TreeMap<>();
        Oews.nationalYears().forEach(y -> byYear.put(y, Oews.national(y)));
        return build(socCode, byYear, index, SocCrosswalk.bls());
    }

    /**
     * The history over any OEWS table of several years of one area, industry and ownership, e.g.
     * {@code Oews.nationalAllYears()} or one state's rows of state files stacked with {@link OewsTable#concat(List)}.
     *
     * @param table the table
     * @param socCode the SOC code
     * @param index the price index
     * @param crosswalk the code links to follow
     * @return the history, in nominal dollars
     * @throws IllegalArgumentException if no year of the table has the code or a linked successor
     * @throws MixedContextsException if the table holds several areas, industries or ownerships, which a history
     *     would mix; narrow it with {@code area(…)}, {@code industry(…)}, {@code ownership(…)} first
     */
    public static WageHistory of(OewsTable table, String socCode, PriceIndex index, SocCrosswalk crosswalk) {
        Objects.requireNonNull(table, "table must not be null");
        long places = table.contexts().stream().map(c -> c.area().code() + "|" + c.industry().naics() + "|"
                + c.ownership().code()).distinct().count();
        if (places > 1) {
            throw new MixedContextsException("the wage history of " + socCode + " in " + table.name(),
                    table.contexts(), "a history per area, industry and ownership from each part of byContext()");
        }
        SortedMap<Integer, OewsTable> byYear = new TreeMap<>();
        table.years().forEach(y -> byYear.put(y, table.year(y)));
        return build(socCode, byYear, index, crosswalk);
    }

    /**
     * The histories of several occupations over the embedded national years.
     *
     * @param socCodes the codes
     * @param index the price index
     * @return one history per code, in order, nominal
     * @throws IllegalArgumentException if a code is in no shipped year
     */
    public static List<WageHistory> of(Collection<String> socCodes, PriceIndex index) {
        Objects.requireNonNull(socCodes, "socCodes must not be null");
        return socCodes.stream().map(c -> of(c, index)).toList();
    }

    private static WageHistory build(String socCode, SortedMap<Integer, OewsTable> byYear, PriceIndex index,
                                     SocCrosswalk crosswalk) {
        Objects.requireNonNull(index, "index must not be null");
        OccupationLinks links = OccupationLinks.of(socCode, byYear, crosswalk);
        return new WageHistory(links.code(), links.title(), WageBasis.ANNUAL, index, OptionalInt.empty(),
                List.copyOf(byYear.keySet()), links.linked(),
                java.util.stream.Stream.concat(links.unlinked().stream(), links.codeNotes().stream()).toList());
    }

    /**
     * This history in constant dollars of a year.
     *
     * @param year the year whose dollars the wages are restated in
     * @return a new history
     * @throws IllegalArgumentException if the price index has no annual average for the year (naming its range)
     */
    public WageHistory inDollarsOf(int year) {
        index.annual(year);
        return new WageHistory(socCode, title, basis, index, OptionalInt.of(year), years, linked, unlinked);
    }

    /** @return this history in nominal dollars (each year's own) */
    public WageHistory nominal() {
        return new WageHistory(socCode, title, basis, index, OptionalInt.empty(), years, linked, unlinked);
    }

    /**
     * This history on another basis (annual is the default; hourly suits occupations BLS publishes only hourly).
     *
     * @param wageBasis hourly or annual
     * @return a new history
     */
    public WageHistory onBasis(WageBasis wageBasis) {
        Objects.requireNonNull(wageBasis, "wageBasis must not be null");
        return new WageHistory(socCode, title, wageBasis, index, dollars, years, linked, unlinked);
    }

    /**
     * This history with another price index, e.g. CPI-U with a year the shipped file lacks. The dollars year is
     * kept and must be covered by the new index.
     *
     * @param priceIndex the index
     * @return a new history
     * @throws IllegalArgumentException if the dollars year is not covered by the new index
     */
    public WageHistory withIndex(PriceIndex priceIndex) {
        Objects.requireNonNull(priceIndex, "priceIndex must not be null");
        dollars.ifPresent(priceIndex::annual);
        return new WageHistory(socCode, title, basis, priceIndex, dollars, years, linked, unlinked);
    }

    /**
     * Where the history's figures apply: the area, and the industry and ownership when they are not all industries
     * and all employers ({@link Context#label()} of its latest row).
     *
     * @return e.g. {@code U.S.} or {@code Alabama}
     */
    public String where() {
        return linked.get(linked.size() - 1).row().context().label();
    }

    /** @return the SOC code asked for */
    public String socCode() {
        return socCode;
    }

    /** @return the occupation's title (the latest published under the code asked for) */
    public String title() {
        return title;
    }

    /** @return the basis of the wages */
    public WageBasis basis() {
        return basis;
    }

    /** @return the price index used */
    public PriceIndex index() {
        return index;
    }

    /** @return the year whose dollars the constant figures are in, empty for a nominal history */
    public OptionalInt dollarsYear() {
        return dollars;
    }

    /** @return the survey years of the underlying table, ascending */
    public List<Integer> years() {
        return years;
    }

    /** @return every entry, by year (several in a year when the occupation was split across codes) */
    public List<Entry> entries() {
        return linked.stream().map(this::entry).toList();
    }

    /**
     * The entries of one survey year.
     *
     * @param year the survey year
     * @return its entries, possibly empty
     */
    public List<Entry> entries(int year) {
        return linked.stream().filter(l -> l.row().year() == year).map(this::entry).toList();
    }

    /** @return the entries of the same occupation (same code, same title, crosswalk), one per year at most */
    public List<Entry> comparableEntries() {
        List<Entry> out = new ArrayList<>();
        for (int y : years) {
            List<Entry> same = entries(y).stream().filter(e -> e.linkage().isComparable()).toList();
            if (same.size() == 1) {
                out.add(same.get(0));
            }
        }
        return out;
    }

    private Entry entry(OccupationLinks.Linked l) {
        OccupationWages row = l.row();
        int year = row.year();
        OptionalDouble cpi = index.hasAnnual(year) ? OptionalDouble.of(index.annual(year)) : OptionalDouble.empty();
        WageSummary nominal = row.wages(basis);
        Optional<WageSummary> constant = dollars.isPresent() && cpi.isPresent()
                ? Optional.of(index.adjust(row, dollars.getAsInt()).wages(basis)) : Optional.empty();
        return new Entry(year, row.socCode(), row.title(), l.linkage(), l.why(), row.employment(), nominal, cpi,
                constant);
    }

    /**
     * Real median growth between consecutive survey years of the same occupation.
     *
     * @return one rate per pair of consecutive comparable years with both medians and index values (a rate starting
     *         on a top-coded median is left out)
     */
    public List<Growth> yearOverYear() {
        List<Growth> out = new ArrayList<>();
        List<Entry> same = comparableEntries();
        for (int i = 1; i < same.size(); i++) {
            Entry a = same.get(i - 1);
            Entry b = same.get(i);
            if (years.indexOf(b.year()) - years.indexOf(a.year()) == 1) {
                growth(a, b).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The real median growth into a survey year from the one before.
     *
     * @param year the survey year
     * @return the rate, empty for the first year or when it cannot be computed
     */
    public Optional<Growth> yearOverYear(int year) {
        return yearOverYear().stream().filter(g -> g.toYear() == year).findFirst();
    }

    /**
     * Compound annual real median growth between the first and the last comparable years that have a median and an
     * index value: (m_end / I_end ÷ m_start / I_start)^(1 / years) − 1.
     *
     * @return the rate, empty when fewer than two such years exist
     */
    public Optional<Growth> compoundAnnualGrowth() {
        List<Entry> usable = comparableEntries().stream().filter(e -> e.deflatedMedian().isPresent()).toList();
        Optional<Entry> start = usable.stream().filter(e -> e.nominal().median().isExact()).findFirst();
        if (start.isEmpty() || usable.isEmpty()) {
            return Optional.empty();
        }
        Entry end = usable.get(usable.size() - 1);
        return end.year() > start.get().year() ? growth(start.get(), end) : Optional.empty();
    }

    private static Optional<Growth> growth(Entry a, Entry b) {
        OptionalDouble ra = a.deflatedMedian();
        OptionalDouble rb = b.deflatedMedian();
        if (ra.isEmpty() || rb.isEmpty() || a.nominal().median().isLowerBound() || ra.getAsDouble() <= 0) {
            return Optional.empty();
        }
        int n = b.year() - a.year();
        double rate = Math.pow(rb.getAsDouble() / ra.getAsDouble(), 1.0 / n) - 1;
        return Optional.of(new Growth(a.year(), b.year(), rate, b.nominal().median().isLowerBound()));
    }

    /**
     * What the reader should know: years with no row for the occupation, years without an index value, linked
     * codes that are not the same occupation.
     *
     * @return the notes, one sentence each
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(unlinked);
        Set<Integer> noIndex = new java.util.TreeSet<>();
        linked.forEach(l -> {
            if (!index.hasAnnual(l.row().year())) {
                noIndex.add(l.row().year());
            }
        });
        for (int y : noIndex) {
            String covers = index.annualAverages().isEmpty() ? "it has none"
                    : "it covers " + index.firstYear() + " - " + index.lastYear();
            notes.add(y + ": no " + index.seriesId() + " annual average in the index (" + covers + "), so no "
                    + "constant dollars or real growth; add it with PriceIndex.withAnnual(" + y + ", value) or, on "
                    + "the command line, --cpi " + y + "=VALUE");
        }
        if (linked.stream().anyMatch(l -> l.row().wages(basis).percentiles().stream()
                .anyMatch(WageFigure::isLowerBound))) {
            notes.add("≥: top-coded by BLS; the true value is at least this (adjusted for inflation like the others)");
        }
        return notes;
    }

    /**
     * The history as a Tablesaw table: {@code YEAR, OCC_CODE, OCC_TITLE, LINKAGE, COMPARABLE, TOT_EMP, INDEX, BASIS}
     * ({@code annual} or {@code hourly}, the basis of every wage column), {@code DOLLARS_OF} (the history's dollars year on every row; missing for a nominal history), the nominal median
     * {@code NOMINAL_MEDIAN} (dollars of the row's year), then {@code PCT10, PCT25, MEDIAN, PCT75, PCT90} in the
     * history's dollars on every row — in a constant-dollar history, a row the index cannot restate is missing
     * there, never filled with nominal figures — each with a {@code _STATUS} column holding the BLS code
     * ({@code #} for a top-coded lower bound), {@code REAL_MEDIAN_GROWTH} (year over year, a fraction) and
     * {@code NOTE} (why a row's figures are missing, else empty).
     *
     * @return a new table
     */
    public Table toTable() {
        return toTable(List.of(this));
    }

    /**
     * Several histories stacked in one table, with the columns of {@link #toTable()}.
     *
     * @param histories the histories
     * @return a new table
     */
    public static Table toTable(Collection<WageHistory> histories) {
        return WageHistoryFormat.table(histories);
    }

    /**
     * The history laid out for display: the title and the dollars shown, one row per entry with employment, index
     * value, nominal median, the band in the history's dollars and the real median growth; the compound annual
     * growth and the notes under it.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        return WageHistoryDisplay.of(this);
    }

    /**
     * Prints the history as a table: one line per entry with employment, index value, nominal median, the band in
     * the history's dollars and the real median growth; then the compound annual growth and the notes.
     */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }
}

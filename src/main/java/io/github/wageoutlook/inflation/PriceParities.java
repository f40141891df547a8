package io.github.wageoutlook.inflation;

import io.github.wageoutlook.datasets.Datasets;
import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.inflation.PriceParity.Line;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.ContextLookup;
import io.github.wageoutlook.oews.LookupException;
import io.github.wageoutlook.oews.OccupationWages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BEA's Regional Price Parities: the price level of each state, metropolitan area and the nation's nonmetropolitan
 * portion relative to the nation's in the same year (an index, U.S. = 100), for all items and four parts (goods,
 * housing rents, utilities, other services), and what a wage paid there buys at the national price level.
 *
 * <p>Embedded ({@link #bea()}): BEA's tables SARPP (the nation, 50 states and D.C.) and MARPP (387 metropolitan
 * statistical areas by CBSA code, OMB bulletin 23-01, and the nation's nonmetropolitan portion), 2008–2024, last
 * updated February 19, 2026. 2024 all items: California 110.720, District of Columbia 109.901, Texas 97.057,
 * Mississippi 86.953. Houston-Pasadena-The Woodlands, TX (CBSA 26420): 98.629. {@link #read(Path...)} reads the same
 * tables from newer downloads. The nation's rows of both tables must agree (checked on load).
 *
 * <p>Lookups take what people type: a state by USPS code, FIPS code or name ({@code TX}, {@code 48}, {@code Texas}),
 * a metropolitan area by CBSA code ({@code 26420}), title or any part of it, such as a principal city
 * ({@code Houston}, {@code Birmingham}); a misspelling is a {@link LookupException} naming the nearest areas
 * (the Jaro–Winkler lookup of {@link ContextLookup}). An OEWS area is matched by its type and code: a state by its
 * FIPS code, a metropolitan area by its CBSA code (OEWS and BEA use the same codes for metropolitan statistical
 * areas; New England NECTAs, which OEWS used until May 2024, have none here), the nation by itself.
 *
 * <p><b>Which year serves which wages.</b> BEA publishes a year's RPPs about fourteen months after it ends (2024 in
 * February 2026); OEWS publishes May estimates a year after May (May 2025 in May 2026), so the newest OEWS year is
 * usually a year ahead of the newest RPPs. Wages of a year are put at national prices with the RPP of the same year,
 * or of the nearest earlier year BEA publishes for the area, and the adjustment says which
 * ({@link PriceLevelAdjustment#note()}).
 *
 * <p><b>Across years.</b> An RPP compares places within a year. BEA's real personal income combines the two: the
 * regional price deflator of an area in year y is RPP/100 × the national price index of y, so a figure w of year y
 * in dollars of year t at national prices is w × (100 / RPP) × I(t) / I(y). BEA uses the national PCE price index;
 * this library uses CPI-U, the national index it ships ({@link #atNationalPrices(OccupationWages, PriceIndex, int)}).
 *
 * <pre>{@code
 * PriceParities rpp = PriceParities.bea();
 * rpp.parity("TX", 2024).value();                          // 97.057
 * rpp.parity("Houston", 2024).value();                     // 98.629: Houston-Pasadena-The Woodlands, TX (26420)
 * rpp.atNationalPrices(row, Cpi.u(), 2025);                // a row's wages at U.S. prices, in 2025 dollars
 * }</pre>
 *
 * <p>Why one class of about 520 lines, half of them documentation: it is the tables' whole vocabulary over one map —
 * the lookups by state and metropolitan area, the choice of the RPP year that serves a wage year and the reason when
 * none does, the adjustments of an area and of a row, and the table views; reading BEA's files lives in
 * {@code PriceParityReader}, the arithmetic of an adjustment in {@link PriceLevelAdjustment}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceParities implements Tabular {
    /** The embedded state table, relative to the datasets root. */
    public static final String EMBEDDED_STATES = "rpp/SARPP_STATE_2008_2024.csv";
    /** The embedded metropolitan table, relative to the datasets root. */
    public static final String EMBEDDED_METROS = "rpp/MARPP_MSA_2008_2024.csv";

    private static volatile PriceParities embedded;

    /** One area's values: {@code values[line.ordinal()][year - firstYear]}, NaN where BEA publishes none. */
    private record Series(Area area, int firstYear, double[][] values) {
        double value(Line line, int year) {
            int k = year - firstYear;
            double[] v = values[line.ordinal()];
            return v == null || k < 0 || k >= v.length ? Double.NaN : v[k];
        }
    }

    private final String name;
    private final String lastUpdated;
    private final Map<String, Series> series;
    private final List<Area> areas;
    private final int firstYear;
    private final int lastYear;

    private PriceParities(String name, String lastUpdated, Map<String, Series> series) {
        this.name = name;
        this.lastUpdated = lastUpdated;
        this.series = series;
        this.areas = series.values().stream().map(Series::area).toList();
        this.firstYear = series.values().stream().mapToInt(Series::firstYear).min().orElseThrow();
        this.lastYear = series.values().stream().mapToInt(s -> s.firstYear() + Arrays.stream(s.values())
                .filter(Objects::nonNull).mapToInt(v -> v.length).max().orElse(1) - 1).max().orElseThrow();
    }

    /**
     * BEA's Regional Price Parities by state and by metropolitan area, 2008–2024, as embedded (parsed once, on first
     * use, and shared).
     *
     * @return the parities
     */
    public static PriceParities bea() {
        PriceParities p = embedded;
        if (p == null) {
            synchronized (PriceParities.class) {
                p = embedded;
                if (p == null) {
                    p = of(List.of(readEmbedded(EMBEDDED_STATES), readEmbedded(EMBEDDED_METROS)));
                    embedded = p;
                }
            }
        }
        return p;
    }

    /**
     * BEA's tables from files: SARPP and MARPP CSVs as BEA's zips hold them ({@code SARPP_STATE_2008_2024.csv},
     * {@code MARPP_MSA_2008_2024.csv}), one or both.
     *
     * @param files the files
     * @return the parities of every area in them
     * @throws FileFormatException naming the file, line, column and raw text if a file is not such a table, or if
     *     two files disagree on the nation's rows
     */
    public static PriceParities read(Path... files) {
        if (files.length == 0) {
            throw new IllegalArgumentException("Invalid value for files (valid values: one or more SARPP or MARPP "
                    + "CSV files): none");
        }
        List<PriceParityReader.Read> reads = new ArrayList<>();
        for (Path f : files) {
            Objects.requireNonNull(f, "file must not be null");
            try (InputStream in = Files.newInputStream(f)) {
                reads.add(PriceParityReader.read(f.getFileName().toString(), in));
            } catch (IOException e) {
                throw FileFormatException.in(f.toString()).cause(e).problem("cannot read the file: " + e);
            }
        }
        return of(reads);
    }

    private static PriceParityReader.Read readEmbedded(String name) {
        try (InputStream in = Datasets.open(name)) {
            return PriceParityReader.read(name.substring(name.indexOf('/') + 1), in);
        } catch (IOException e) {
            throw FileFormatException.in(name).cause(e).problem("the embedded RPP file cannot be read: " + e);
        }
    }

    private static PriceParities of(List<PriceParityReader.Read> reads) {
        Map<String, Series> series = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        for (PriceParityReader.Read read : reads) {
            for (PriceParityReader.Row row : read.rows()) {
                String key = key(row.area()).orElseThrow();
                Series s = series.computeIfAbsent(key, k -> new Series(row.area(), row.firstYear(),
                        new double[Line.values().length][]));
                from.putIfAbsent(key + row.line(), read.source());
                double[] old = s.values()[row.line().ordinal()];
                if (old != null) {
                    if (!Arrays.equals(old, row.values()) || s.firstYear() != row.firstYear()) {
                        throw FileFormatException.in(read.source()).problem("its " + row.area().title() + " row of "
                                + "line " + row.line().lineCode() + " differs from that of "
                                + from.get(key + row.line()));
                    }
                    continue;
                }
                if (row.firstYear() != s.firstYear()) {
                    throw FileFormatException.in(read.source()).problem("its " + row.area().title() + " rows start "
                            + "in " + row.firstYear() + ", those of " + from.get(key + Line.ALL_ITEMS) + " in "
                            + s.firstYear());
                }
                s.values()[row.line().ordinal()] = row.values();
            }
        }
        String tables = String.join(" and ", reads.stream().map(PriceParityReader.Read::table).distinct().toList());
        String updated = reads.stream().map(PriceParityReader.Read::lastUpdated).filter(u -> !u.isEmpty())
                .distinct().findFirst().orElse("");
        return new PriceParities("BEA Regional Price Parities (" + tables + ")", updated, series);
    }

    /** @return what the tables are, e.g. {@code BEA Regional Price Parities (SARPP and MARPP)} */
    public String name() {
        return name;
    }

    /**
     * @return BEA's "Last updated" line, e.g. {@code February 19, 2026-- new statistics for 2024; revised statistics
     *     for 2008-2023.}; empty when the files have none
     */
    public String lastUpdated() {
        return lastUpdated;
    }

    /** @return every year the tables cover, ascending (2008 – 2024 embedded) */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    /** @return the newest year (2024 embedded) */
    public int latestYear() {
        return lastYear;
    }

    /**
     * @return every area, in file order: the nation, the states and D.C. (code: FIPS), the nation's nonmetropolitan
     *     portion ({@code 00999}) and the metropolitan areas (code: CBSA, title without BEA's "(Metropolitan
     *     Statistical Area)")
     */
    public List<Area> areas() {
        return areas;
    }

    /** @return the states and D.C. */
    public List<Area> states() {
        return areas.stream().filter(a -> a.type() == AreaType.STATE).toList();
    }

    /** @return the metropolitan statistical areas */
    public List<Area> metros() {
        return areas.stream().filter(a -> a.type() == AreaType.METROPOLITAN).toList();
    }

    /**
     * The area a user means: a state by USPS code, FIPS code or name, a metropolitan area by CBSA code, title or a
     * part of its title (a principal city), {@code US} for the nation.
     *
     * @param query e.g. {@code TX}, {@code 48}, {@code Texas}, {@code 26420}, {@code Houston}
     * @return the area
     * @throws LookupException if nothing or several areas match, naming the nearest or the matches
     */
    public Area area(String query) {
        return ContextLookup.area(query, areas, name);
    }

    /**
     * A state or D.C. by USPS code, FIPS code or name.
     *
     * @param query e.g. {@code CA}, {@code 06}, {@code California}
     * @return the state
     * @throws LookupException if no state matches, naming the nearest
     */
    public Area state(String query) {
        return ContextLookup.area(query, states(), name + ", states");
    }

    /**
     * A metropolitan area by CBSA code, title, or a part of its title such as a principal city.
     *
     * @param query e.g. {@code 26420}, {@code Houston}, {@code Birmingham, AL}
     * @return the area
     * @throws LookupException if nothing or several areas match, naming the nearest or the matches
     */
    public Area metro(String query) {
        return ContextLookup.area(query, metros(), name + ", metropolitan areas");
    }

    /**
     * The all-items RPP of the area a user means in one year.
     *
     * @param query a state, metropolitan area or {@code US} (see {@link #area(String)})
     * @param year the year
     * @return the parity
     * @throws LookupException if the query matches no area or several
     * @throws IllegalArgumentException if BEA publishes no value for that area and year, saying why
     */
    public PriceParity parity(String query, int year) {
        return parity(query, year, Line.ALL_ITEMS);
    }

    /**
     * One line's RPP of the area a user means in one year.
     *
     * @param query a state, metropolitan area or {@code US} (see {@link #area(String)})
     * @param year the year
     * @param line all items or a part
     * @return the parity
     * @throws LookupException if the query matches no area or several
     * @throws IllegalArgumentException if BEA publishes no value for that area and year, saying why
     */
    public PriceParity parity(String query, int year, Line line) {
        Area a = area(query);
        return find(a, year, line).orElseThrow(() -> new IllegalArgumentException("Invalid value for year (valid "
                + "values: the years BEA publishes for " + a + ", " + publishedYears(a, line) + "): " + year));
    }

    /**
     * The RPP of an area and year as BEA publishes it; an OEWS area is matched by type and code (see the class
     * documentation).
     *
     * @param area an area of these tables or of an OEWS table
     * @param year the year
     * @param line all items or a part
     * @return the parity, or empty where BEA publishes none (a territory, an OEWS nonmetropolitan area, a code BEA
     *     does not price, a year outside the tables, {@code (NA)})
     */
    public Optional<PriceParity> find(Area area, int year, Line line) {
        Objects.requireNonNull(line, "line must not be null");
        Optional<Series> s = series(area);
        if (s.isEmpty() || Double.isNaN(s.get().value(line, year))) {
            return Optional.empty();
        }
        return Optional.of(new PriceParity(s.get().area(), year, line, s.get().value(line, year)));
    }

    /**
     * The area of these tables an OEWS area is, matched by type and code: a state by its FIPS (or USPS) code, a
     * metropolitan area by its CBSA code with or without leading zeros, the nation by itself.
     *
     * @param area an OEWS area, e.g. a row's {@link OccupationWages#area()}
     * @return BEA's area, titled as BEA titles it, or empty where BEA prices none
     */
    public Optional<Area> match(Area area) {
        return series(area).map(Series::area);
    }

    /**
     * What puts wages of an area and year at the national price level: × 100 / RPP, with the all-items RPP of the
     * wages' year or of the nearest earlier year BEA publishes for the area.
     *
     * @param area the area the wages are paid in (an OEWS row's {@link OccupationWages#area()})
     * @param wageYear the year of the wages (an OEWS row's survey year)
     * @return the adjustment, or one that says why there is none ({@link PriceLevelAdjustment#isAvailable()})
     */
    public PriceLevelAdjustment adjustment(Area area, int wageYear) {
        Objects.requireNonNull(area, "area must not be null");
        Optional<Series> s = series(area);
        if (s.isEmpty()) {
            return PriceLevelAdjustment.none(area, wageYear, "BEA publishes no Regional Price Parity for " + area
                    + ": " + whyNoArea(area));
        }
        for (int y = Math.min(wageYear, lastYear); y >= firstYear; y--) {
            double v = s.get().value(Line.ALL_ITEMS, y);
            if (!Double.isNaN(v)) {
                PriceParity p = new PriceParity(s.get().area(), y, Line.ALL_ITEMS, v);
                String note = y == wageYear ? "RPP " + y + " for " + wageYear + " wages"
                        : "RPP " + y + " for " + wageYear + " wages: " + (y == lastYear ? "BEA's newest RPPs are of "
                        + y + " (they lag OEWS by about a year), the nearest earlier year"
                        : "the nearest earlier year BEA publishes for " + s.get().area().title());
                return PriceLevelAdjustment.of(area, wageYear, p, note);
            }
        }
        return PriceLevelAdjustment.none(area, wageYear, "BEA publishes no Regional Price Parity for " + area
                + " in " + wageYear + " or before (" + (wageYear < firstYear ? "its RPPs begin in " + firstYear
                : "published: " + publishedYears(s.get().area(), Line.ALL_ITEMS)) + ")");
    }

    /**
     * What puts wages of an area and year at the national price level and in dollars of another year, by BEA's
     * real-income method: × (100 / RPP) × I(dollarsOf) / I(wageYear), the RPP chosen as
     * {@link #adjustment(Area, int)} chooses it, the index values of the wages' own year and of {@code dollarsOf}.
     *
     * @param area the area the wages are paid in
     * @param wageYear the year of the wages
     * @param index the national price index, e.g. {@code Cpi.u()}
     * @param dollarsOf the year of the dollars wanted
     * @return the adjustment, or one that says why there is none
     * @throws IllegalArgumentException if the index has no annual average for {@code wageYear} or {@code dollarsOf}
     */
    public PriceLevelAdjustment adjustment(Area area, int wageYear, PriceIndex index, int dollarsOf) {
        Objects.requireNonNull(index, "index must not be null");
        return adjustment(area, wageYear).withInflation(index.adjustment(wageYear, dollarsOf));
    }

    /**
     * An OEWS row's wages at the national price level of its own survey year.
     *
     * <pre>{@code
     * PriceParities.bea().atNationalPrices(california).annual().median();   // $123,554.91 = $136,800 × 100 / 110.720
     * }</pre>
     *
     * @param row an OEWS row of a state, metropolitan area or the nation
     * @return the row's wages, nominal and at national prices; without the latter when BEA publishes no RPP for
     *     the area (it says why)
     */
    public RealWages atNationalPrices(OccupationWages row) {
        Objects.requireNonNull(row, "row must not be null");
        return new RealWages(row, adjustment(row.area(), row.year()));
    }

    /**
     * An OEWS row's wages at the national price level and in dollars of another year: BEA's real-income method with
     * CPI-U (or another national index) for the years, from the row's own survey year.
     *
     * <pre>{@code
     * PriceParities.bea().atNationalPrices(texasNurses, Cpi.u(), 2025);   // RPP 2024 97.057; CPI-U 2024 → 2025
     * }</pre>
     *
     * @param row an OEWS row of a state, metropolitan area or the nation
     * @param index the national price index, e.g. {@code Cpi.u()}
     * @param dollarsOf the year of the dollars wanted
     * @return the row's wages, nominal and at national prices in dollars of {@code dollarsOf}
     * @throws IllegalArgumentException if the index has no annual average for the row's year or {@code dollarsOf}
     */
    public RealWages atNationalPrices(OccupationWages row, PriceIndex index, int dollarsOf) {
        Objects.requireNonNull(row, "row must not be null");
        return new RealWages(row, adjustment(row.area(), row.year(), index, dollarsOf));
    }

    /**
     * Every value as a Tablesaw table: {@code AREA} (99, a state's FIPS code, a CBSA code), {@code AREA_TITLE},
     * {@code AREA_TYPE} (as OEWS codes it: 1, 2, 4, 6), {@code YEAR}, {@code LINE_CODE}, {@code LINE} and
     * {@code RPP} (U.S. = 100; missing where BEA writes {@code (NA)}).
     *
     * @return a new table, one row per area, line and year
     */
    public Table toTable() {
        StringColumn code = StringColumn.create("AREA");
        StringColumn title = StringColumn.create("AREA_TITLE");
        StringColumn type = StringColumn.create("AREA_TYPE");
        IntColumn year = IntColumn.create("YEAR");
        IntColumn lineCode = IntColumn.create("LINE_CODE");
        StringColumn line = StringColumn.create("LINE");
        DoubleColumn rpp = DoubleColumn.create("RPP");
        for (Series s : series.values()) {
            for (Line l : Line.values()) {
                for (int y = firstYear; y <= lastYear; y++) {
                    code.append(s.area().code());
                    title.append(s.area().title());
                    type.append(s.area().type().code());
                    year.append(y);
                    lineCode.append(l.lineCode());
                    line.append(l.description());
                    double v = s.value(l, y);
                    if (Double.isNaN(v)) {
                        rpp.appendMissing();
                    } else {
                        rpp.append(v);
                    }
                }
            }
        }
        return Table.create(name, code, title, type, year, lineCode, line, rpp);
    }

    /**
     * The newest year laid out: one row per area with its five lines (U.S. = 100), {@code (NA)} where BEA publishes
     * none.
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        DisplayTable.Builder t = DisplayTable.builder(name + ", " + lastYear + " (U.S. = 100)");
        t.column("Area", Align.LEFT).column("Type", Align.LEFT).column("All items", Align.RIGHT)
                .column("Goods", Align.RIGHT).column("Housing", Align.RIGHT).column("Utilities", Align.RIGHT)
                .column("Other services", Align.RIGHT);
        List<Series> all = List.copyOf(series.values());
        int shown = DisplayTable.rowsShown(all.size());
        for (Series s : all.subList(0, shown)) {
            String[] cells = new String[7];
            cells[0] = s.area().title() + " (" + s.area().code() + ")";
            cells[1] = s.area().type().label();
            for (Line l : Line.values()) {
                double v = s.value(l, lastYear);
                cells[2 + l.ordinal()] = Double.isNaN(v) ? "(NA)" : String.format(Locale.US, "%.3f", v);
            }
            t.row(cells);
        }
        t.omitted(all.size() - shown);
        return t.note("Source: U.S. Bureau of Economic Analysis, Regional Price Parities"
                + (lastUpdated.isEmpty() ? "" : ", last updated " + lastUpdated)).build();
    }

    /** Prints the newest year's parities: the nation, the first states, and how many more areas there are. */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }

    private Optional<Series> series(Area area) {
        Objects.requireNonNull(area, "area must not be null");
        return key(area).map(series::get);
    }

    /**
     * The key of an area, BEA's or an OEWS one: the type and the code as BEA keys it (a state's FIPS code, from its
     * code or USPS code; a CBSA code of five digits).
     */
    private static Optional<String> key(Area area) {
        String code = area.code().strip();
        // BLS's query tool writes area codes as 0100000, 01-00000 or 0010180: the digits are the code.
        String digits = code.replaceAll("[^0-9]", "");
        return switch (area.type()) {
            case NATIONAL -> Optional.of("US");
            case STATE, TERRITORY -> ContextLookup.stateFips(code)
                    .or(() -> digits.matches("\\d{2}0{5}") ? Optional.of(digits.substring(0, 2)) : Optional.empty())
                    .or(() -> ContextLookup.stateFips(area.primaryState())).map(f -> "S" + f);
            case METROPOLITAN -> {
                String cbsa = digits.replaceFirst("^0+(?=\\d)", "");
                yield cbsa.matches("\\d{1,5}") ? Optional.of("M" + "0".repeat(5 - cbsa.length()) + cbsa)
                        : Optional.empty();
            }
            case NONMETROPOLITAN -> Optional.of("N" + code);
        };
    }

    private String whyNoArea(Area area) {
        return switch (area.type()) {
            case TERRITORY -> "its tables cover the 50 states and the District of Columbia, not the territories";
            case NONMETROPOLITAN -> "its only nonmetropolitan figure is the nation's nonmetropolitan portion; OEWS "
                    + "nonmetropolitan areas are groups of counties BEA does not price";
            case METROPOLITAN -> "no CBSA code " + area.code() + " in its metropolitan table (" + metros().size()
                    + " metropolitan statistical areas as OMB bulletin 23-01 delineates them)";
            default -> "the tables read (" + name + ") do not hold it";
        };
    }

    private String publishedYears(Area area, Line line) {
        Optional<Series> s = series(area);
        if (s.isEmpty()) {
            return "none";
        }
        List<Integer> ys = years().stream().filter(y -> !Double.isNaN(s.get().value(line, y))).toList();
        return ys.isEmpty() ? "none" : ys.get(0) + " - " + ys.get(ys.size() - 1);
    }
}

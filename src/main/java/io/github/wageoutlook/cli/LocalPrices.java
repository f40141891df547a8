package io.github.wageoutlook.cli;

import io.github.wageoutlook.inflation.PriceLevelAdjustment;
import io.github.wageoutlook.inflation.PriceParities;
import io.github.wageoutlook.inflation.PriceParity;
import io.github.wageoutlook.inflation.RealWages;
import io.github.wageoutlook.oews.ContextComparison;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code --local-prices} on {@code profile} and {@code compare}: each figure beside what it buys at the national price
 * level, by BEA's Regional Price Parities (published × 100 / RPP, all items, U.S. = 100; see {@link PriceParities}).
 * A comparison is ranked by purchasing power: the median at national prices. Published and adjusted figures are
 * never in one column, in text or in CSV and JSON; which RPP year serves the OEWS year is said with the figures; an
 * area BEA does not price (a territory, an OEWS nonmetropolitan area) keeps its published figures, has no adjusted
 * ones, and says why.
 */
final class LocalPrices {
    /** The flag. */
    static final String FLAG = "local-prices";
    private static final String[] STATISTICS = {"mean", "p10", "p25", "median", "p75", "p90"};

    private LocalPrices() {
    }

    /**
     * Prints a profile's figures at national prices under the published ones: the RPP, which year of it serves the
     * row's year, and the mean and percentiles, hourly and annual, in their own columns.
     *
     * @param row the profiled row
     * @param out where to print
     */
    static void printProfile(OccupationWages row, PrintStream out) {
        RealWages real = PriceParities.bea().atNationalPrices(row);
        PriceLevelAdjustment a = real.adjustment();
        if (!real.isAvailable()) {
            out.println("At national prices: not available; " + a.note() + ".");
            return;
        }
        PriceParity p = a.parity().orElseThrow();
        out.printf(Locale.US, "At national prices (published × 100 / RPP; BEA's Regional Price Parity of %s, all "
                + "items, %d: %.3f, U.S. = 100; %s):%n", p.area().title(), p.year(), p.value(), a.note());
        out.printf("%-17s %14s %14s%n", "", "hourly", "annual");
        String[] labels = {"Mean", "10th percentile", "25th percentile", "Median", "75th percentile",
            "90th percentile"};
        for (int i = 0; i < labels.length; i++) {
            out.printf("%-17s %14s %14s%n", labels[i], shown(figure(real.hourly(), i)),
                    shown(figure(real.annual(), i)));
        }
        out.println("Source: U.S. Bureau of Economic Analysis, Regional Price Parities (" + lastUpdated() + ").");
    }

    /**
     * A profile's CSV and JSON rows with the figures at national prices in their own columns (hourly to the cent,
     * annual to the dollar):
     * {@code hourly_at_national_prices}, {@code annual_at_national_prices}, {@code rpp} (U.S. = 100), {@code rpp_year},
     * {@code rpp_area} and {@code rpp_note} (which RPP year serves the row's year, or why there is none).
     *
     * @param row the profiled row
     * @param published its rows as {@link ProfileCommand#rows(OccupationWages)} writes them, one per statistic
     * @return the rows with the columns added
     */
    static Output.Rows profileRows(OccupationWages row, Output.Rows published) {
        RealWages real = PriceParities.bea().atNationalPrices(row);
        List<String> columns = new ArrayList<>(published.columns());
        columns.addAll(List.of("hourly_at_national_prices", "annual_at_national_prices", "rpp", "rpp_year",
                "rpp_area", "rpp_note"));
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < published.rows().size(); i++) {
            List<Object> line = new ArrayList<>(published.rows().get(i));
            line.add(real.isAvailable() ? amount(figure(real.hourly(), i)) : null);
            line.add(real.isAvailable() ? amount(figure(real.annual(), i)) : null);
            line.addAll(parityCells(real.adjustment()));
            lines.add(line);
        }
        return new Output.Rows(columns, lines);
    }

    /**
     * Prints a comparison ranked by purchasing power: for each row the employment, the published median, P10 and
     * P90, the RPP applied, and the same figures at national prices; the whole (the nation) under the ranking.
     *
     * @param c the comparison, ranked by the published median
     * @param whole the reference row, when the data hold it
     * @param source the table's name, for the source line
     * @param out where to print
     */
    static void printComparison(ContextComparison c, Optional<OccupationWages> whole, String source,
                                PrintStream out) {
        List<RealWages> real = ranked(c);
        WageBasis basis = c.basis();
        String basisWord = basis.name().toLowerCase(Locale.ROOT);
        out.printf("%s (SOC %s) by %s — OEWS %s, ranked by %s median at national prices (purchasing power)%n",
                c.title(), c.socCode(), c.across().name().toLowerCase(Locale.ROOT), c.fixed(), basisWord);
        out.println("Prices: " + servingNote(real));
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"#", "Area", "Employment", "Median", "P10", "P90", "RPP",
            "Median at U.S. prices", "P10 at U.S. prices", "P90 at U.S. prices"});
        int rank = 0;
        for (RealWages r : real) {
            boolean ranked = r.isAvailable() && r.wages(basis).median().isAvailable();
            lines.add(line(ranked ? Integer.toString(++rank) : "–", c.label(r.nominal()), r, basis));
        }
        whole.ifPresent(w -> lines.add(line("", "All areas: " + w.area().title(),
                PriceParities.bea().atNationalPrices(w), basis)));
        CompareCommand.printAligned(lines, out);
        out.println("At U.S. prices: published × 100 / RPP (BEA's Regional Price Parities, all items, U.S. = 100): "
                + "what the pay buys at the national average price level.");
        if (real.stream().anyMatch(r -> r.nominal().wages(basis).percentiles().stream()
                .anyMatch(WageFigure::isLowerBound))) {
            out.println("≥: at or above BLS's top-code for the year (a lower bound), at U.S. prices too.");
        }
        real.stream().filter(r -> !r.isAvailable()).forEach(r -> out.println("n/a at U.S. prices, not ranked: "
                + r.adjustment().note() + "."));
        if (real.stream().anyMatch(r -> r.isAvailable() && !r.wages(basis).median().isAvailable())) {
            out.println("–: median not released by BLS; not ranked.");
        }
        out.println("Source: BLS OEWS, " + source + "; U.S. Bureau of Economic Analysis, Regional Price Parities ("
                + lastUpdated() + ").");
    }

    /**
     * A comparison's CSV and JSON rows in the order of purchasing power, with {@code rank_at_national_prices} and,
     * for each figure, {@code <figure>_at_national_prices} in its own column (hourly to the cent, annual to the
     * dollar), and {@code rpp} (U.S. = 100),
     * {@code rpp_year}, {@code rpp_area}, {@code rpp_note}; {@code rank} stays the rank by the published median.
     *
     * @param c the comparison
     * @param published its rows as {@link CompareCommand#rows(ContextComparison)} writes them, in the order of
     *     {@link ContextComparison#rows()}
     * @return the rows, reordered, with the columns added
     */
    static Output.Rows comparisonRows(ContextComparison c, Output.Rows published) {
        List<RealWages> real = c.rows().stream().map(PriceParities.bea()::atNationalPrices).toList();
        List<Integer> order = order(real, c.basis());
        List<String> columns = new ArrayList<>(published.columns());
        columns.add("rank_at_national_prices");
        for (String s : STATISTICS) {
            columns.add(s + "_at_national_prices");
        }
        columns.addAll(List.of("rpp", "rpp_year", "rpp_area", "rpp_note"));
        List<List<Object>> lines = new ArrayList<>();
        int rank = 0;
        for (int i : order) {
            RealWages r = real.get(i);
            boolean ranked = r.isAvailable() && r.wages(c.basis()).median().isAvailable();
            List<Object> line = new ArrayList<>(published.rows().get(i));
            line.add(ranked ? ++rank : null);
            for (int k = 0; k < STATISTICS.length; k++) {
                line.add(r.isAvailable() ? amount(figure(r.wages(c.basis()), k)) : null);
            }
            line.addAll(parityCells(r.adjustment()));
            lines.add(line);
        }
        return new Output.Rows(columns, lines);
    }

    /** The rows by median at national prices, highest first; without one (no RPP, not released) last. */
    private static List<RealWages> ranked(ContextComparison c) {
        List<RealWages> real = c.rows().stream().map(PriceParities.bea()::atNationalPrices).toList();
        return order(real, c.basis()).stream().map(real::get).toList();
    }

    private static List<Integer> order(List<RealWages> real, WageBasis basis) {
        return IntStream.range(0, real.size()).boxed().sorted(Comparator.comparingDouble(i -> {
            RealWages r = real.get(i);
            return r.isAvailable() && r.wages(basis).median().isAvailable() ? -r.wages(basis).median().amount()
                    : Double.POSITIVE_INFINITY;
        })).toList();
    }

    /** Which RPP year serves the OEWS year: the same, or the nearest earlier (BEA's newest), said once. */
    private static String servingNote(List<RealWages> real) {
        Optional<PriceLevelAdjustment> any = real.stream().map(RealWages::adjustment)
                .filter(PriceLevelAdjustment::isAvailable).findFirst();
        if (any.isEmpty()) {
            return "BEA publishes no Regional Price Parity for these areas.";
        }
        PriceLevelAdjustment a = any.get();
        int rppYear = a.parity().orElseThrow().year();
        return "BEA Regional Price Parities " + rppYear + " (all items, U.S. = 100) for OEWS May " + a.wageYear()
                + (rppYear == a.wageYear() ? "." : " wages: BEA's newest RPPs are of " + rppYear + " (they lag OEWS by "
                + "about a year), so the nearest earlier year is used.");
    }

    private static String[] line(String rank, String label, RealWages r, WageBasis basis) {
        WageSummary w = r.nominal().wages(basis);
        String[] cells = new String[10];
        cells[0] = rank;
        cells[1] = label.length() <= 60 ? label : label.substring(0, 59) + "…";
        cells[2] = r.nominal().employment().toString();
        cells[3] = w.median().toString();
        cells[4] = w.p10().toString();
        cells[5] = w.p90().toString();
        cells[6] = r.adjustment().parity().map(p -> String.format(Locale.US, "%.3f", p.value())).orElse("n/a");
        for (int k = 0; k < 3; k++) {
            cells[7 + k] = r.isAvailable() ? shown(new WageFigure[] {r.wages(basis).median(), r.wages(basis).p10(),
                r.wages(basis).p90()}[k]) : "n/a";
        }
        return cells;
    }

    private static List<Object> parityCells(PriceLevelAdjustment a) {
        Optional<PriceParity> p = a.parity();
        return Arrays.asList(p.map(x -> Precision.index(x.value())).orElse(null), p.map(PriceParity::year).orElse(null),
                p.map(x -> x.area().title()).orElse(null), a.note());
    }

    private static WageFigure figure(WageSummary w, int index) {
        return index == 0 ? w.mean() : w.percentiles().get(index - 1);
    }

    private static Double amount(WageFigure f) {
        return f.isAvailable() ? Precision.computedWage(f.amount(), f.basis()) : null;
    }

    /** An adjusted figure for print: to the dollar (annual) or the cent (hourly); a bound marked {@code ≥}. */
    private static String shown(WageFigure f) {
        if (!f.isAvailable()) {
            return f.toString();
        }
        String amount = String.format(Locale.US, f.basis() == WageBasis.HOURLY ? "$%,.2f" : "$%,.0f", f.amount());
        return f.isLowerBound() ? "≥ " + amount : amount;
    }

    private static String lastUpdated() {
        String u = PriceParities.bea().lastUpdated();
        return u.isEmpty() ? "embedded" : "last updated " + u.replaceFirst("--.*", "");
    }
}

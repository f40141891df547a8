package io.github.wageoutlook.cli;

import io.github.wageoutlook.inflation.Cpi;
import io.github.wageoutlook.inflation.PriceIndex;
import io.github.wageoutlook.inflation.WageHistory;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.SocCrosswalk;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * {@code history}: an occupation's wages across every embedded OEWS year, nominal and in constant dollars (CPI-U),
 * with real growth rates and the SOC 2018 code changes linked or reported.
 */
final class HistoryCommand implements Command {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String usage() {
        return "history <soc-code|title>... [--dollars YYYY (default: the latest CPI-U annual average, 2025)]"
                + " [--cpi YEAR=VALUE[,YEAR=VALUE…]] [--cpi-file PATH]"
                + " [--area A] [--industry NAICS] [--ownership O] [--file PATH]... [--contact EMAIL] [--cache DIR]"
                + " [--offline] [--hourly] [--nominal] [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "Wage history May " + Oews.nationalYears().get(0) + "-" + Oews.latestYear() + " of one or more "
                + "occupations: employment, median and P10-P90, in constant dollars (CPI-U, default " + Cpi.u().lastYear()
                + " dollars) with real growth; retired SOC codes followed through BLS's SOC crosswalk.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        if (words.stream().anyMatch(w -> w.equals("--year") || w.startsWith("--year="))) {
            // Not an option of history, but common enough to answer better than "unknown option".
            throw new UsageException("--year does not apply: a history covers every year of the data");
        }
        Set<String> valued = new HashSet<>(OewsSelection.options(false, "dollars", "cpi", "cpi-file"));
        valued.remove("year");
        Arguments args = OewsSelection.parse(words, valued, Set.of("hourly", "nominal"));
        Output.Format format = Output.format(args);
        args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        PriceIndex index = args.option("cpi-file").map(f -> Cpi.read(Path.of(f))).map(Cpi.u()::withValuesOf)
                .orElse(Cpi.u());
        index = addValues(index, args.option("cpi").orElse(""));
        if (args.flag("nominal") && args.option("dollars").isPresent()) {
            throw new UsageException("--nominal and --dollars exclude each other");
        }
        int dollars = args.option("dollars").map(d -> Arguments.parseYear(d, "--dollars"))
                .orElse(index.lastYear());
        if (!index.hasAnnual(dollars)) {
            throw new NotFoundException("no " + index.seriesId() + " annual average for " + dollars + " (the index covers "
                    + index.firstYear() + "–" + index.lastYear() + "); add it with --cpi " + dollars + "=VALUE");
        }
        boolean first = true;
        List<WageHistory> all = new ArrayList<>();
        OewsTable place = null;
        if (OewsSelection.isNarrowed(args)) {
            place = OewsSelection.narrow(OewsSelection.allYears(args, false), args, true, true, true);
        }
        List<String> hourlyOnly = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String query : args.positional()) {
            WageHistory h = place == null ? history(query, index) : history(query, place, index);
            if (!seen.add(h.socCode())) {
                continue; // the same occupation named twice (43-4051 and "customer service representatives")
            }
            if (args.flag("hourly")) {
                h = h.onBasis(WageBasis.HOURLY);
            } else if (!hasMedian(h) && hasMedian(h.onBasis(WageBasis.HOURLY))) {
                // Actors, dancers, musicians: BLS publishes no annual wages, so an annual table would be all n/a.
                h = h.onBasis(WageBasis.HOURLY);
                hourlyOnly.add(h.socCode());
                Diagnostics.err().println(h.socCode() + " (" + h.title() + "): BLS publishes only hourly wages for "
                        + "it; its history is in hourly wages");
            }
            h = args.flag("nominal") ? h : h.inDollarsOf(dollars);
            all.add(h);
        }
        if (format != Output.Format.TEXT) {
            if (!hourlyOnly.isEmpty() && hourlyOnly.size() < all.size()) {
                throw new UsageException("BLS publishes only hourly wages for " + String.join(", ", hourlyOnly)
                        + ", and the other occupations' tables are annual: add --hourly for one table on one basis");
            }
            Output.write(machineRows(WageHistory.toTable(all), all.get(0).basis()), format, out);
            return 0;
        }
        for (WageHistory h : all) {
            if (!first) {
                out.println();
            }
            out.print(h);
            first = false;
        }
        return 0;
    }

    private static boolean hasMedian(WageHistory h) {
        return h.entries().stream().anyMatch(e -> e.nominal().median().isAvailable());
    }

    private static WageHistory history(String query, PriceIndex index) {
        String code = OccupationLookup.socCode(query).orElseGet(() -> Occupations.find(query,
                Oews.national(Oews.latestYear())).socCode());
        try {
            return WageHistory.of(code, index);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no occupation with SOC code " + code + " in any embedded OEWS year ("
                    + Oews.nationalYears().get(0) + "–" + Oews.latestYear() + "), nor a code BLS's SOC tables link "
                    + "to it" + Occupations.nearCodes(code, OccupationLookup.from(Oews.national(Oews.latestYear()))));
        }
    }

    /** The history in the rows of one area, industry and ownership (files given, or the embedded industries). */
    private static WageHistory history(String query, OewsTable place, PriceIndex index) {
        String code = OccupationLookup.socCode(query).orElseGet(() -> Occupations.find(query,
                place.year(place.years().get(place.years().size() - 1))).socCode());
        try {
            return WageHistory.of(place, code, index, SocCrosswalk.bls());
        } catch (MixedContextsException e) {
            // A history covers every year: only the area, industry and ownership narrow it.
            throw new UsageException("the history of " + code + " in " + place.name() + " holds rows that differ in "
                    + MixedContextsException.differences(e.contexts()) + "; choose one with --area, --industry or "
                    + "--ownership");
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no occupation with SOC code " + code + " in " + place.name()
                    + ", nor a code linked to it" + Occupations.nearCodes(code, OccupationLookup.from(place)));
        }
    }

    /**
     * The history table for CSV and JSON under the machine-output conventions: wages as BLS rounds them, the index
     * to 0.001, statuses as codes ({@code published}, {@code top-coded}, {@code not-available}), and the fraction
     * {@code REAL_MEDIAN_GROWTH} as {@code real_median_growth_percent} (0.4 = 0.4 %).
     */
    static Output.Rows machineRows(Table table, WageBasis basis) {
        Output.Rows raw = Output.rows(table);
        List<String> columns = new ArrayList<>();
        for (String c : raw.columns()) {
            // The names every command prints: soc_code, title, employment, p10 … p90 (the table keeps BLS's own).
            columns.add(switch (c) {
                case "real_median_growth" -> "real_median_growth_percent";
                case "occ_code" -> "soc_code";
                case "occ_title" -> "title";
                case "tot_emp" -> "employment";
                default -> c.replaceFirst("^pct(\\d\\d)", "p$1");
            });
        }
        Set<String> wages = Set.of("nominal_median", "pct10", "pct25", "median", "pct75", "pct90");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : raw.rows()) {
            List<Object> line = new ArrayList<>(row);
            for (int i = 0; i < line.size(); i++) {
                String name = raw.columns().get(i);
                if (name.endsWith("_status")) {
                    // BLS's cell symbols ("", "#", "*") as the status codes every command prints.
                    Object symbol = line.get(i);
                    FigureStatus status = FigureStatus.special(symbol == null ? "" : symbol.toString())
                            .orElse(FigureStatus.PUBLISHED);
                    line.set(i, status == FigureStatus.PUBLISHED && line.get(i - 1) == null ? "not-available"
                            : Status.of(status));
                    continue;
                }
                if (!(line.get(i) instanceof Double d)) {
                    continue;
                }
                if (wages.contains(name)) {
                    line.set(i, Precision.wage(d, basis));
                } else if (name.equals("index")) {
                    line.set(i, Precision.index(d));
                } else if (name.equals("real_median_growth")) {
                    line.set(i, Precision.percent(100 * d));
                } else if (name.equals("tot_emp")) {
                    line.set(i, (double) Math.round(d));
                }
            }
            rows.add(line);
        }
        return new Output.Rows(columns, rows);
    }

    /**
     * Adds values such as {@code 2024=313.689,2025=320.1} to the index, for years it lacks; a value for a year it has
     * is refused unless it is that year's figure (to 0.001).
     */
    private static PriceIndex addValues(PriceIndex index, String list) {
        PriceIndex out = index;
        for (String pair : list.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new UsageException("--cpi takes YEAR=VALUE pairs such as 2024=313.689, got '" + pair + "'");
            }
            int year = Arguments.parseYear(pair.substring(0, eq), "--cpi year");
            double value = Arguments.parseDouble(pair.substring(eq + 1), "--cpi value");
            if (!(value >= 1 && value < 100_000)) {
                throw new UsageException("--cpi value must be an index value such as 313.689 (1 to 100,000), got '"
                        + pair + "'");
            }
            if (out.hasAnnual(year) && !index.hasAnnual(year) && Math.abs(out.annual(year) - value) >= 0.0005) {
                throw new UsageException("--cpi gives " + year + " twice with different values: '" + list + "'");
            }
            if (index.hasAnnual(year) && Math.abs(index.annual(year) - value) >= 0.0005) {
                // --cpi fills a year the index lacks; it never replaces a published figure unnoticed.
                throw new UsageException(String.format(Locale.US, "--cpi %s: the index already has %d, %.3f (%s); "
                        + "--cpi adds years it lacks, and a file of your own goes in with --cpi-file", pair.strip(),
                        year, index.annual(year), index.source()));
            }
            out = out.withAnnual(year, value);
        }
        return out;
    }
}

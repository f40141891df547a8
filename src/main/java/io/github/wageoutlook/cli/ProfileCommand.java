package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Chart;
import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.experience.ExperienceCurve;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.ContextComparison;
import io.github.wageoutlook.oews.EstimateReliability;
import io.github.wageoutlook.oews.Industry;
import io.github.wageoutlook.oews.LookupException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.Ownership;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.ProjectionsTable;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code profile}: an occupation's employment and wages — mean, median, 10th to 90th percentiles, and the middle-80%
 * and middle-50% bands — in the nation or, with {@code --area}, {@code --industry}, {@code --ownership} and
 * {@code --file}, in an area, industry or ownership; an industry's profile is shown beside all industries.
 */
final class ProfileCommand implements Command {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String usage() {
        return "profile <soc-code|title> " + OewsSelection.USAGE + " [--hourly] [--local-prices]"
                + " [--format text|csv|json] [--chart FILE.png|FILE.svg]   (--hourly: bands, comparison and chart in"
                + " hourly wages)";
    }

    @Override
    public String summary() {
        return "Wage profile of an occupation: employment, mean, median, 10th-90th percentiles and bands, hourly and"
                + " annual (May " + Oews.latestYear() + " unless --year), in an area, industry or ownership (beside all"
                + " industries); --local-prices adds the figures at national prices (BEA's Regional Price Parities);"
                + " --chart draws the percentile fan chart over the years.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = OewsSelection.parse(words, OewsSelection.options(true), Set.of("hourly", LocalPrices.FLAG));
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        args.atMost(1);
        Output.Format format = Output.format(args);
        Optional<Path> chartFile = Output.chart(args);
        OewsTable year = OewsSelection.year(args, false);
        OewsSelection.Selection chosen = OewsSelection.select(year, args, "a profile");
        OccupationWages row = Occupations.find(query, chosen.rows());
        // The table shows both bases; --hourly puts what is derived from it on the hourly basis, as rank takes it.
        WageBasis basis = args.flag("hourly") ? Distributions.published(row, WageBasis.HOURLY)
                : row.publishedBasis().includes(WageBasis.ANNUAL) ? WageBasis.ANNUAL : WageBasis.HOURLY;
        if (format == Output.Format.TEXT) {
            print(row, chosen.label(row.context()), basis, out);
            printAreaAndIndustryFigures(row, out);
            if (args.flag(LocalPrices.FLAG)) {
                LocalPrices.printProfile(row, out);
            }
            if (!row.industry().isCrossIndustry()) {
                allIndustries(year, row).ifPresentOrElse(all -> printBeside(row, all, basis, out),
                        () -> out.println("All industries: no cross-industry row for " + row.socCode() + " in "
                                + row.area().title() + ", May " + row.year() + " in this data."));
            }
            printOutlookAndExperience(row.socCode(), row.context().isNationalCrossIndustry(), out);
        } else {
            Output.write(args.flag(LocalPrices.FLAG) ? LocalPrices.profileRows(row, rows(row)) : rows(row), format,
                    out);
        }
        if (chartFile.isPresent()) {
            Output.writeChart(fan(args, row, basis), chartFile.get(), format, out);
        }
        return 0;
    }

    /** The fan chart: the embedded national years, or the row's own area, industry and ownership in every year given. */
    private static Chart fan(Arguments args, OccupationWages row, WageBasis basis) {
        if (!OewsSelection.isNarrowed(args)) {
            return args.flag("hourly") ? Charts.percentileFan(row.socCode(), basis) : Charts.percentileFan(row.socCode());
        }
        Context c = row.context();
        List<OccupationWages> years = OewsSelection.allYears(args, false).stream()
                .filter(r -> r.socCode().equals(row.socCode()) && r.level() == row.level()
                        && r.area().code().equals(c.area().code()) && r.industry().naics().equals(c.industry().naics())
                        && r.ownership().code().equals(c.ownership().code())).toList();
        return Charts.percentileFan(years, basis);
    }

    /**
     * The same occupation, year and area in all industries and ownerships: from the same data, or for the nation
     * from the embedded national file of the year.
     */
    static Optional<OccupationWages> allIndustries(OewsTable year, OccupationWages row) {
        Optional<OccupationWages> same;
        try {
            same = year.area(row.area()).industry(Industry.CROSS_INDUSTRY).ownership(Ownership.ALL)
                    .occupation(row.socCode(), row.level());
        } catch (LookupException e) {
            same = Optional.empty(); // the data hold no all-industries rows for the area
        }
        if (same.isEmpty() && row.area().isNational() && Oews.nationalYears().contains(row.year())) {
            return Oews.national(row.year()).occupation(row.socCode(), row.level());
        }
        return same;
    }

    /**
     * The profile as rows for CSV and JSON: one row per statistic (mean, p10, p25, median, p75, p90) with the
     * relative standard errors and the small-estimate flag ({@link #RSE_COLUMNS}), the hourly and annual figure and
     * their BLS status ({@code published}, {@code top-coded}, {@code not-available}, {@code not-released}),
     * then the row's area, industry and ownership and its figures JOBS_1000, LOC_QUOTIENT, PCT_TOTAL and PCT_RPT with
     * their status ({@code published}, {@code under-0.5-percent} for {@code ~} with the bound 0.5, {@code blank},
     * {@code absent}, {@code not-available}).
     */
    static Output.Rows rows(OccupationWages row) {
        List<String> columns = new ArrayList<>(List.of("year", "soc_code", "title", "level", "employment"));
        columns.addAll(RSE_COLUMNS);
        columns.addAll(List.of("statistic", "hourly", "annual", "hourly_status", "annual_status"));
        columns.addAll(CONTEXT_COLUMNS);
        String[] names = {"mean", "p10", "p25", "median", "p75", "p90"};
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            WageFigure h = i == 0 ? row.hourly().mean() : row.hourly().percentiles().get(i - 1);
            WageFigure a = i == 0 ? row.annual().mean() : row.annual().percentiles().get(i - 1);
            List<Object> line = new ArrayList<>(Arrays.asList(row.year(), row.socCode(), row.title(),
                    row.level().code(), row.employment().isAvailable() ? row.employment().value() : null));
            line.addAll(rseCells(row));
            line.addAll(Arrays.asList(names[i], h.isAvailable() ? h.amount() : null, a.isAvailable() ? a.amount()
                    : null, status(h), status(a)));
            line.addAll(contextCells(row));
            lines.add(line);
        }
        return new Output.Rows(columns, lines);
    }

    /**
     * The relative standard errors of a row's employment and mean wage (percent, with their status) and whether it is a
     * small estimate (either 30% or more, {@link EstimateReliability}), for CSV and JSON.
     */
    static final List<String> RSE_COLUMNS = List.of("employment_rse_percent", "employment_rse_status",
            "wage_rse_percent", "wage_rse_status", "small_estimate");

    /** The cells of {@link #RSE_COLUMNS}. */
    static List<Object> rseCells(OccupationWages row) {
        return Arrays.asList(row.employmentRse().isAvailable() ? row.employmentRse().value() : null,
                status(row.employmentRse()), row.meanRse().isAvailable() ? row.meanRse().value() : null,
                status(row.meanRse()), EstimateReliability.isSmall(row));
    }

    /** The columns naming a row's context and its area and industry figures, for CSV and JSON. */
    static final List<String> CONTEXT_COLUMNS = List.of("area", "area_title", "area_type", "naics", "naics_title",
            "own_code", "own_title", "jobs_1000", "jobs_1000_status", "loc_quotient", "loc_quotient_status",
            "pct_total", "pct_total_status", "pct_rpt", "pct_rpt_status");

    /** The cells of {@link #CONTEXT_COLUMNS}. */
    static List<Object> contextCells(OccupationWages row) {
        List<Object> cells = new ArrayList<>(Arrays.asList(row.area().code(), row.area().title(),
                row.area().type().code(), row.industry().naics(), row.industry().title(), row.ownership().code(),
                row.ownership().title()));
        for (Figure f : List.of(row.jobsPer1000(), row.locationQuotient(), row.percentOfIndustry(),
                row.percentReporting())) {
            cells.add(f.isAvailable() ? f.value() : null);
            cells.add(status(f));
        }
        return cells;
    }

    /** A figure's status as a word for CSV and JSON. */
    static String status(Figure f) {
        return switch (f.status()) {
            case PUBLISHED -> "published";
            case UNDER_HALF_PERCENT -> "under-0.5-percent";
            case TOP_CODED -> "top-coded";
            case BLANK -> "blank";
            case ABSENT -> "absent";
            case NOT_RELEASED -> "not-released";
            default -> "not-available";
        };
    }

    private static String status(WageFigure f) {
        return Status.of(f);
    }

    static void print(OccupationWages row, String context, WageBasis basis, PrintStream out) {
        out.printf("%s (SOC %s, %s) — OEWS May %d, %s%n", row.title(), row.socCode(), row.level().code(),
                row.year(), context);
        out.printf("Employment: %s%s%s%n", row.employment(), rse(" (relative standard error ", row.employmentRse(),
                ")"), rse("; mean wage relative standard error ", row.meanRse(), ""));
        if (EstimateReliability.isSmall(row)) {
            out.println(ContextComparison.SMALL_MARK + " A small estimate (" + String.join(", ",
                    EstimateReliability.reasons(row)) + "): " + ContextComparison.SMALL_NOTE.replaceFirst(
                    "^small estimate: ", ""));
        }
        out.printf("%-17s %12s %12s%n", "", "hourly", "annual");
        line(out, "Mean", row.hourly().mean(), row.annual().mean());
        String[] labels = {"10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile"};
        for (int i = 0; i < labels.length; i++) {
            WageFigure h = row.hourly().percentiles().get(i);
            WageFigure a = row.annual().percentiles().get(i);
            if (h.status() != FigureStatus.ABSENT || a.status() != FigureStatus.ABSENT) {
                line(out, labels[i], h, a);
            }
        }
        boolean noPercentiles = row.annual().percentiles().stream().allMatch(f -> f.status() == FigureStatus.ABSENT)
                && row.hourly().percentiles().stream().allMatch(f -> f.status() == FigureStatus.ABSENT);
        if (noPercentiles) {
            out.println("Percentiles: not in this file (an export of the OEWS data query tool holds the columns its "
                    + "user chose).");
        }
        switch (row.publishedBasis()) {
            case ANNUAL_ONLY -> out.println("BLS publishes only annual wages for this occupation (ANNUAL=TRUE).");
            case HOURLY_ONLY -> out.println("BLS publishes only hourly wages for this occupation (HOURLY=TRUE).");
            default -> { }
        }
        boolean topCoded = row.annual().percentiles().stream().anyMatch(WageFigure::isLowerBound)
                || row.hourly().percentiles().stream().anyMatch(WageFigure::isLowerBound);
        if (topCoded) {
            out.println("≥: at or above BLS's top-code for the year; the true value is not published.");
        }
        if (noPercentiles) {
            return;
        }
        try {
            Distributions.printBands(WageDistribution.from(row, basis), out);
        } catch (IllegalArgumentException e) {
            out.println("Bands: not available (" + e.getMessage() + ")");
        }
    }

    /**
     * The figures BLS publishes only for some estimates, when the row has them: jobs per 1,000 and the location
     * quotient (state and metropolitan estimates), the share of the industry's employment and of its establishments
     * reporting the occupation (national industry estimates; {@code ~} printed as under 0.5%).
     */
    static void printAreaAndIndustryFigures(OccupationWages row, PrintStream out) {
        if (row.jobsPer1000().isAvailable() || row.locationQuotient().isAvailable()) {
            out.printf("Jobs per 1,000 in %s (JOBS_1000): %s; location quotient (LOC_QUOTIENT): %s%n",
                    row.area().title(), row.jobsPer1000(), row.locationQuotient());
        }
        if (row.percentOfIndustry().isAvailable() || row.percentReporting().isAvailable()) {
            out.printf("Share of the industry's employment (PCT_TOTAL): %s%%; establishments reporting it (PCT_RPT): "
                    + "%s%%%n", row.percentOfIndustry(), row.percentReporting());
        }
    }

    /**
     * The row beside the same occupation in all industries: employment, mean and percentiles, and the difference, on
     * the basis asked for when both rows publish it, else on the other.
     */
    static void printBeside(OccupationWages row, OccupationWages all, WageBasis asked, PrintStream out) {
        WageBasis basis = row.publishedBasis().includes(asked) && all.publishedBasis().includes(asked) ? asked
                : asked == WageBasis.ANNUAL ? WageBasis.HOURLY : WageBasis.ANNUAL;
        String here = "NAICS " + row.industry().naics();
        out.printf("Beside all industries (NAICS 000000, all ownerships), %s, May %d, %s wages:%n",
                all.area().title(), all.year(), basis.name().toLowerCase(Locale.ROOT));
        out.printf("%-17s %14s %16s %14s%n", "", here, "all industries", "difference");
        String share = row.employment().isAvailable() && all.employment().isAvailable()
                ? String.format(Locale.US, "%.1f%% of all", 100 * row.employment().value() / all.employment().value())
                : "";
        out.printf("%-17s %14s %16s %14s%n", "Employment", row.employment(), all.employment(), share);
        String[] labels = {"Mean", "10th percentile", "25th percentile", "Median", "75th percentile",
            "90th percentile"};
        for (int i = 0; i < labels.length; i++) {
            WageFigure a = i == 0 ? row.wages(basis).mean() : row.wages(basis).percentiles().get(i - 1);
            WageFigure b = i == 0 ? all.wages(basis).mean() : all.wages(basis).percentiles().get(i - 1);
            String diff = a.isExact() && b.isExact()
                    ? String.format(Locale.US, "%+.1f%%", 100 * (a.amount() / b.amount() - 1)) : "";
            out.printf("%-17s %14s %16s %14s%n", labels[i], a, b, diff);
        }
        out.printf("Source: BLS OEWS May %d, national industry estimates (%s) and cross-industry estimates.%n",
                row.year(), row.industry().title());
    }

    /**
     * One line each for the latest projection cycle and the experience brackets, pointing to the {@code outlook} and
     * {@code experience} commands for the whole story; says plainly when there is no data for the occupation.
     */
    static void printOutlookAndExperience(String socCode, boolean national, PrintStream out) {
        // Employment Projections and the PayScale brackets are national and cross-industry: say so beside other rows.
        String where = national ? "" : " (national, all industries)";
        List<Cycle> cycles = Projections.cycles();
        ProjectionsTable latest = Projections.cycle(cycles.get(cycles.size() - 1));
        Optional<OccupationProjection> projected = latest.occupation(socCode);
        if (projected.isPresent()) {
            OccupationProjection p = projected.get();
            String openings = p.annualOpenings().isAvailable()
                    ? String.format(Locale.US, "%,.1fk openings a year", p.annualOpenings().value())
                    : "openings not published";
            out.printf(Locale.US, "Outlook %s%s: %,.1fk → %,.1fk jobs, %+.1f%% (%s; all occupations %+.1f%%), %s "
                            + "(more: outlook %s)%n", latest.cycle(), where, p.baseEmployment(), p.projectedEmployment(),
                    p.projection().percentChange(), latest.descriptor(p).label(),
                    latest.total().projection().percentChange(), openings, socCode);
        } else {
            out.printf("Outlook %s: BLS publishes no projection for SOC %s.%n", latest.cycle(), socCode);
        }
        Optional<ExperienceBrackets> brackets = ExperienceBrackets.embedded().occupation(socCode);
        if (brackets.isPresent()) {
            ExperienceBrackets b = brackets.get();
            // The brackets are in their survey's dollars (one currency year per occupation), not the OEWS year's.
            out.printf(Locale.US, "Experience (PayScale survey, self-reported, with bonuses%s): pay in %d dollars: "
                            + "%s %s → %s %s, %+.1f%% (more: experience %s)%n", national ? "" : ", national",
                    b.bracket(0).currencyYear(), b.bracket(0).label(), b.bracket(0).pay(),
                    b.bracket(b.size() - 1).label(), b.bracket(b.size() - 1).pay(),
                    100 * ExperienceCurve.fit(b).bracketGain(), socCode);
        } else {
            out.println("Experience: no pay-by-experience brackets embedded for this occupation (experience --brackets"
                    + " FILE fits your own).");
        }
    }

    /** A relative standard error in percent between two texts; nothing when the file has no such column. */
    private static String rse(String before, Figure rse, String after) {
        return rse.status() == FigureStatus.ABSENT ? "" : before + (rse.isAvailable() ? rse + "%" : rse.toString())
                + after;
    }

    private static void line(PrintStream out, String label, WageFigure hourly, WageFigure annual) {
        out.printf("%-17s %12s %12s%n", label, hourly, annual);
    }
}

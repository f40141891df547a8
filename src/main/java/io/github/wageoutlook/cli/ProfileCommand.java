package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.distributions.WageDistribution;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.experience.ExperienceCurve;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.projections.Cycle;
import io.github.wageoutlook.projections.OccupationProjection;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.projections.ProjectionsTable;
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
 * and middle-50% bands.
 */
final class ProfileCommand implements Command {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String usage() {
        return "profile <soc-code|title> [--year YYYY] [--format text|csv|json] [--chart FILE.png|FILE.svg]";
    }

    @Override
    public String summary() {
        return "Wage profile of an occupation: employment, mean, median, 10th-90th percentiles and bands, hourly and"
                + " annual; --chart draws the percentile fan chart over 2014-2024.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        Arguments args = Arguments.parse(words, Output.options("year"), Set.of());
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        args.atMost(1);
        int year = Occupations.year(args);
        Output.Format format = Output.format(args);
        Optional<Path> chartFile = Output.chart(args);
        OccupationWages row = Occupations.find(query, Oews.national(year));
        if (format == Output.Format.TEXT) {
            print(row, out);
            printOutlookAndExperience(row.socCode(), out);
        } else {
            Output.write(rows(row), format, out);
        }
        if (chartFile.isPresent()) {
            Output.writeChart(Charts.percentileFan(row.socCode()), chartFile.get(), format, out);
        }
        return 0;
    }

    /**
     * The profile as rows for CSV and JSON: one row per statistic (mean, p10, p25, median, p75, p90) with the
     * hourly and annual figure and their BLS status ({@code published}, {@code top-coded}, {@code not-available}).
     */
    static Output.Rows rows(OccupationWages row) {
        List<String> columns = List.of("year", "soc_code", "title", "level", "employment", "statistic", "hourly",
                "annual", "hourly_status", "annual_status");
        String[] names = {"mean", "p10", "p25", "median", "p75", "p90"};
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            WageFigure h = i == 0 ? row.hourly().mean() : row.hourly().percentiles().get(i - 1);
            WageFigure a = i == 0 ? row.annual().mean() : row.annual().percentiles().get(i - 1);
            lines.add(Arrays.asList(row.year(), row.socCode(), row.title(), row.level().code(),
                    row.employment().isAvailable() ? row.employment().value() : null, names[i],
                    h.isAvailable() ? h.amount() : null, a.isAvailable() ? a.amount() : null, status(h), status(a)));
        }
        return new Output.Rows(columns, lines);
    }

    private static String status(WageFigure f) {
        return Status.of(f);
    }

    static void print(OccupationWages row, PrintStream out) {
        out.printf("%s (SOC %s, %s) — OEWS May %d, %s%n", row.title(), row.socCode(), row.level().code(),
                row.year(), row.areaTitle());
        out.printf("Employment: %s (relative standard error %s%%)%n", row.employment(), row.employmentRse());
        out.printf("%-17s %12s %12s%n", "", "hourly", "annual");
        line(out, "Mean", row.hourly().mean(), row.annual().mean());
        String[] labels = {"10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile"};
        for (int i = 0; i < labels.length; i++) {
            line(out, labels[i], row.hourly().percentiles().get(i), row.annual().percentiles().get(i));
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
        WageBasis basis = row.publishedBasis().includes(WageBasis.ANNUAL) ? WageBasis.ANNUAL : WageBasis.HOURLY;
        try {
            Distributions.printBands(WageDistribution.from(row, basis), out);
        } catch (IllegalArgumentException e) {
            out.println("Bands: not available (" + e.getMessage() + ")");
        }
    }

    /**
     * One line each for the latest projection cycle and the experience brackets, pointing to the {@code outlook} and
     * {@code experience} commands for the whole story; says plainly when there is no data for the occupation.
     */
    static void printOutlookAndExperience(String socCode, PrintStream out) {
        List<Cycle> cycles = Projections.cycles();
        ProjectionsTable latest = Projections.cycle(cycles.get(cycles.size() - 1));
        Optional<OccupationProjection> projected = latest.occupation(socCode);
        if (projected.isPresent()) {
            OccupationProjection p = projected.get();
            String openings = p.annualOpenings().isAvailable()
                    ? String.format(Locale.US, "%,.1fk openings a year", p.annualOpenings().value())
                    : "openings not published";
            out.printf(Locale.US, "Outlook %s: %,.1fk → %,.1fk jobs, %+.1f%% (%s; all occupations %+.1f%%), %s "
                            + "(more: outlook %s)%n", latest.cycle(), p.baseEmployment(), p.projectedEmployment(),
                    p.projection().percentChange(), latest.descriptor(p).label(),
                    latest.total().projection().percentChange(), openings, socCode);
        } else {
            out.printf("Outlook %s: BLS publishes no projection for SOC %s.%n", latest.cycle(), socCode);
        }
        Optional<ExperienceBrackets> brackets = ExperienceBrackets.embedded().occupation(socCode);
        if (brackets.isPresent()) {
            ExperienceBrackets b = brackets.get();
            out.printf(Locale.US, "Experience (PayScale survey, self-reported, with bonuses): %s %s → %s %s, %+.1f%% "
                            + "(more: experience %s)%n", b.bracket(0).label(), b.bracket(0).pay(),
                    b.bracket(b.size() - 1).label(), b.bracket(b.size() - 1).pay(),
                    100 * ExperienceCurve.fit(b).bracketGain(), socCode);
        } else {
            out.println("Experience: no pay-by-experience brackets embedded for this occupation (experience --brackets"
                    + " FILE fits your own).");
        }
    }

    private static void line(PrintStream out, String label, WageFigure hourly, WageFigure annual) {
        out.printf("%-17s %12s %12s%n", label, hourly, annual);
    }
}

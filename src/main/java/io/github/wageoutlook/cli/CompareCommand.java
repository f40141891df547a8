package io.github.wageoutlook.cli;

import io.github.wageoutlook.charts.Charts;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.ContextComparison;
import io.github.wageoutlook.oews.ContextComparison.Across;
import io.github.wageoutlook.oews.OccupationLookup;
import io.github.wageoutlook.oews.EstimateReliability;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code compare}: one occupation across the areas, industries or ownerships of one year, ranked by median wage, with
 * employment, jobs per 1,000, location quotient (or the share of the industry's employment and of its establishments
 * reporting it), the mean and the 10th to 90th percentiles; top-codes are printed as bounds. The whole (the nation,
 * all industries, all ownerships) is printed under the ranking for reference, not ranked. The relative standard
 * errors of employment and of the mean wage are shown, and a small estimate (either 30% or more,
 * {@link EstimateReliability}) is marked; {@code --min-employment N} leaves out rows below N jobs and says how many. Without {@code --by},
 * several occupations side by side, or one with its related occupations ({@code --similar}): {@link SideBySide}.
 */
final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return "compare <soc-code|title> <soc-code|title>... " + SideBySide.USAGE + System.lineSeparator()
                + "   or: wage-outlook compare <soc-code|title> --" + SideBySide.SIMILAR + " " + SideBySide.USAGE
                + System.lineSeparator()
                + "   or: wage-outlook compare <soc-code|title> --by industry|ownership|area|state|metro|nonmetro "
                + OewsSelection.USAGE + " [--hourly] [--local-prices] [--min-employment N] [--format text|csv|json]"
                + " [--chart FILE.png|FILE.svg]";
    }

    @Override
    public String summary() {
        return "Occupations side by side: employment, median pay and its band, outlook, openings, typical education, "
                + "experience and training (--similar adds the occupation's O*NET related occupations; --sort orders "
                + "them); or one occupation across areas, industries or ownerships (--by), ranked by median: "
                + "employment, jobs per 1,000, location quotient, mean, 10th-90th percentiles; small estimates (RSE "
                + "30%+) marked; --min-employment N leaves out rows below N jobs; --local-prices ranks by purchasing "
                + "power (BEA's Regional Price Parities); --chart draws either.";
    }

    @Override
    public int run(List<String> words, PrintStream out) {
        if (!SideBySide.asksBy(words)) {
            return SideBySide.compare(words, out);
        }
        Arguments args = OewsSelection.parse(words, OewsSelection.options(true, "by", MIN_EMPLOYMENT),
                Set.of("hourly", LocalPrices.FLAG));
        String query = args.required(0, "occupation (SOC code such as 43-4051, or title text)");
        args.atMost(1);
        String by = args.option("by").orElseThrow(() -> new UsageException("missing --by: industry, ownership, area,"
                + " state, metro or nonmetro")).strip().toLowerCase(Locale.ROOT);
        Across across;
        Set<AreaType> types = EnumSet.allOf(AreaType.class);
        switch (by) {
            case "industry" -> across = Across.INDUSTRY;
            case "ownership" -> across = Across.OWNERSHIP;
            case "area" -> across = Across.AREA;
            case "state" -> {
                across = Across.AREA;
                types = EnumSet.of(AreaType.STATE, AreaType.TERRITORY);
            }
            case "metro" -> {
                across = Across.AREA;
                types = EnumSet.of(AreaType.METROPOLITAN);
            }
            case "nonmetro" -> {
                across = Across.AREA;
                types = EnumSet.of(AreaType.NONMETROPOLITAN);
            }
            default -> throw new UsageException("--by must be industry, ownership, area, state, metro or nonmetro, got '"
                    + by + "'");
        }
        String compared = across.name().toLowerCase(Locale.ROOT);
        if (args.option(compared).isPresent()) {
            throw new UsageException("--" + compared + " and --by " + by + " exclude each other: the " + compared
                    + " is what varies");
        }
        Output.Format format = Output.format(args);
        Optional<Path> chartFile = Output.chart(args);
        Optional<Integer> minEmployment = args.intOption(MIN_EMPLOYMENT);
        if (minEmployment.isPresent() && minEmployment.get() < 0) {
            throw new UsageException("--" + MIN_EMPLOYMENT + " must be 0 or more jobs, got " + minEmployment.get());
        }
        // --by state, metro or nonmetro without --file reads BLS's file of those areas, as --area does.
        Optional<AreaType> areasCompared = by.equals("state") ? Optional.of(AreaType.STATE) : by.equals("metro")
                ? Optional.of(AreaType.METROPOLITAN) : by.equals("nonmetro") ? Optional.of(AreaType.NONMETROPOLITAN)
                : Optional.empty();
        OewsTable year = OewsSelection.year(args, across != Across.AREA, areasCompared);
        OewsSelection.Selection chosen = OewsSelection.narrowed(year, args, across != Across.AREA,
                across != Across.INDUSTRY, across == Across.AREA);
        OewsTable table = chosen.rows();
        Set<AreaType> kept = types;
        if (across == Across.AREA && table.areas().stream().noneMatch(a -> kept.contains(a.type())
                && (kept.size() < AreaType.values().length || !a.isNational()))) {
            List<Integer> years = table.years();
            throw new NotFoundException("no " + (by.equals("area") ? "area other than the nation" : by + " area")
                    + " in " + table.name() + (args.options(OewsSelection.FILE).isEmpty() ? "; the embedded data are "
                    + "national" : "") + "; " + Places.exampleFile(areasCompared.orElse(null),
                    years.get(years.size() - 1)));
        }
        String code = socCode(query, table);
        OewsTable ranked = rankedRows(table, across);
        ContextComparison c;
        try {
            c = ContextComparison.of(ranked, code, across, types,
                    args.flag("hourly") ? WageBasis.HOURLY : null);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no row of " + code + " in " + table.name() + " to compare by " + by
                    + (table.stream().noneMatch(r -> r.socCode().equals(code))
                    ? Occupations.nearCodes(code, OccupationLookup.from(table)) : ""));
        }
        Optional<OccupationWages> whole = whole(table, ranked, code, across);
        if (minEmployment.isPresent()) {
            c = atLeast(c, minEmployment.get(), by);
        }
        if (c.rows().size() == 1) {
            // Nothing to rank: say where rows that differ in this dimension come from.
            int rowYear = c.rows().get(0).year();
            Diagnostics.err().println("Only one " + by + " for " + code + " in " + table.name() + ": nothing to "
                    + "rank." + (across == Across.OWNERSHIP ? " BLS's national industry file gives each sector one "
                    + "ownership; ownerships side by side come in its all-data file (oesm" + String.format("%02d",
                    rowYear % 100) + "all.zip: --file all_data_M_" + rowYear + ".xlsx)." : ""));
        }
        boolean localPrices = args.flag(LocalPrices.FLAG);
        if (format == Output.Format.TEXT) {
            if (localPrices) {
                LocalPrices.printComparison(c, whole, table.name(), out);
            } else {
                print(c, whole, table.name(), chosen.note(), out);
            }
            leftOut(c, minEmployment, out);
        } else {
            leftOut(c, minEmployment, Diagnostics.err());
            Output.write(localPrices ? LocalPrices.comparisonRows(c, rows(c)) : rows(c), format, out);
        }
        if (chartFile.isPresent()) {
            if (localPrices) {
                Diagnostics.err().println("--chart draws the wages as published, ranked by the published median; the"
                        + " figures at national prices are in the table.");
            }
            Output.writeChart(Charts.comparison(c), chartFile.get(), format, out);
        }
        return 0;
    }

    /** The option that leaves out rows below a number of jobs. */
    static final String MIN_EMPLOYMENT = "min-employment";

    /** The comparison without the rows below {@code --min-employment}; none left is "not found". */
    private static ContextComparison atLeast(ContextComparison c, int jobs, String by) {
        try {
            return c.withMinimumEmployment(jobs);
        } catch (IllegalArgumentException e) {
            double most = c.rows().stream().filter(r -> r.employment().isAvailable())
                    .mapToDouble(r -> r.employment().value()).max().orElse(0);
            throw new NotFoundException(String.format(Locale.US, "no %s of %s has %,d jobs or more (--%s); the most "
                    + "is %,.0f", by, c.socCode(), jobs, MIN_EMPLOYMENT, most));
        }
    }

    /** Says how many rows {@code --min-employment} left out, and which. */
    private static void leftOut(ContextComparison c, Optional<Integer> jobs, PrintStream out) {
        if (jobs.isEmpty()) {
            return;
        }
        List<OccupationWages> left = c.leftOut();
        long unknown = left.stream().filter(r -> !r.employment().isAvailable()).count();
        if (left.isEmpty()) {
            out.printf(Locale.US, "--%s %,d: no row left out.%n", MIN_EMPLOYMENT, jobs.get());
            return;
        }
        List<String> names = left.stream().limit(12).map(c::label).toList();
        out.printf(Locale.US, "Left out by --%s %,d: %d row%s (%d with fewer jobs%s): %s%s.%n", MIN_EMPLOYMENT,
                jobs.get(), left.size(), left.size() == 1 ? "" : "s", left.size() - unknown,
                unknown == 0 ? "" : ", " + unknown + " whose employment BLS did not release", String.join("; ", names),
                left.size() > names.size() ? " and " + (left.size() - names.size()) + " more" : "");
    }

    /** The rows ranked: without the whole (the nation, all industries, all ownerships) when the parts are there. */
    private static OewsTable rankedRows(OewsTable table, Across across) {
        return switch (across) {
            case AREA -> table.areas().size() > 1 ? without(table, r -> r.area().isNational()) : table;
            case INDUSTRY -> table.industries().size() > 1 ? without(table, r -> r.industry().isCrossIndustry())
                    : table;
            case OWNERSHIP -> table.ownerships().size() > 1 ? without(table, r -> r.ownership().isAll()) : table;
        };
    }

    private static OewsTable without(OewsTable table, Predicate<OccupationWages> whole) {
        List<OewsTable> parts = table.byContext().values().stream()
                .filter(t -> !whole.test(t.row(0))).toList();
        return parts.size() == 1 ? parts.get(0) : OewsTable.concat(parts);
    }

    /** The reference row: the nation, all industries or all ownerships, when the data hold it and it is not ranked. */
    private static Optional<OccupationWages> whole(OewsTable table, OewsTable ranked, String code, Across across) {
        if (ranked.size() == table.size()) {
            return Optional.empty();
        }
        return table.stream().filter(r -> r.socCode().equals(code)).filter(r -> switch (across) {
            case AREA -> r.area().isNational();
            case INDUSTRY -> r.industry().isCrossIndustry() && r.ownership().isAll();
            case OWNERSHIP -> r.ownership().isAll();
        }).max((a, b) -> a.level().compareTo(b.level()));
    }

    private static String socCode(String query, OewsTable table) {
        String q = query.strip();
        if (SocCode.isValid(q)) {
            return q;
        }
        return Occupations.find(q, table.byContext().values().iterator().next()).socCode();
    }

    private static void print(ContextComparison c, Optional<OccupationWages> whole, String source, String defaults,
                              PrintStream out) {
        out.printf("%s (SOC %s) by %s — OEWS %s, ranked by %s median%s%n", c.title(), c.socCode(),
                c.across().name().toLowerCase(Locale.ROOT), c.fixed(), c.basis().name().toLowerCase(Locale.ROOT),
                defaults.isEmpty() ? "" : "; " + defaults);
        List<OccupationWages> rows = c.rows();
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Employment", r -> r.employment().toString())));
        rse(columns, rows, "Emp. RSE %", OccupationWages::employmentRse);
        optional(columns, rows, "Jobs/1,000", OccupationWages::jobsPer1000);
        optional(columns, rows, "Loc. quotient", OccupationWages::locationQuotient);
        optional(columns, rows, "% of industry", OccupationWages::percentOfIndustry);
        optional(columns, rows, "% reporting", OccupationWages::percentReporting);
        String[] wages = {"Mean", "P10", "P25", "Median", "P75", "P90"};
        for (int i = 0; i < wages.length; i++) {
            int k = i;
            // An export holds the columns its user chose: one no row has is left out, not printed as n/a.
            if (rows.stream().anyMatch(r -> figure(r.wages(c.basis()), k).status() != FigureStatus.ABSENT)) {
                columns.add(new Column(wages[i], r -> wage(r.wages(c.basis()), k)));
            }
            if (i == 0) {
                rse(columns, rows, "Wage RSE %", OccupationWages::meanRse);
            }
        }
        List<String[]> lines = new ArrayList<>();
        String[] head = new String[columns.size() + 2];
        head[0] = "#";
        head[1] = switch (c.across()) {
            case AREA -> "Area";
            case INDUSTRY -> "Industry (ownership)";
            case OWNERSHIP -> "Ownership";
        };
        for (int j = 0; j < columns.size(); j++) {
            head[j + 2] = columns.get(j).name();
        }
        lines.add(head);
        for (int i = 0; i < rows.size(); i++) {
            lines.add(line(c.rank(i) == 0 ? "–" : Integer.toString(c.rank(i)), c.label(rows.get(i))
                    + (EstimateReliability.isSmall(rows.get(i)) ? " " + ContextComparison.SMALL_MARK : ""),
                    rows.get(i), columns));
        }
        whole.ifPresent(w -> lines.add(line("", switch (c.across()) {
            case AREA -> "All areas: " + w.area().title();
            case INDUSTRY -> "All industries (NAICS 000000)";
            case OWNERSHIP -> "All ownerships (OWN_CODE 1235)";
        }, w, columns)));
        printAligned(lines, out);
        boolean topCoded = rows.stream().anyMatch(r -> r.wages(c.basis()).percentiles().stream()
                .anyMatch(WageFigure::isLowerBound) || r.wages(c.basis()).mean().isLowerBound());
        if (topCoded) {
            out.println("≥: at or above BLS's top-code for the year (a lower bound); ranked by the bound.");
        }
        if (rows.stream().anyMatch(r -> r.percentReporting().isUpperBound())) {
            out.println("< 0.5: fewer than 0.5% of the industry's establishments report the occupation (BLS: ~).");
        }
        if (rows.stream().anyMatch(EstimateReliability::isSmall)) {
            out.println(ContextComparison.SMALL_MARK + ": " + ContextComparison.SMALL_NOTE);
        }
        if (c.rank(rows.size() - 1) == 0) {
            boolean noColumn = rows.stream().filter(r -> !r.wages(c.basis()).median().isAvailable())
                    .allMatch(r -> r.wages(c.basis()).median().status() == FigureStatus.ABSENT);
            out.println(noColumn ? "–: the file has no median; not ranked." : "–: median not released by BLS; not "
                    + "ranked.");
        }
        out.println("Source: BLS OEWS, " + source + ".");
    }

    /** A column of the text table: its header and how a row's cell reads. */
    private record Column(String name, Function<OccupationWages, String> cell) {
    }

    /** Adds a column for a figure only some estimates publish, when a row has it. */
    private static void optional(List<Column> columns, List<OccupationWages> rows, String name,
                                 Function<OccupationWages, Figure> figure) {
        if (rows.stream().anyMatch(r -> figure.apply(r).isAvailable())) {
            columns.add(new Column(name, r -> figure.apply(r).isAvailable() ? figure.apply(r).toString() : "n/a"));
        }
    }

    /** Adds a column of relative standard errors, in percent to one decimal as BLS publishes them, when a row has one. */
    private static void rse(List<Column> columns, List<OccupationWages> rows, String name,
                            Function<OccupationWages, Figure> figure) {
        if (rows.stream().anyMatch(r -> figure.apply(r).isAvailable())) {
            columns.add(new Column(name, r -> figure.apply(r).isAvailable()
                    ? String.format(Locale.US, "%.1f", figure.apply(r).value()) : "n/a"));
        }
    }

    private static String[] line(String rank, String label, OccupationWages r, List<Column> columns) {
        String[] cells = new String[columns.size() + 2];
        cells[0] = rank;
        cells[1] = label.length() <= 70 ? label : label.substring(0, 69) + "…";
        for (int j = 0; j < columns.size(); j++) {
            cells[j + 2] = columns.get(j).cell().apply(r);
        }
        return cells;
    }

    private static String wage(WageSummary w, int index) {
        return figure(w, index).toString();
    }

    private static WageFigure figure(WageSummary w, int index) {
        return index == 0 ? w.mean() : w.percentiles().get(index - 1);
    }

    /**
     * One row per compared row, every figure with its status, for CSV and JSON: the relative standard errors in
     * percent and {@code small_estimate} ({@link EstimateReliability}) after the employment.
     */
    static Output.Rows rows(ContextComparison c) {
        List<String> columns = new ArrayList<>(List.of("rank", "year", "soc_code", "title", "employment",
                "employment_status"));
        columns.addAll(ProfileCommand.RSE_COLUMNS);
        columns.addAll(ProfileCommand.CONTEXT_COLUMNS);
        columns.add("basis");
        String[] names = {"mean", "p10", "p25", "median", "p75", "p90"};
        for (String n : names) {
            columns.add(n);
            columns.add(n + "_status");
        }
        List<List<Object>> lines = new ArrayList<>();
        for (int i = 0; i < c.rows().size(); i++) {
            OccupationWages r = c.rows().get(i);
            List<Object> line = new ArrayList<>(Arrays.asList(c.rank(i) == 0 ? null : c.rank(i), r.year(),
                    r.socCode(), r.title(), r.employment().isAvailable() ? r.employment().value() : null,
                    ProfileCommand.status(r.employment())));
            line.addAll(ProfileCommand.rseCells(r));
            line.addAll(ProfileCommand.contextCells(r));
            line.add(c.basis().name().toLowerCase(Locale.ROOT));
            WageSummary w = r.wages(c.basis());
            for (int k = 0; k < names.length; k++) {
                WageFigure f = k == 0 ? w.mean() : w.percentiles().get(k - 1);
                line.add(f.isAvailable() ? f.amount() : null);
                line.add(Status.of(f));
            }
            lines.add(line);
        }
        return new Output.Rows(columns, lines);
    }

    /**
     * Prints rows of cells in columns as wide as their widest cell, two spaces apart: the second column (the name)
     * left-aligned, the others right-aligned. The one layout of the ranked comparison, with or without local prices.
     */
    static void printAligned(List<String[]> lines, PrintStream out) {
        int[] width = new int[lines.get(0).length];
        for (String[] l : lines) {
            for (int j = 0; j < l.length; j++) {
                width[j] = Math.max(width[j], l[j].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < l.length; j++) {
                b.append(String.format(j == 1 ? "%-" + width[j] + "s" : "%" + width[j] + "s", l[j]));
                b.append(j + 1 < l.length ? "  " : "");
            }
            out.println(b.toString().stripTrailing());
        }
    }
}

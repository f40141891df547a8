package io.github.wageoutlook.oews;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.DisplayTable.Align;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One occupation across areas, industries or ownerships of one table, ranked by median wage: where it pays most,
 * where it employs most (employment, jobs per 1,000, location quotient; percent of the industry's employment and
 * of its establishments reporting it), with the mean and the 10th to 90th percentiles. Each row is one context; what
 * is not compared (the year, and the industry and ownership when comparing areas) must be one, or the comparison is
 * refused with the contexts named ({@link MixedContextsException}).
 *
 * <p>Ranking: by the median on the chosen basis, highest first. A top-coded median ({@code ≥}) is a lower bound and
 * ranks by its bound; rows without a median (not released) come last, unranked. A small estimate (a relative standard
 * error of 30% or more, {@link EstimateReliability}) keeps its rank and is marked; {@link #withMinimumEmployment}
 * leaves out rows below an employment and says which.
 *
 * <pre>{@code
 * ContextComparison c = ContextComparison.of(Oews.industries(2024), "43-4051", ContextComparison.Across.INDUSTRY);
 * c.rows().get(0);           // utilities (NAICS 22): median $58,530
 * System.out.println(c);     // the ranked table (an HTML table as a notebook cell's value)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContextComparison implements Tabular {

    /** What varies between the rows. */
    public enum Across {
        /** Areas (a state, metropolitan or all-data file); year, industry and ownership fixed. */
        AREA,
        /** Industries, each with the ownership BLS publishes it for; year and area fixed. */
        INDUSTRY,
        /** Ownerships; year, area and industry fixed. */
        OWNERSHIP
    }

    /** How a small estimate is marked in printed rankings (drawn as a hollow marker in charts). */
    public static final String SMALL_MARK = "◇";
    /** What {@link #SMALL_MARK} means, as printed under a ranking. */
    public static final String SMALL_NOTE = "small estimate: relative standard error of employment or of the mean "
            + "wage " + (int) EstimateReliability.RSE_THRESHOLD_PERCENT + "% or more (BLS's EMP_PRSE, MEAN_PRSE); "
            + "the figure may be far from the true value.";

    private final String socCode;
    private final String title;
    private final Across across;
    private final WageBasis basis;
    private final String fixed;
    private final List<OccupationWages> rows;
    private final int ranked;
    private final List<OccupationWages> leftOut;

    private ContextComparison(String socCode, String title, Across across, WageBasis basis, String fixed,
                              List<OccupationWages> rows, int ranked, List<OccupationWages> leftOut) {
        this.socCode = socCode;
        this.title = title;
        this.across = across;
        this.basis = basis;
        this.fixed = fixed;
        this.rows = List.copyOf(rows);
        this.ranked = ranked;
        this.leftOut = List.copyOf(leftOut);
    }

    /**
     * Compares an occupation across every area, industry or ownership of a table.
     *
     * @param table the table, e.g. {@code Oews.industries(2024)} or a state file
     * @param socCode the SOC code, e.g. {@code 43-4051}
     * @param across what varies
     * @return the ranked comparison
     * @throws IllegalArgumentException if the code is not a SOC code or the table does not hold it
     * @throws MixedContextsException if what is not compared is not one (several years, say)
     */
    public static ContextComparison of(OewsTable table, String socCode, Across across) {
        return of(table, socCode, across, EnumSet.allOf(AreaType.class));
    }

    /**
     * Compares an occupation across the areas of some types only, e.g. the states of an all-data file.
     *
     * @param table the table
     * @param socCode the SOC code
     * @param across what varies
     * @param areaTypes the area types kept (e.g. {@code STATE}); other rows are left out
     * @return the ranked comparison
     * @throws IllegalArgumentException if the code is not a SOC code, or no row of those area types holds it
     * @throws MixedContextsException if what is not compared is not one
     */
    public static ContextComparison of(OewsTable table, String socCode, Across across, Set<AreaType> areaTypes) {
        return of(table, socCode, across, areaTypes, null);
    }

    /**
     * Compares an occupation on a chosen basis, e.g. hourly wages of an occupation BLS publishes on both.
     *
     * @param table the table
     * @param socCode the SOC code
     * @param across what varies
     * @param areaTypes the area types kept (e.g. {@code STATE}); other rows are left out
     * @param basis hourly or annual; {@code null} for annual where every row has annual wages (and the file has an
     *     annual median), else hourly
     * @return the ranked comparison
     * @throws IllegalArgumentException if the code is not a SOC code, or no row of those area types holds it
     * @throws MixedContextsException if what is not compared is not one
     */
    public static ContextComparison of(OewsTable table, String socCode, Across across, Set<AreaType> areaTypes,
                                       WageBasis basis) {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(across, "across must not be null");
        Objects.requireNonNull(areaTypes, "areaTypes must not be null");
        String code = Objects.requireNonNull(socCode, "socCode must not be null").strip();
        if (!SocCode.isValid(code)) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values 00-0000 - 99-9999): '"
                    + socCode + "'");
        }
        // The most detailed row of the code in each context (BLS publishes some codes at two levels).
        Map<Context, OccupationWages> best = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            if (!table.text(OewsTable.OCC_CODE, i).equals(code)) {
                continue; // a row is built only for the code's rows: an all-data file holds 400,000
            }
            OccupationWages r = table.row(i);
            if (areaTypes.contains(r.area().type())) {
                best.merge(r.context(), r, (a, b) -> b.level().compareTo(a.level()) > 0 ? b : a);
            }
        }
        if (best.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values: an occupation of "
                    + table.name() + (areaTypes.size() < AreaType.values().length ? " in areas of type "
                    + areaTypes : "") + "): '" + code + "'");
        }
        List<Context> contexts = List.copyOf(best.keySet());
        Function<Context, String> fixedPart = switch (across) {
            case AREA -> c -> c.year() + "|" + c.industry().naics() + "|" + c.ownership().code();
            case INDUSTRY -> c -> c.year() + "|" + c.area().code();
            case OWNERSHIP -> c -> c.year() + "|" + c.area().code() + "|" + c.industry().naics();
        };
        if (contexts.stream().map(fixedPart).distinct().count() > 1) {
            throw new MixedContextsException("comparing " + code + " across " + across.name()
                    .toLowerCase(Locale.ROOT) + (across == Across.INDUSTRY ? " (needs one year and area)"
                    : across == Across.AREA ? " (needs one year, industry and ownership)"
                    : " (needs one year, area and industry)"), contexts, "");
        }
        List<OccupationWages> rows = new ArrayList<>(best.values());
        boolean annual = rows.stream().allMatch(r -> r.publishedBasis().includes(WageBasis.ANNUAL));
        // An export of the OEWS data query tool may hold the hourly wages only.
        boolean onlyHourlyInFile = rows.stream().allMatch(r -> r.annual().median().status() == FigureStatus.ABSENT)
                && rows.stream().anyMatch(r -> r.hourly().median().status() != FigureStatus.ABSENT);
        WageBasis shown = basis != null ? basis : annual && !onlyHourlyInFile ? WageBasis.ANNUAL : WageBasis.HOURLY;
        rows.sort(Comparator.comparing((OccupationWages r) -> !r.wages(shown).median().isAvailable())
                .thenComparing(r -> r.wages(shown).median().isAvailable() ? -r.wages(shown).median().amount() : 0));
        int ranked = (int) rows.stream().filter(r -> r.wages(shown).median().isAvailable()).count();
        OccupationWages first = rows.get(0);
        Context c = first.context();
        String fixed = "May " + c.year() + switch (across) {
            case AREA -> (c.industry().isCrossIndustry() ? ", all industries" : ", NAICS " + c.industry().naics()
                    + " " + c.industry().title()) + (c.ownership().isAll() ? "" : ", " + c.ownership().title());
            case INDUSTRY -> ", " + c.area().title();
            case OWNERSHIP -> ", " + c.area().title() + (c.industry().isCrossIndustry() ? ", all industries"
                    : ", NAICS " + c.industry().naics() + " " + c.industry().title());
        };
        return new ContextComparison(code, first.title(), across, shown, fixed, rows, ranked, List.of());
    }

    /**
     * The comparison without its small rows: those with fewer than {@code jobs} jobs, and those whose employment BLS
     * did not release (nothing shows that they reach it). The rest keep their order and are ranked again.
     *
     * <pre>{@code c.withMinimumEmployment(1_000).leftOut();   // the rows below 1,000 jobs}</pre>
     *
     * @param jobs the least employment kept (TOT_EMP, jobs), 0 or more
     * @return the comparison of the rows kept; {@link #leftOut()} lists the others
     * @throws IllegalArgumentException if {@code jobs} is negative or not finite, or no row would be left
     */
    public ContextComparison withMinimumEmployment(double jobs) {
        if (!(jobs >= 0) || Double.isInfinite(jobs)) {
            throw new IllegalArgumentException("Invalid value for jobs (valid values 0 - a finite number of jobs): "
                    + jobs);
        }
        List<OccupationWages> kept = new ArrayList<>();
        List<OccupationWages> out = new ArrayList<>(leftOut);
        int rankedKept = 0;
        for (int i = 0; i < rows.size(); i++) {
            OccupationWages r = rows.get(i);
            if (r.employment().isAvailable() && r.employment().value() >= jobs) {
                kept.add(r);
                rankedKept += i < ranked ? 1 : 0;
            } else {
                out.add(r);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for jobs (valid values: at most the largest employment "
                    + "compared, " + rows.stream().filter(r -> r.employment().isAvailable())
                    .mapToDouble(r -> r.employment().value()).max().orElse(0) + "): " + jobs);
        }
        return new ContextComparison(socCode, title, across, basis, fixed, kept, rankedKept, out);
    }

    /**
     * The rows {@link #withMinimumEmployment(double)} left out, in their order by median.
     *
     * @return the rows, empty when none was left out
     */
    public List<OccupationWages> leftOut() {
        return leftOut;
    }

    /** @return the SOC code compared */
    public String socCode() {
        return socCode;
    }

    /** @return the occupation's title */
    public String title() {
        return title;
    }

    /** @return what varies between the rows */
    public Across across() {
        return across;
    }

    /** @return the basis of the ranking and of {@link #toString()}: annual, or hourly when a row has hourly only */
    public WageBasis basis() {
        return basis;
    }

    /** @return what all rows share, e.g. {@code May 2024, U.S.} */
    public String fixed() {
        return fixed;
    }

    /** @return the rows, highest median first, rows without a median last */
    public List<OccupationWages> rows() {
        return rows;
    }

    /**
     * The rank of a row by median.
     *
     * @param index 0-based index in {@link #rows()}
     * @return 1 for the highest median, or 0 for a row without a median
     */
    public int rank(int index) {
        Objects.checkIndex(index, rows.size());
        return index < ranked ? index + 1 : 0;
    }

    /**
     * The name of what varies in a row, e.g. {@code Alabama (01)}, {@code NAICS 56 Administrative and Support … —
     * Private} or {@code 5 Private}.
     *
     * @param row a row of this comparison
     * @return the label
     */
    public String label(OccupationWages row) {
        return switch (across) {
            case AREA -> row.area().title() + (row.area().code().isEmpty() ? "" : " (" + row.area().code() + ")");
            case INDUSTRY -> "NAICS " + row.industry().naics() + " " + row.industry().title()
                    + (row.ownership().isAll() ? "" : " — " + row.ownership().title());
            case OWNERSHIP -> row.ownership().code() + " " + row.ownership().title();
        };
    }

    /**
     * The ranked rows laid out for display: rank, what varies, employment, and the wages on {@link #basis()}; the text
     * form keeps the median, P10 and P90, the HTML form adds the relative standard errors of employment and of the
     * mean wage, jobs per 1,000, the location quotient, the percent of the industry's employment and of its
     * establishments reporting, the mean, P25 and P75. {@code ≥} marks a top-coded lower bound; a figure BLS did not
     * publish shows its code; {@value #SMALL_MARK} marks a small estimate ({@link EstimateReliability}).
     *
     * @return the table laid out for display
     */
    @Override
    public DisplayTable toDisplayTable() {
        DisplayTable.Builder t = DisplayTable.builder(title + " (" + socCode + ") by " + across.name()
                .toLowerCase(Locale.ROOT) + ", " + fixed + ", ranked by " + basis.name().toLowerCase(Locale.ROOT)
                + " median");
        t.column("#", Align.RIGHT).column(switch (across) {
            case AREA -> "Area";
            case INDUSTRY -> "Industry (ownership)";
            case OWNERSHIP -> "Ownership";
        }, Align.LEFT).column("Employment", Align.RIGHT).htmlColumn("Employment RSE %", Align.RIGHT)
                .htmlColumn("Wage RSE %", Align.RIGHT);
        t.htmlColumn("Jobs per 1,000", Align.RIGHT).htmlColumn("Location quotient", Align.RIGHT)
                .htmlColumn("% of industry", Align.RIGHT).htmlColumn("% reporting", Align.RIGHT)
                .htmlColumn("Mean", Align.RIGHT).column("P10", Align.RIGHT).htmlColumn("P25", Align.RIGHT)
                .column("Median", Align.RIGHT).htmlColumn("P75", Align.RIGHT).column("P90", Align.RIGHT);
        for (int i = 0; i < rows.size(); i++) {
            OccupationWages r = rows.get(i);
            WageSummary w = r.wages(basis);
            t.row(rank(i) == 0 ? "–" : Integer.toString(rank(i)), abbreviate(label(r), 60)
                    + (EstimateReliability.isSmall(r) ? " " + SMALL_MARK : ""), r.employment().toString(),
                    shown(r.employmentRse()), shown(r.meanRse()),
                    shown(r.jobsPer1000()), shown(r.locationQuotient()), shown(r.percentOfIndustry()),
                    shown(r.percentReporting()), w.mean().toString(), w.p10().toString(), w.p25().toString(),
                    w.median().toString(), w.p75().toString(), w.p90().toString());
        }
        if (rows.stream().anyMatch(EstimateReliability::isSmall)) {
            t.note(SMALL_MARK + " " + SMALL_NOTE);
        }
        if (!leftOut.isEmpty()) {
            t.note(leftOut.size() + " left out by the minimum employment.");
        }
        return t.note("Source: BLS OEWS (" + fixed + ").").build();
    }


    /** A figure as published; empty where the file has no such figure for the row (BLS leaves the cell blank). */
    private static String shown(Figure f) {
        return f.status() == FigureStatus.BLANK || f.status() == FigureStatus.ABSENT ? "" : f.toString();
    }

    /** Prints the ranked table: rank, what varies, employment, median, P10 and P90. */
    @Override
    public String toString() {
        return toDisplayTable().toText();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package io.github.wageoutlook.charts;

import io.github.wageoutlook.careers.OccupationComparison;
import io.github.wageoutlook.experience.ExperienceBracket;
import io.github.wageoutlook.experience.ExperienceBrackets;
import io.github.wageoutlook.experience.ExperienceCurve;
import io.github.wageoutlook.oews.ContextComparison;
import io.github.wageoutlook.oews.EstimateReliability;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationLinks;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.PublishedBasis;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.projections.Projections;
import io.github.wageoutlook.soc.SocCode;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The library's charts, built from its data. Each factory returns a {@link Chart} with titled axes that renders to
 * an image, PNG or SVG.
 *
 * <p>The percentile fan chart shows, for each May survey year, the band from the 10th to the 90th percentile, the
 * band from the 25th to the 75th, and the median as a line: the spread of pay in an occupation and how it moved.
 * A year is left out when the occupation is not in that year's file (SOC codes change) or when BLS did not
 * release all five percentiles, and a note under the plot names it; a top-coded percentile ({@code #}) is drawn at
 * the top-code, a lower bound, and a note under the plot says so.
 *
 * <p>The comparison chart ranks one occupation's areas, industries or ownerships by median: a band per row from the
 * 10th to the 90th percentile and from the 25th to the 75th, the median as a dot. The chart of a comparison of
 * occupations draws each occupation's 10th-to-90th-percentile band and median, its projected job growth beside it.
 *
 * <p>The experience chart draws each survey bracket's average pay as a horizontal segment over its years and the
 * fitted curve as a line; an open bracket ("20+ yrs") is drawn to the width the fit assumed, and says so. The
 * projection chart draws each Employment Projections cycle's compound path and the OEWS employment that came true,
 * both as growth indexed to the cycle's base year = 100: projections count the self-employed and OEWS does not, so
 * only growth compares, not levels.
 *
 * <pre>{@code
 * Charts.percentileFan("43-4051").write(Path.of("csr-fan.png"));
 * Charts.experienceCurve("43-4051").write(Path.of("csr-experience.png"));
 * Charts.projectionPaths("43-4051").write(Path.of("csr-outlook.png"));
 * }</pre>
 */
public final class Charts {
    private Charts() {
    }

    /**
     * The percentile fan chart of an occupation over every embedded national survey year (May 2014–2025), on the
     * annual basis, or hourly when BLS publishes only hourly wages for it. Years in which the occupation is
     * published under another code follow BLS's SOC tables ({@link OccupationLinks}): the same occupation
     * renumbered joins the fan; a code that contains, is part of, or overlaps it (15-1256 and 15-1132/15-1133 for
     * 15-1252) is drawn as a median line of its own, and a note says which years come from which code.
     *
     * @param socCode the SOC code, e.g. {@code 43-4051}
     * @return the chart
     * @throws IllegalArgumentException if no embedded year has the code with published percentiles
     */
    public static Chart percentileFan(String socCode) {
        OccupationLinks links = links(socCode);
        List<OccupationWages> rows = comparableRows(links);
        boolean hourlyOnly = rows.get(rows.size() - 1).publishedBasis() == PublishedBasis.HOURLY_ONLY;
        return linkedFan(links, rows, hourlyOnly ? WageBasis.HOURLY : WageBasis.ANNUAL);
    }

    /**
     * The percentile fan chart of an occupation over every embedded national survey year, on a chosen basis.
     *
     * @param socCode the SOC code
     * @param basis hourly or annual
     * @return the chart
     * @throws IllegalArgumentException if no embedded year has the code with published percentiles
     */
    public static Chart percentileFan(String socCode, WageBasis basis) {
        OccupationLinks links = links(socCode);
        return linkedFan(links, comparableRows(links), basis);
    }

    private static OccupationLinks links(String socCode) {
        Objects.requireNonNull(socCode, "socCode must not be null");
        if (!SocCode.isValid(socCode.strip())) {
            throw new IllegalArgumentException("Invalid value for socCode (valid values 00-0000 - 99-9999): '"
                    + socCode + "'");
        }
        try {
            return OccupationLinks.national(socCode.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("No embedded OEWS year has SOC code " + socCode.strip(), e);
        }
    }

    private static List<OccupationWages> comparableRows(OccupationLinks links) {
        List<OccupationWages> rows = links.linked().stream().filter(l -> l.linkage().isComparable())
                .map(OccupationLinks.Linked::row).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No embedded OEWS year has SOC code " + links.code());
        }
        return rows;
    }

    /** The fan of the occupation's own rows, with the linked codes of other years as median lines and a note. */
    private static Chart linkedFan(OccupationLinks links, List<OccupationWages> rows, WageBasis basis) {
        Chart.Builder b = fan(rows, basis, false);
        Map<String, List<OccupationLinks.Linked>> others = new LinkedHashMap<>();
        links.linked().stream().filter(l -> !l.linkage().isComparable())
                .forEach(l -> others.computeIfAbsent(l.row().socCode(), k -> new ArrayList<>()).add(l));
        others.forEach((code, ls) -> {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (OccupationLinks.Linked l : ls) {
                WageFigure m = l.row().wages(basis).median();
                if (m.isAvailable()) {
                    x.add((double) l.row().year());
                    y.add(m.amount());
                }
            }
            if (!x.isEmpty()) {
                b.line("Median of " + code + " (" + ls.get(0).linkage().label() + ")", x, y);
            }
        });
        if (!others.isEmpty() || rows.stream().anyMatch(r -> !r.socCode().equals(links.code()))) {
            b.note("Codes by year: " + links.codesByYear() + " (BLS SOC 2010-2018 crosswalk and OEWS hybrid "
                    + "structure). Codes that are not the same occupation as " + links.code()
                    + " are drawn as their own median lines.");
        }
        return b.build();
    }

    /**
     * The percentile fan chart from rows of one occupation in several years (e.g. a state's files).
     *
     * @param rows rows of one SOC code in one area, industry and ownership, at most one per year, in any order
     * @param basis hourly or annual
     * @return the chart; its x axis is the survey year; a note names the area, industry and ownership
     * @throws IllegalArgumentException if the rows are empty, mix SOC codes, repeat a year, or no year has all five
     *     percentiles
     * @throws MixedContextsException if the rows are of several areas, industries or ownerships
     */
    public static Chart percentileFan(List<OccupationWages> rows, WageBasis basis) {
        return fan(rows, basis, true).build();
    }

    private static Chart.Builder fan(List<OccupationWages> rows, WageBasis basis, boolean oneCode) {
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for rows (valid values: at least one year of one "
                    + "occupation): []");
        }
        List<OccupationWages> sorted = rows.stream().sorted(Comparator.comparingInt(OccupationWages::year)).toList();
        OccupationWages latest = sorted.get(sorted.size() - 1);
        long places = sorted.stream().map(r -> r.area().code() + "|" + r.industry().naics() + "|"
                + r.ownership().code()).distinct().count();
        if (places > 1) {
            throw new MixedContextsException("the percentile fan of " + latest.socCode(), sorted.stream()
                    .map(OccupationWages::context).distinct().toList(), "draw one fan per area, industry and ownership");
        }
        for (int i = 0; i < sorted.size(); i++) {
            OccupationWages r = sorted.get(i);
            if (oneCode && !r.socCode().equals(latest.socCode())) {
                throw new IllegalArgumentException("Invalid rows: one occupation expected, got " + latest.socCode()
                        + " and " + r.socCode());
            }
            if (i > 0 && sorted.get(i - 1).year() == r.year()) {
                throw new IllegalArgumentException("Invalid rows: year " + r.year() + " appears twice");
            }
        }

        List<Double> years = new ArrayList<>();
        List<List<Double>> wageAt = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        List<Integer> skipped = new ArrayList<>();
        List<List<Integer>> topCoded = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (OccupationWages r : sorted) {
            WageSummary w = r.wages(basis);
            if (!w.hasAllPercentiles()) {
                skipped.add(r.year());
                continue;
            }
            years.add((double) r.year());
            List<WageFigure> five = w.percentiles();
            for (int p = 0; p < 5; p++) {
                wageAt.get(p).add(five.get(p).amount());
                if (five.get(p).isLowerBound()) {
                    topCoded.get(p).add(r.year());
                }
            }
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException("No year with all five " + basis.name().toLowerCase(Locale.ROOT)
                    + " percentiles published for " + latest.socCode() + " " + latest.title() + " (years "
                    + sorted.stream().map(r -> Integer.toString(r.year())).collect(Collectors.joining(", ")) + ")");
        }

        boolean hourly = basis == WageBasis.HOURLY;
        int first = years.get(0).intValue();
        int last = years.get(years.size() - 1).intValue();
        Chart.Builder b = Chart.builder(latest.title() + " (" + latest.socCode() + "): " + (hourly ? "hourly"
                        : "annual") + " wage percentiles, May " + (first == last ? first : first + "–" + last))
                .xAxis("Survey year (May)", Chart.AxisFormat.YEAR)
                .yAxis(hourly ? "Hourly wage (US dollars)" : "Annual wage (US dollars)",
                        hourly ? Chart.AxisFormat.DOLLARS_AND_CENTS : Chart.AxisFormat.DOLLARS)
                .band("10th–90th percentile", years, wageAt.get(0), wageAt.get(4))
                .band("25th–75th percentile", years, wageAt.get(1), wageAt.get(3))
                .line("Median", years, wageAt.get(2));
        List<Double> smallYears = new ArrayList<>();
        List<Double> smallMedians = new ArrayList<>();
        for (OccupationWages r : sorted) {
            if (r.wages(basis).hasAllPercentiles() && EstimateReliability.isSmall(r)) {
                smallYears.add((double) r.year());
                smallMedians.add(r.wages(basis).median().amount());
            }
        }
        if (!smallYears.isEmpty()) {
            b.hollowPoints(SMALL_LEGEND, smallYears, smallMedians);
        }
        b.note("Source: BLS OEWS " + (latest.area().isNational() ? "national" : latest.area().type().label()
                .toLowerCase(Locale.ROOT)) + " estimates, " + latest.area().title() + ", "
                + (latest.industry().isCrossIndustry() ? "all industries" : "NAICS " + latest.industry().naics() + " "
                + latest.industry().title()) + (latest.ownership().isAll() ? "" : ", "
                + latest.ownership().title().toLowerCase(Locale.ROOT) + " employers (OWN_CODE "
                + latest.ownership().code() + ")") + ".");
        List<String> capped = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            if (!topCoded.get(p).isEmpty()) {
                capped.add("P" + WageSummary.PUBLISHED_PERCENTILES.get(p) + " in " + ranges(topCoded.get(p)));
            }
        }
        if (!capped.isEmpty()) {
            b.note("Top-coded, drawn at BLS's top-code (a lower bound): " + String.join("; ", capped) + ".");
        }
        if (!smallYears.isEmpty()) {
            b.note("Hollow median, " + ranges(smallYears.stream().map(Double::intValue).toList()) + ": "
                    + ContextComparison.SMALL_NOTE);
        }
        List<Integer> absent = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            for (int y = sorted.get(i - 1).year() + 1; y < sorted.get(i).year(); y++) {
                absent.add(y);
            }
        }
        if (!absent.isEmpty()) {
            b.note("No row for " + latest.socCode() + (oneCode ? "" : " or the same occupation") + " in "
                    + ranges(absent)
                    + " (SOC codes change between survey years); the bands join the years on either side.");
        }
        if (!skipped.isEmpty()) {
            b.note("Not drawn, percentiles not released: " + ranges(skipped) + ".");
        }
        return b;
    }

    /**
     * The ranked dot-and-band chart of a comparison: one row per area, industry or ownership, highest median at the
     * top; a band from the 10th to the 90th percentile labelled with the row's name, a darker band from the 25th to
     * the 75th, and the median as a dot, hollow for a small estimate (a relative standard error of 30% or more,
     * {@link EstimateReliability}; its label is marked {@code ◇} and a note says why). A top-coded percentile is drawn
     * at BLS's top-code (a lower bound) and a note says which; a row without the percentiles is left out and named in
     * a note, as are the rows {@link ContextComparison#withMinimumEmployment} left out.
     *
     * @param comparison the comparison
     * @return the chart; its x axis is the wage, its y axis the order by median (no tick labels: each row is
     *     labelled with its rank and name); taller than the default for many rows
     * @throws IllegalArgumentException if no row has its 10th and 90th percentiles published
     */
    public static Chart comparison(ContextComparison comparison) {
        Objects.requireNonNull(comparison, "comparison must not be null");
        WageBasis basis = comparison.basis();
        boolean hourly = basis == WageBasis.HOURLY;
        List<OccupationWages> rows = comparison.rows();
        List<Double> from = new ArrayList<>();
        List<Double> to = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> innerFrom = new ArrayList<>();
        List<Double> innerTo = new ArrayList<>();
        List<Double> innerY = new ArrayList<>();
        List<Double> medianX = new ArrayList<>();
        List<Double> medianY = new ArrayList<>();
        List<Double> smallX = new ArrayList<>();
        List<Double> smallY = new ArrayList<>();
        List<String> capped = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OccupationWages r = rows.get(i);
            WageSummary w = r.wages(basis);
            String name = comparison.label(r);
            double at = rows.size() - i;
            if (!w.p10().isAvailable() || !w.p90().isAvailable() || !(w.p90().amount() > w.p10().amount())) {
                left.add(name);
                continue;
            }
            from.add(w.p10().amount());
            to.add(w.p90().amount());
            y.add(at);
            boolean small = EstimateReliability.isSmall(r);
            labels.add((comparison.rank(i) == 0 ? "" : comparison.rank(i) + ". ") + abbreviate(name, 60)
                    + (small ? " " + ContextComparison.SMALL_MARK : ""));
            if (w.p25().isAvailable() && w.p75().isAvailable() && w.p75().amount() > w.p25().amount()) {
                innerFrom.add(w.p25().amount());
                innerTo.add(w.p75().amount());
                innerY.add(at);
            }
            if (w.median().isAvailable()) {
                (small ? smallX : medianX).add(w.median().amount());
                (small ? smallY : medianY).add(at);
            }
            List<String> top = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                if (w.percentiles().get(p).isLowerBound()) {
                    top.add("P" + WageSummary.PUBLISHED_PERCENTILES.get(p));
                }
            }
            if (!top.isEmpty()) {
                capped.add(abbreviate(name, 40) + " (" + String.join(", ", top) + ")");
            }
        }
        if (from.isEmpty()) {
            throw new IllegalArgumentException("No row of the comparison of " + comparison.socCode() + " has its "
                    + "10th and 90th percentiles published (" + comparison.fixed() + ")");
        }
        int height = Math.min(Chart.MAX_SIZE, Math.max(Chart.DEFAULT_HEIGHT, 160 + 34 * rows.size()));
        Chart.Builder b = Chart.builder(comparison.title() + " (" + comparison.socCode() + ") by "
                        + comparison.across().name().toLowerCase(Locale.ROOT) + ", " + comparison.fixed())
                .size(Chart.DEFAULT_WIDTH, height)
                .xAxis(hourly ? "Hourly wage (US dollars)" : "Annual wage (US dollars)",
                        hourly ? Chart.AxisFormat.DOLLARS_AND_CENTS : Chart.AxisFormat.DOLLARS)
                .yAxis("Ranked by median, highest at the top", Chart.AxisFormat.NONE)
                .segments("10th–90th percentile", from, to, y, labels);
        if (!innerFrom.isEmpty()) {
            b.segments("25th–75th percentile", innerFrom, innerTo, innerY, innerFrom.stream().map(v -> "").toList());
        }
        if (!medianX.isEmpty()) {
            b.points("Median", medianX, medianY);
        }
        if (!smallX.isEmpty()) {
            b.hollowPoints(SMALL_LEGEND, smallX, smallY);
        }
        b.note("Source: BLS OEWS, " + comparison.fixed() + "; ranked by median.");
        if (!smallX.isEmpty()) {
            b.note("Hollow, " + ContextComparison.SMALL_MARK + ": " + ContextComparison.SMALL_NOTE);
        }
        if (!comparison.leftOut().isEmpty()) {
            b.note("Left out by the minimum employment: " + comparison.leftOut().size() + " ("
                    + String.join("; ", comparison.leftOut().stream().limit(12).map(r -> abbreviate(
                    comparison.label(r), 40)).toList()) + (comparison.leftOut().size() > 12 ? " and "
                    + (comparison.leftOut().size() - 12) + " more" : "") + ").");
        }
        if (!capped.isEmpty()) {
            b.note("Top-coded, drawn at BLS's top-code (a lower bound): " + String.join("; ", capped) + ".");
        }
        if (!left.isEmpty()) {
            b.note("Not drawn, percentiles not released: " + String.join("; ", left.stream()
                    .map(n -> abbreviate(n, 40)).toList()) + ".");
        }
        return b.build();
    }

    /** The legend entry of the medians of small estimates, drawn hollow. */
    private static final String SMALL_LEGEND = "Median, small estimate (RSE "
            + (int) EstimateReliability.RSE_THRESHOLD_PERCENT + "%+)";

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * The experience curve of an occupation fitted to the embedded PayScale brackets with the default options.
     *
     * @param occupationCode the code, e.g. {@code 43-4051}
     * @return the chart
     * @throws IllegalArgumentException if the embedded brackets have no such occupation
     */
    public static Chart experienceCurve(String occupationCode) {
        Objects.requireNonNull(occupationCode, "occupationCode must not be null");
        ExperienceBrackets all = ExperienceBrackets.embedded();
        ExperienceBrackets brackets = all.occupation(occupationCode.strip()).orElseThrow(() ->
                new IllegalArgumentException("Invalid value for occupationCode (valid values: an occupation of the "
                        + "embedded brackets, " + all.occupationCodes() + "): '" + occupationCode + "'"));
        return experienceCurve(ExperienceCurve.fit(brackets));
    }

    /**
     * The experience chart of a fitted curve: each bracket's pay as a horizontal segment over its range of years,
     * labelled, and the fitted curve as a line over the bracketed range. Pay is in the brackets' currency year.
     *
     * @param curve a fitted curve
     * @return the chart; its x axis is years of experience
     */
    public static Chart experienceCurve(ExperienceCurve curve) {
        Objects.requireNonNull(curve, "curve must not be null");
        ExperienceBrackets brackets = curve.brackets();
        ExperienceBracket first = brackets.bracket(0);
        double openWidth = curve.options().openBracketWidth();
        boolean hourly = curve.basis() == WageBasis.HOURLY;
        List<Double> from = new ArrayList<>();
        List<Double> to = new ArrayList<>();
        List<Double> pay = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        ExperienceBracket open = null;
        for (ExperienceBracket b : brackets.rows()) {
            from.add(b.lowerYears());
            to.add(b.upperYears(openWidth));
            pay.add(b.pay().amount());
            labels.add(b.label() + ": " + b.pay().rounded() + (b.isOpen() ? " (to " + years(b.upperYears(openWidth))
                    + " assumed)" : ""));
            if (b.isOpen()) {
                open = b;
            }
        }
        // Sampled finely enough that the curve reads as smooth; 0.25 year steps over at most 60 years.
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double start = curve.startYears();
        double end = curve.endYears();
        int steps = (int) Math.ceil((end - start) / 0.25);
        for (int i = 0; i <= steps; i++) {
            double at = Math.min(end, start + i * 0.25);
            x.add(at);
            y.add(curve.payAt(at).amount());
        }
        Chart.Builder c = Chart.builder(first.title() + " (" + first.occupationCode() + "): pay by years of experience")
                .xAxis("Years of experience", Chart.AxisFormat.NUMBER)
                .yAxis((hourly ? "Hourly" : "Annual") + " pay (US dollars of " + first.currencyYear() + ")",
                        hourly ? Chart.AxisFormat.DOLLARS_AND_CENTS : Chart.AxisFormat.DOLLARS)
                .segments("Survey bracket average", from, to, pay, labels)
                .line("Fitted curve (" + curve.method().name().toLowerCase(Locale.ROOT) + ")", x, y);
        c.note("Source: " + first.source() + ".");
        c.note("The curve is fitted so that its average over each bracket matches the bracket's figure.");
        if (open != null) {
            c.note("Open bracket " + open.label() + " has no upper end in the survey: drawn and fitted as "
                    + years(open.lowerYears()) + "–" + years(open.upperYears(openWidth)) + " years (assumed width "
                    + years(openWidth) + " years).");
        }
        c.note("Curve: " + curve.formula() + ".");
        return c.build();
    }

    /**
     * The projection paths of every embedded Employment Projections cycle that has the occupation, against the OEWS
     * national employment that came true; each cycle as growth indexed to its base year = 100. A cycle that projects
     * the occupation under other codes (SOC 2010 or the OEWS hybrid codes, e.g. 15-1132 and 15-1133 for 15-1252 in
     * 2016–26) draws those codes' paths, named in the legend and in a note ({@link Projections#linkedAcrossCycles}).
     *
     * @param code the SOC / National Employment Matrix code, e.g. {@code 43-4051}
     * @return the chart; its x axis is the year
     * @throws IllegalArgumentException if no embedded cycle projects the code or a code linked to it
     */
    public static Chart projectionPaths(String code) {
        return ProjectionPathChart.of(code);
    }

    /**
     * The chart of a comparison of occupations: one row per occupation in the comparison's order, the first at the
     * top; the band the middle 80% earn (10th to 90th percentile) as a bar, the median as a dot, and the projected job
     * growth with its descriptor beside the name. An occupation without an OEWS band in the context is named in a
     * note; a top-coded figure is drawn at BLS's top-code, a lower bound, and a note says so; the attribution of
     * O*NET's related occupations is a note when the comparison shows them.
     *
     * @param comparison the comparison, e.g. {@code OccupationComparison.of(Oews.national(2018), "43-4051",
     *     "43-4171")}
     * @return the chart; its x axis is the wage on the comparison's basis, its y axis the rows (no tick labels)
     * @throws IllegalArgumentException if no occupation has its 10th and 90th percentiles published
     */
    public static Chart occupations(OccupationComparison comparison) {
        return OccupationComparisonChart.of(comparison);
    }

    private static String years(double y) {
        return y == Math.rint(y) ? Long.toString((long) y) : String.format(Locale.US, "%.1f", y);
    }

    /** Ascending years as runs: 2014–2017, 2019, 2022–2024. */
    private static String ranges(List<Integer> years) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            runs.add(i == j ? years.get(i).toString() : years.get(i) + "–" + years.get(j));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

}

package io.github.wageoutlook.projections;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Backtests a projection cycle against realized OEWS national employment (TOT_EMP) in the survey years shipped:
 * the cycle's base year up to its projected year or the last year shipped, whichever is first.
 *
 * <p>Method. For each occupation, OEWS employment is looked up by code in the base year and every later year;
 * the realized CAGR runs from the base year to the last year with employment. Growth rates are compared, not
 * levels, because Employment Projections include the self-employed and count jobs as an annual average while
 * OEWS counts May wage and salary jobs.
 *
 * <p>SOC code changes: the 2016–26 and 2019–29 cycles use SOC 2010 codes, and OEWS moved to SOC 2018 codes over
 * May 2019–2021. A code that OEWS no longer publishes is followed to its last year in OEWS and the line says so
 * (e.g. "OEWS has no 15-1132 after 2018 (SOC revision)"); a code OEWS lacks in the base year is reported as
 * {@link BacktestLine.Status#NOT_IN_OEWS} and left out of the summary. Codes are not re-mapped across the
 * revision: splits and merges would need employment shares that the shipped files do not hold.
 *
 * <pre>{@code
 * Backtest.occupation(Projections.cycle("2016-26"), "43-4051");
 * Backtest.summary(Projections.cycle("2016-26"));
 * }</pre>
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * Backtests one occupation against the embedded OEWS national tables.
     *
     * @param cycle the cycle
     * @param code the occupation code
     * @return the line
     * @throws IllegalArgumentException if the cycle has no such code
     */
    public static BacktestLine occupation(ProjectionsTable cycle, String code) {
        OccupationProjection row = cycle.occupation(code).orElseThrow(() -> new IllegalArgumentException(
                "Invalid value for code (valid values: codes of " + cycle.cycle() + "): " + code));
        return occupation(row, Oews.nationalYears(), Oews::national);
    }

    /**
     * Backtests one row against OEWS tables supplied by the caller.
     *
     * @param row the projected row
     * @param years the OEWS survey years available, any order
     * @param oews the national table of a year
     * @return the line
     */
    public static BacktestLine occupation(OccupationProjection row, List<Integer> years, IntFunction<OewsTable> oews) {
        Objects.requireNonNull(row, "row must not be null");
        Objects.requireNonNull(years, "years must not be null");
        Objects.requireNonNull(oews, "oews must not be null");
        Cycle c = row.cycle();
        List<Integer> span = years.stream().filter(y -> y >= c.baseYear() && y <= c.endYear()).sorted().toList();
        if (span.size() < 2 || span.get(0) != c.baseYear()) {
            return new BacktestLine(row, BacktestLine.Status.NO_REALIZED_YEARS, new TreeMap<>(),
                    "OEWS years shipped: " + (years.isEmpty() ? "none" : years.stream().min(Integer::compare)
                            .orElseThrow() + "-" + years.stream().max(Integer::compare).orElseThrow())
                            + "; the cycle needs " + c.baseYear() + " and a later year");
        }
        SortedMap<Integer, Double> realized = new TreeMap<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> notReleased = new ArrayList<>();
        for (int y : span) {
            Optional<OccupationWages> found = oews.apply(y).occupation(row.code());
            Optional<Double> e = found.flatMap(Backtest::employment);
            if (e.isPresent()) {
                realized.put(y, e.get());
            } else if (found.isPresent()) {
                notReleased.add(y);
            } else {
                missing.add(y);
            }
        }
        if (!realized.containsKey(c.baseYear())) {
            return new BacktestLine(row, BacktestLine.Status.NOT_IN_OEWS, new TreeMap<>(),
                    notReleased.contains(c.baseYear())
                            ? "OEWS " + c.baseYear() + " did not release employment for " + row.code()
                            : "OEWS " + c.baseYear() + " has no " + row.code()
                                    + " (a Matrix-only code or a SOC revision)");
        }
        if (realized.size() < 2) {
            return new BacktestLine(row, BacktestLine.Status.NOT_IN_OEWS, new TreeMap<>(),
                    "OEWS has " + row.code() + " only in " + c.baseYear() + " (SOC revision)");
        }
        List<String> notes = new ArrayList<>();
        int last = realized.lastKey();
        if (last < span.get(span.size() - 1) && missing.contains(span.get(span.size() - 1))) {
            notes.add("OEWS has no " + row.code() + " after " + last + " (SOC revision); followed to " + last);
        } else if (last < span.get(span.size() - 1)) {
            notes.add("OEWS employment for " + row.code() + " not released after " + last + "; followed to " + last);
        }
        List<Integer> gaps = missing.stream().filter(y -> y < last).toList();
        if (!gaps.isEmpty()) {
            notes.add("OEWS has no " + row.code() + " in " + gaps + " (hybrid SOC codes); bridged");
        }
        List<Integer> unreleased = notReleased.stream().filter(y -> y < last).toList();
        if (!unreleased.isEmpty()) {
            notes.add("OEWS employment not released in " + unreleased);
        }
        String note = String.join("; ", notes);
        return new BacktestLine(row, BacktestLine.Status.COMPARED, realized, note);
    }

    private static Optional<Double> employment(OccupationWages row) {
        Figure e = row.employment();
        return e.isAvailable() && e.value() > 0 ? Optional.of(e.value()) : Optional.empty();
    }

    /**
     * Backtests every detailed occupation ("Line item") of a cycle against the embedded OEWS national tables.
     *
     * @param cycle the cycle
     * @return the summary, with every line
     */
    public static BacktestSummary summary(ProjectionsTable cycle) {
        return summary(cycle, Oews.nationalYears(), Oews::national);
    }

    /**
     * Backtests every detailed occupation of a cycle against OEWS tables supplied by the caller.
     *
     * @param cycle the cycle
     * @param years the OEWS survey years available
     * @param oews the national table of a year
     * @return the summary
     */
    public static BacktestSummary summary(ProjectionsTable cycle, List<Integer> years, IntFunction<OewsTable> oews) {
        List<BacktestLine> lines = new ArrayList<>();
        for (OccupationProjection row : cycle.lineItems().rows()) {
            lines.add(occupation(row, years, oews));
        }
        return new BacktestSummary(cycle.cycle(), lines);
    }
}

package io.github.wageoutlook.projections;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A cycle's backtest summarized across its detailed occupations: how far projected annual growth was from
 * realized OEWS growth, and how many occupations could not be compared (and why).
 *
 * <p>Errors are projected minus realized CAGR in percentage points a year, over the years each occupation could
 * be followed. Statistics: mean error (bias), mean and median absolute error, and the share of occupations whose
 * projected direction (growth or decline) came true.
 *
 * <pre>{@code BacktestSummary s = Backtest.summary(Projections.cycle("2016-26")); s.medianAbsoluteError();}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cycle the cycle
 * @param lines one line per detailed occupation, compared or not
 */
public record BacktestSummary(Cycle cycle, List<BacktestLine> lines) {

    /**
     * Checks the parts.
     *
     * @param cycle the cycle
     * @param lines one line per detailed occupation, compared or not
     * @throws NullPointerException if an argument is null
     */
    public BacktestSummary {
        Objects.requireNonNull(cycle, "cycle must not be null");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines must not be null"));
    }

    /** @return the lines that could be compared */
    public List<BacktestLine> compared() {
        return lines.stream().filter(BacktestLine::isCompared).toList();
    }

    /** @return the lines that could not be compared */
    public List<BacktestLine> notCompared() {
        return lines.stream().filter(l -> !l.isCompared()).toList();
    }

    /**
     * The compared lines followed to an earlier year than the others: the code left OEWS (a SOC revision) or its
     * employment was no longer released; each line's note says which.
     *
     * @return those lines
     */
    public List<BacktestLine> truncated() {
        int last = compared().stream().mapToInt(BacktestLine::toYear).max().orElse(0);
        return compared().stream().filter(l -> l.toYear() < last).toList();
    }

    private double[] errors() {
        double[] e = compared().stream().mapToDouble(BacktestLine::errorPointsPerYear).toArray();
        if (e.length == 0) {
            throw new IllegalStateException("No occupation of " + cycle + " could be backtested: "
                    + lines.size() + " lines, none compared");
        }
        return e;
    }

    /** @return mean of projected minus realized growth, points a year (positive: projections too high) */
    public double meanError() {
        return Arrays.stream(errors()).average().orElseThrow();
    }

    /** @return mean absolute error of annual growth, points a year */
    public double meanAbsoluteError() {
        return Arrays.stream(errors()).map(Math::abs).average().orElseThrow();
    }

    /** @return median absolute error of annual growth, points a year */
    public double medianAbsoluteError() {
        double[] a = Arrays.stream(errors()).map(Math::abs).sorted().toArray();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    /** @return the share of compared occupations whose projected direction came true, 0 - 1 */
    public double directionHitRate() {
        List<BacktestLine> c = compared();
        errors();
        return (double) c.stream().filter(BacktestLine::directionRight).count() / c.size();
    }

    @Override
    public String toString() {
        List<BacktestLine> c = compared();
        if (c.isEmpty()) {
            return cycle + " backtest: no occupation compared (" + lines.size() + " lines"
                    + (lines.isEmpty() ? "" : ": " + lines.get(0).status().description()) + ")";
        }
        int from = c.stream().mapToInt(BacktestLine::fromYear).min().orElseThrow();
        int to = c.stream().mapToInt(BacktestLine::toYear).max().orElseThrow();
        return String.format(Locale.US, "%s backtest vs OEWS %d-%d, %d of %d detailed occupations compared "
                        + "(%d not in OEWS, %d followed to an earlier year): annual growth error "
                        + "mean %+.2f, mean absolute %.2f, median absolute %.2f points/yr; direction right %.0f%%",
                cycle, from, to, c.size(), lines.size(), notCompared().size(), truncated().size(), meanError(),
                meanAbsoluteError(), medianAbsoluteError(), 100 * directionHitRate());
    }
}

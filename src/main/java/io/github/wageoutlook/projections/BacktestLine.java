package io.github.wageoutlook.projections;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * One occupation's projected path set against realized OEWS national employment in the years shipped.
 *
 * <p>Growth rates are compared, never levels: Employment Projections count the self-employed and all jobs, OEWS
 * counts wage and salary jobs in May only, so the levels differ by design. The projected rate is the cycle's CAGR;
 * the realized rate is (OEWS in {@code toYear} / OEWS in {@code fromYear})^(1/(toYear − fromYear)) − 1.
 *
 * <pre>{@code
 * BacktestLine b = Backtest.occupation(Projections.cycle("2016-26"), "43-4051");
 * b.errorPointsPerYear();   // projected minus realized, percentage points a year
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projection the projected row
 * @param status whether the comparison could be made, and if not why
 * @param realized OEWS employment (persons) by survey year, for the years compared (empty unless compared)
 * @param note what was done about SOC code changes or missing years; empty when nothing
 */
public record BacktestLine(OccupationProjection projection, Status status, SortedMap<Integer, Double> realized,
                           String note) {

    /** Whether a line could be compared. */
    public enum Status {
        /** OEWS has the code in the base year and at least one later shipped year. */
        COMPARED("compared"),
        /** No OEWS year after the cycle's base year is shipped yet. */
        NO_REALIZED_YEARS("no OEWS year after the cycle's base year is shipped yet"),
        /** OEWS has no employment for the code in the base year (an EP-only code, or a SOC revision). */
        NOT_IN_OEWS("OEWS has no employment for the code in the base year");

        private final String description;

        Status(String description) {
            this.description = description;
        }

        /** @return what the status means, for text output */
        public String description() {
            return description;
        }

        /** @return the lower-case code machine output prints: {@code compared}, {@code no-realized-years}, … */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Checks the parts.
     *
     * @param projection the projected row
     * @param status whether the comparison could be made, and if not why
     * @param realized OEWS employment (persons) by survey year, for the years compared (empty unless compared)
     * @param note what was done about SOC code changes or missing years; empty when nothing
     * @throws IllegalArgumentException if a compared line has fewer than two years or a non-positive employment
     */
    public BacktestLine {
        Objects.requireNonNull(projection, "projection must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(note, "note must not be null");
        realized = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(realized,
                "realized must not be null")));
        if (status == Status.COMPARED) {
            if (realized.size() < 2) {
                throw new IllegalArgumentException("Invalid value for realized (valid values: at least 2 years when "
                        + "compared): " + realized);
            }
            for (Map.Entry<Integer, Double> e : realized.entrySet()) {
                if (!(e.getValue() > 0) || !Double.isFinite(e.getValue())) {
                    throw new IllegalArgumentException("Invalid value for realized[" + e.getKey()
                            + "] (valid values > 0): " + e.getValue());
                }
            }
        }
    }

    /** @return true when the line holds a comparison */
    public boolean isCompared() {
        return status == Status.COMPARED;
    }

    private void requireCompared() {
        if (!isCompared()) {
            throw new IllegalStateException("No backtest for " + projection.code() + " (" + status + "): " + note);
        }
    }

    /** @return the first OEWS year compared (the cycle's base year) */
    public int fromYear() {
        requireCompared();
        return realized.firstKey();
    }

    /** @return the last OEWS year compared */
    public int toYear() {
        requireCompared();
        return realized.lastKey();
    }

    /** @return the projected compound annual growth rate of the cycle, a fraction */
    public double projectedGrowthRate() {
        return projection.projection().growthRate();
    }

    /** @return the realized compound annual growth rate from {@link #fromYear()} to {@link #toYear()}, a fraction */
    public double realizedGrowthRate() {
        requireCompared();
        return Math.pow(realized.get(toYear()) / realized.get(fromYear()), 1.0 / (toYear() - fromYear())) - 1;
    }

    /** @return projected minus realized annual growth, in percentage points a year */
    public double errorPointsPerYear() {
        return 100 * (projectedGrowthRate() - realizedGrowthRate());
    }

    /** @return the projected percent change from the base year to {@link #toYear()} on the compound path */
    public double projectedPercentToDate() {
        return 100 * (Math.pow(1 + projectedGrowthRate(), toYear() - fromYear()) - 1);
    }

    /** @return the realized percent change from {@link #fromYear()} to {@link #toYear()} */
    public double realizedPercentToDate() {
        return 100 * (realized.get(toYear()) / realized.get(fromYear()) - 1);
    }

    /** @return true when projection and reality moved the same way (both up, both down, or both flat) */
    public boolean directionRight() {
        return Math.signum(projectedGrowthRate()) == Math.signum(realizedGrowthRate());
    }

    /**
     * The path year by year, for plots: {@code YEAR}, {@code OEWS_EMPLOYMENT} (persons), {@code REALIZED_INDEX}
     * (OEWS, base year = 100) and {@code PROJECTED_INDEX} (the cycle's compound path, base year = 100), one row per
     * OEWS year compared.
     *
     * @return a new Tablesaw table
     * @throws IllegalStateException if the line was not compared
     */
    public Table path() {
        requireCompared();
        IntColumn year = IntColumn.create("YEAR");
        DoubleColumn oews = DoubleColumn.create("OEWS_EMPLOYMENT");
        DoubleColumn realizedIndex = DoubleColumn.create("REALIZED_INDEX");
        DoubleColumn projectedIndex = DoubleColumn.create("PROJECTED_INDEX");
        double base = realized.get(fromYear());
        Projection p = projection.projection();
        for (Map.Entry<Integer, Double> e : realized.entrySet()) {
            year.append(e.getKey());
            oews.append(e.getValue());
            realizedIndex.append(100 * e.getValue() / base);
            projectedIndex.append(100 * p.employmentIn(e.getKey()).employment() / p.baseEmployment());
        }
        return Table.create(projection.code() + " " + projection.cycle() + " vs OEWS", year, oews, realizedIndex,
                projectedIndex);
    }

    @Override
    public String toString() {
        if (!isCompared()) {
            return String.format("%s %s, %s: not backtested (%s) %s", projection.code(), projection.title(),
                    projection.cycle(), status, note).strip();
        }
        return String.format(Locale.US, "%s %s, %s vs OEWS %d-%d: projected %+.2f%%/yr (%+.1f%% to %d), realized "
                        + "%+.2f%%/yr (%+.1f%%, %,.0f → %,.0f), error %+.2f points/yr%s", projection.code(),
                projection.title(), projection.cycle(), fromYear(), toYear(), 100 * projectedGrowthRate(),
                projectedPercentToDate(), toYear(), 100 * realizedGrowthRate(), realizedPercentToDate(),
                realized.get(fromYear()), realized.get(toYear()), errorPointsPerYear(),
                note.isEmpty() ? "" : "; " + note);
    }
}

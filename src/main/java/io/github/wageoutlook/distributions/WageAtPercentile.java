package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Objects;

/**
 * The wage at a percentile of a distribution, and whether it is only a lower bound.
 *
 * <p>A wage is a lower bound when BLS top-coded the percentile (or one below it), or when it is estimated just below a
 * top-coded percentile, with the top-code standing in for the unpublished figure: the true wage is at least
 * {@link #wage()}, and printing says so ({@code P95 ≥ $239,200/yr}).
 *
 * <pre>{@code
 * WageAtPercentile p95 = WageDistribution.from(row, WageBasis.ANNUAL).wageAt(95);
 * if (!p95.isLowerBound()) System.out.println(p95.wage());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param percentile the percentile, strictly between 0 and 100
 * @param wage the wage, exact or estimated, or the bound when {@code lowerBound}
 * @param lowerBound true when the true wage is at least {@code wage} and not known more closely
 */
public record WageAtPercentile(double percentile, Wage wage, boolean lowerBound) {

    /**
     * Checks the parts.
     *
     * @param percentile the percentile, strictly between 0 and 100
     * @param wage the wage
     * @param lowerBound true when the true wage is at least {@code wage}
     * @throws IllegalArgumentException if the percentile is not strictly between 0 and 100
     */
    public WageAtPercentile {
        Objects.requireNonNull(wage, "wage must not be null");
        if (!(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("Invalid value for percentile (valid values 0 < p < 100): "
                    + percentile);
        }
    }

    /** @return true when the true wage is at least {@link #wage()} and not known more closely */
    public boolean isLowerBound() {
        return lowerBound;
    }

    /** @return the dollar amount of {@link #wage()} */
    public double amount() {
        return wage.amount();
    }

    /** Prints e.g. {@code P95 $63,210/yr} or {@code P90 ≥ $208,000/yr}. */
    @Override
    public String toString() {
        return "P" + PercentileRank.formatPercent(percentile) + (lowerBound ? " ≥ " : " ") + wage.rounded();
    }
}

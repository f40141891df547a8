package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a wage ranks in a distribution: the percentage of workers earning at most that wage, {@code 100·F(w)}.
 *
 * <p>When BLS top-coded the distribution and the wage is at or above the top-code, the rank is not identified; the
 * answer is then the last percentile known exactly below the wage, flagged {@link #isLowerBound()}: "at least the
 * 75th percentile".
 *
 * <pre>{@code
 * PercentileRank r = WageDistribution.from(row, WageBasis.ANNUAL).rankOf(Wage.annual(40_000));
 * r.percentile();   // 68.5 for customer service representatives in 2018
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param wage the wage ranked
 * @param percentile the rank, 0 to 100
 * @param lowerBound true when the true rank is at least {@code percentile} and not known more closely
 */
public record PercentileRank(Wage wage, double percentile, boolean lowerBound) {

    /**
     * Checks the parts.
     *
     * @param wage the wage ranked
     * @param percentile the rank, 0 - 100
     * @param lowerBound true when the true rank is at least {@code percentile}
     * @throws IllegalArgumentException if the percentile is outside 0 - 100
     */
    public PercentileRank {
        Objects.requireNonNull(wage, "wage must not be null");
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("Invalid value for percentile rank (valid values 0 - 100): "
                    + percentile);
        }
    }

    /** @return true when the true rank is at least {@link #percentile()} and not known more closely */
    public boolean isLowerBound() {
        return lowerBound;
    }

    /** @return the bracket between published percentiles this rank falls in (or, for a lower bound, starts in) */
    public PercentileBracket bracket() {
        return PercentileBracket.of(percentile);
    }

    /** Prints e.g. {@code $40,000/yr ranks at P68.5} or {@code $250,000/yr ranks at P ≥ 75}. */
    @Override
    public String toString() {
        return wage + " ranks at P" + (lowerBound ? " ≥ " : "") + formatPercent(percentile);
    }

    /**
     * A percentile for display: one decimal, trailing zero dropped ({@code 64.2}, {@code 90}).
     *
     * @param percentile the percentile
     * @return the text
     */
    static String formatPercent(double percentile) {
        return new BigDecimal(percentile).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}

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
 * 75th percentile". A wage between the last exact percentile and the top-code is ranked with the top-code standing
 * in for a figure that is at least that high, so its rank is at most the model's, flagged {@link #isUpperBound()}.
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
 * @param upperBound true when the true rank is at most {@code percentile} (a wage just below a top-code)
 */
public record PercentileRank(Wage wage, double percentile, boolean lowerBound, boolean upperBound) {

    /**
     * Checks the parts.
     *
     * @param wage the wage ranked
     * @param percentile the rank, 0 - 100
     * @param lowerBound true when the true rank is at least {@code percentile}
     * @param upperBound true when the true rank is at most {@code percentile}
     * @throws IllegalArgumentException if the percentile is outside 0 - 100, or both bounds are set
     */
    public PercentileRank {
        Objects.requireNonNull(wage, "wage must not be null");
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("Invalid value for percentile rank (valid values 0 - 100): "
                    + percentile);
        }
        if (lowerBound && upperBound) {
            throw new IllegalArgumentException("Invalid bounds for percentile rank (valid: a lower or an upper bound, "
                    + "not both): " + percentile);
        }
    }

    /**
     * A rank that is exact or a lower bound.
     *
     * @param wage the wage ranked
     * @param percentile the rank, 0 - 100
     * @param lowerBound true when the true rank is at least {@code percentile}
     */
    public PercentileRank(Wage wage, double percentile, boolean lowerBound) {
        this(wage, percentile, lowerBound, false);
    }

    /** @return true when the true rank is at least {@link #percentile()} and not known more closely */
    public boolean isLowerBound() {
        return lowerBound;
    }

    /** @return the bracket between published percentiles this rank falls in (or, for a lower bound, starts in) */
    public PercentileBracket bracket() {
        return PercentileBracket.of(percentile);
    }

    /** @return true when the true rank is at most {@link #percentile()} */
    public boolean isUpperBound() {
        return upperBound;
    }

    /** Prints e.g. {@code $40,000/yr ranks at P68.5}, {@code $250,000/yr ranks at P ≥ 75} or {@code … P ≤ 86.5}. */
    @Override
    public String toString() {
        return wage + " ranks at P" + (lowerBound ? " ≥ " : upperBound ? " ≤ " : "") + formatPercent(percentile);
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

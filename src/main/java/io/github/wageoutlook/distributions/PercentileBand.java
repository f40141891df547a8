package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Locale;
import java.util.Objects;

/**
 * The wages between two percentiles of a distribution, e.g. the middle 80% (P10–P90) or the middle 50% (P25–P75),
 * with the band's width ({@code upper - lower}) and ratio ({@code upper / lower}, P90/P10 for the interdecile band).
 *
 * <p>When the upper end is a top-coded lower bound, the width and ratio are lower bounds too:
 * {@link #isLowerBound()} says so and printing marks them with {@code ≥}.
 *
 * <pre>{@code
 * PercentileBand middle80 = WageDistribution.from(row, WageBasis.ANNUAL).interdecile();
 * middle80.ratio();   // 2.50 for customer service representatives, 2018 (55,310 / 22,140)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lower the wage at the lower percentile
 * @param upper the wage at the upper percentile
 */
public record PercentileBand(WageAtPercentile lower, WageAtPercentile upper) {

    /**
     * Checks the ends.
     *
     * @param lower the wage at the lower percentile
     * @param upper the wage at the upper percentile
     * @throws IllegalArgumentException if the lower percentile is not below the upper one, or the wages decrease
     * @throws BasisMismatchException if the ends are on different bases
     */
    public PercentileBand {
        Objects.requireNonNull(lower, "lower must not be null");
        Objects.requireNonNull(upper, "upper must not be null");
        lower.wage().requireSameBasis("build a percentile band", upper.wage());
        if (!(lower.percentile() < upper.percentile())) {
            throw new IllegalArgumentException("Invalid value for upper percentile (valid values > lower percentile "
                    + lower.percentile() + "): " + upper.percentile());
        }
        if (lower.amount() > upper.amount()) {
            throw new IllegalArgumentException("Invalid value for upper wage (valid values ≥ lower wage "
                    + lower.wage() + "): " + upper.wage());
        }
    }

    /** @return the basis of both ends */
    public WageBasis basis() {
        return lower.wage().basis();
    }

    /** @return {@code upper - lower}, a lower bound when {@link #isLowerBound()} */
    public Wage width() {
        return Wage.of(upper.amount() - lower.amount(), basis());
    }

    /**
     * The ratio of the ends, {@code upper / lower} (P90/P10 for {@link WageDistribution#interdecile()}).
     *
     * @return the ratio, a lower bound when {@link #isLowerBound()}
     * @throws IllegalStateException if the lower end is zero
     */
    public double ratio() {
        if (lower.amount() == 0) {
            throw new IllegalStateException("Ratio undefined: the lower end of " + this + " is zero");
        }
        return upper.amount() / lower.amount();
    }

    /** @return true when the upper end is top-coded, so the width and ratio are lower bounds */
    public boolean isLowerBound() {
        return upper.isLowerBound();
    }

    /**
     * Whether a wage lies in the band, ends included. With a top-coded upper end the band may reach higher than
     * {@code upper}; this test uses the bound.
     *
     * @param wage a wage on the band's basis
     * @return true if {@code lower ≤ wage ≤ upper}
     * @throws BasisMismatchException if the wage is on another basis
     */
    public boolean contains(Wage wage) {
        lower.wage().requireSameBasis("test a wage against a band", wage);
        return wage.amount() >= lower.amount() && wage.amount() <= upper.amount();
    }

    /** Prints e.g. {@code P10–P90 $22,140/yr – $55,310/yr (width $33,170/yr, ratio 2.50)}. */
    @Override
    public String toString() {
        String bound = isLowerBound() ? "≥ " : "";
        return "P" + PercentileRank.formatPercent(lower.percentile()) + "–P"
                + PercentileRank.formatPercent(upper.percentile()) + " " + lower.wage().rounded() + " – "
                + bound + upper.wage().rounded() + " (width " + bound + width().rounded() + ", ratio " + bound
                + (lower.amount() == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio())) + ")";
    }
}

package io.github.wageoutlook.distributions;

import io.github.wageoutlook.display.DisplayTable;
import io.github.wageoutlook.display.Tabular;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Collection;

/**
 * A full wage distribution estimated from what BLS publishes: the wage at any percentile, the percentile rank of
 * any wage, and bands between percentiles, for one occupation ({@link OccupationDistribution}) or an
 * employment-weighted group of occupations ({@link GroupDistribution}).
 *
 * <p>The method, measured on the shipped 2014–2024 files by the {@code accuracy} command: log-wage is interpolated
 * against the standard-normal quantile {@code z = Φ⁻¹(p)} with a monotone cubic (PCHIP) through the published
 * percentiles, so the published points are reproduced exactly and every answer is monotone; beyond the outermost
 * published percentiles log-wage continues linearly in {@code z} (a lognormal-shaped tail), and the slope of the
 * upper tail is chosen so that the distribution's mean equals BLS's published mean. A group is the mixture of its
 * occupations' distributions weighted by employment, and its percentiles solve {@code Σ w_i F_i(x) = p}.
 *
 * <pre>{@code
 * OccupationWages csr = Oews.national(2018).occupation("43-4051").orElseThrow();
 * WageDistribution d = WageDistribution.from(csr, WageBasis.ANNUAL);
 * d.wageAt(95);                        // the 95th percentile, estimated
 * d.rankOf(Wage.annual(40_000));       // P68.5 (between the median and P75)
 * d.interdecile().ratio();             // P90 / P10 = 2.50
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface WageDistribution extends Tabular permits OccupationDistribution, GroupDistribution {

    /**
     * The distribution of one occupation's wages on one basis.
     *
     * @param row an OEWS row
     * @param basis hourly or annual
     * @return the distribution
     * @throws IllegalArgumentException naming the occupation if BLS published no wages on that basis for it
     */
    static OccupationDistribution from(OccupationWages row, WageBasis basis) {
        return OccupationDistribution.from(row, basis);
    }

    /**
     * The employment-weighted mixture of several occupations (a user's list, or the members of a SOC group).
     *
     * @param label a name for the group, for printing
     * @param rows the occupations; rows without wages on the basis or without employment are left out and listed
     *     by {@link GroupDistribution#excluded()}
     * @param basis hourly or annual
     * @return the mixture
     * @throws IllegalArgumentException if no row has both wages on the basis and employment
     */
    static GroupDistribution mixture(String label, Collection<OccupationWages> rows, WageBasis basis) {
        return GroupDistribution.from(label, rows, basis);
    }

    /** @return what the distribution describes, e.g. "43-4051 Customer Service Representatives (May 2018)" */
    String label();

    /** @return the basis of every wage the distribution takes and returns */
    WageBasis basis();

    /**
     * The wage at a percentile: exact at a published percentile, else the model's estimate; a lower bound at and
     * above a top-coded percentile.
     *
     * @param percentile strictly between 0 and 100, e.g. 95
     * @return the wage
     * @throws IllegalArgumentException if the percentile is not strictly between 0 and 100
     */
    WageAtPercentile wageAt(double percentile);

    /**
     * The percentile rank of a wage, {@code 100·F(w)}: the share of workers earning at most {@code wage}.
     *
     * @param wage a wage on {@link #basis()}
     * @return the rank, 0 - 100 (a lower bound above a top-code)
     * @throws BasisMismatchException if the wage is on the other basis
     */
    PercentileRank rankOf(Wage wage);

    /** @return the mean of the estimated distribution (equal to BLS's mean when the tail could be matched to it) */
    Wage mean();

    /** @return the wage at the 50th percentile */
    default WageAtPercentile median() {
        return wageAt(50);
    }

    /**
     * The wages between two percentiles.
     *
     * @param lowerPercentile the lower end, strictly between 0 and 100
     * @param upperPercentile the upper end, above the lower and below 100
     * @return the band
     * @throws IllegalArgumentException if a percentile is outside (0, 100) or the ends are not in order
     */
    default PercentileBand band(double lowerPercentile, double upperPercentile) {
        if (!(upperPercentile > lowerPercentile)) {
            throw new IllegalArgumentException("Invalid value for upperPercentile (valid values > lowerPercentile "
                    + lowerPercentile + " and < 100): " + upperPercentile);
        }
        return new PercentileBand(wageAt(lowerPercentile), wageAt(upperPercentile));
    }

    /** @return the middle 80%, P10–P90; its {@link PercentileBand#ratio()} is the P90/P10 ratio */
    default PercentileBand interdecile() {
        return band(10, 90);
    }

    /** @return the middle 50%, P25–P75 */
    default PercentileBand interquartile() {
        return band(25, 75);
    }

    /**
     * Which bracket between the published percentiles a wage falls in.
     *
     * @param wage a wage on {@link #basis()}
     * @return the bracket of {@link #rankOf(Wage)}
     * @throws BasisMismatchException if the wage is on the other basis
     */
    default PercentileBracket bracketOf(Wage wage) {
        return rankOf(wage).bracket();
    }

    /**
     * The distribution laid out for display: the wage at the 5th, 10th, 25th, 50th, 75th, 90th and 95th
     * percentiles, each marked as BLS's published figure, a top-coded lower bound or the model's estimate; the mean
     * under it. A notebook shows it as an HTML table.
     *
     * @return the table laid out for display
     */
    @Override
    default DisplayTable toDisplayTable() {
        return DistributionDisplay.of(this);
    }
}

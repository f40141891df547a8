package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.WageBasis;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How a sample percentile is estimated from data: the Hyndman–Fan (1996) definitions, named so that the choice is
 * always explicit. With {@code n} sorted values {@code x_1 ≤ … ≤ x_n} (or a total weight {@code n}) and
 * {@code q = p/100}:
 * <table>
 *   <caption>Estimators</caption>
 *   <tr><th>estimator</th><th>position {@code h}</th><th>value</th><th>also known as</th></tr>
 *   <tr><td>{@link #R7_LINEAR}</td><td>{@code (n - 1)q + 1}</td><td>interpolated between {@code x_⌊h⌋} and
 *       {@code x_⌊h⌋+1}</td><td>Excel PERCENTILE.INC, NumPy and R defaults — this library's default</td></tr>
 *   <tr><td>{@link #R6_WEIBULL}</td><td>{@code (n + 1)q}</td><td>interpolated</td><td>Excel PERCENTILE.EXC,
 *       Minitab, SPSS</td></tr>
 *   <tr><td>{@link #R1_INVERTED_CDF}</td><td>{@code ⌈nq⌉}</td><td>{@code x_h}, no interpolation</td><td>the
 *       inverse of the empirical distribution function</td></tr>
 * </table>
 * Positions are clamped to {@code [1, n]}. Commons Math's {@code Percentile} defaults to its own {@code LEGACY}
 * type, which is none of these; this library never uses that default.
 *
 * <pre>{@code SalarySample.of(WageBasis.ANNUAL, 30_000, 40_000).percentile(25, QuantileEstimator.R6_WEIBULL);}</pre>
 */
public enum QuantileEstimator {
    /** Hyndman–Fan type 7, linear interpolation of the order statistics; the default. */
    R7_LINEAR(Percentile.EstimationType.R_7),
    /** Hyndman–Fan type 6, the mean-unbiased (Weibull) plotting position. */
    R6_WEIBULL(Percentile.EstimationType.R_6),
    /** Hyndman–Fan type 1, the inverse of the empirical distribution function. */
    R1_INVERTED_CDF(Percentile.EstimationType.R_1);

    private final Percentile.EstimationType commons;

    QuantileEstimator(Percentile.EstimationType commons) {
        this.commons = commons;
    }

    /** @return the matching Commons Math estimation type */
    public Percentile.EstimationType commonsType() {
        return commons;
    }

    /**
     * The 1-based position in the sorted sample (clamped to {@code [1, n]}).
     *
     * @param n the sample size or total weight
     * @param q the probability, {@code 0 < q ≤ 1}
     * @return the position
     */
    double position(double n, double q) {
        double h = switch (this) {
            case R7_LINEAR -> (n - 1) * q + 1;
            case R6_WEIBULL -> (n + 1) * q;
            case R1_INVERTED_CDF -> Math.ceil(n * q);
        };
        return Math.min(Math.max(h, 1), n);
    }
}

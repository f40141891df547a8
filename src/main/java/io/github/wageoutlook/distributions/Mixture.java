package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The employment-weighted mixture of some rows of {@link DistributionColumns} models: the one implementation behind
 * {@link GroupDistribution} and {@link DistributionColumns#mixtureWageAt(int[], double)}.
 *
 * <p>With weights {@code w_i} and member distribution functions {@code F_i}, the mixture's distribution function is
 * {@code F(x) = Σ w_i F_i(x) / Σ w_i}. The wage at percentile {@code p} solves {@code F(x) = p/100} with Brent's
 * method on {@code ln x} (Commons Math's {@link BrentSolver}, relative accuracy 1e-12, absolute 1e-13), bracketed by
 * the smallest and largest member wages at {@code p}, between which the mixture's always lies. At or above the
 * lowest top-code of a member, the answer is that top-code flagged as a lower bound.
 *
 * <p>This class is immutable and thread-safe once built (its arrays are not shared).
 */
final class Mixture {
    private final WageBasis basis;
    private final DistributionColumns[] models;
    private final int[] rows;
    private final double[] weights;
    private final double total;
    /** The lowest top-code of a member, infinite when none is top-coded. */
    private final double lowestTopCode;

    /**
     * The mixture of member {@code i}, row {@code rows[i]} of {@code models[i]}, with weight {@code weights[i]}.
     *
     * @param basis the members' basis
     * @param models the members' models, each with a model for its row
     * @param rows the members' rows
     * @param weights the members' weights, each above 0
     */
    Mixture(WageBasis basis, DistributionColumns[] models, int[] rows, double[] weights) {
        this.basis = basis;
        this.models = models;
        this.rows = rows;
        this.weights = weights;
        double sum = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            sum += weights[i];
            if (models[i].isTopCoded(rows[i])) {
                lowest = Math.min(lowest, models[i].amount(rows[i], models[i].count(rows[i]) - 1));
            }
        }
        total = sum;
        lowestTopCode = lowest;
    }

    /** @return the sum of the weights */
    double total() {
        return total;
    }

    /**
     * The mixture's wage at a percentile.
     *
     * @param percentile strictly between 0 and 100 (checked by the caller)
     * @return the wage, or the lowest top-code of a member as a lower bound
     */
    WageAtPercentile wageAt(double percentile) {
        double p = percentile / 100;
        double zp = StandardNormal.quantile(p);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < rows.length; i++) {
            double q = Math.exp(models[i].logQuantile(rows[i], zp));
            lo = Math.min(lo, q);
            hi = Math.max(hi, q);
        }
        double x;
        if (hi <= lo * (1 + 1e-14)) {
            x = lo;
        } else {
            x = Math.exp(new BrentSolver(1e-12, 1e-13).solve(500, v -> fraction(Math.exp(v)) - p, Math.log(lo),
                    Math.log(hi)));
        }
        if (x >= lowestTopCode) {
            return new WageAtPercentile(percentile, Wage.of(lowestTopCode, basis), true);
        }
        return new WageAtPercentile(percentile, Wage.of(x, basis), false);
    }

    /** The mixture's {@code F(amount)}, top-codes ignored. */
    double fraction(double amount) {
        if (amount <= 0) {
            return 0;
        }
        double logAmount = Math.log(amount);
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            sum += weights[i] * StandardNormal.cdf(models[i].normalScore(rows[i], logAmount, 0));
        }
        return sum / total;
    }
}

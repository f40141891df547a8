package io.github.wageoutlook.distributions;

import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A user's own salaries — a payroll export, survey answers — with percentiles and median computed by an explicitly
 * named estimator ({@link QuantileEstimator}, R-7 by default), unweighted or weighted.
 *
 * <p>Unweighted percentiles use Commons Math's {@code Percentile} with the estimation type set explicitly (its
 * default, LEGACY, is never used). Weights are frequency weights — a weight is how many workers earn that salary —
 * and a weighted percentile is the estimator applied to the sample with each salary repeated by its weight: with
 * cumulative weights {@code S_k} over the sorted salaries and total {@code W}, the {@code m}-th value is the
 * smallest {@code x_k} with {@code S_k ≥ m}, and the estimator's position {@code h} is computed from {@code W}
 * instead of {@code n}. Integer weights therefore give exactly the unweighted answer on the expanded sample;
 * fractional weights are allowed. {@link QuantileEstimator#R1_INVERTED_CDF} (the smallest salary whose cumulative
 * weight reaches {@code qW}) gives the same answer however the weights are scaled, so it suits shares
 * read weights as counts and need a total weight of at least 1.
 *
 * <pre>{@code
 * SalarySample pay = SalarySample.of(WageBasis.ANNUAL, 31_000, 34_500, 36_000, 52_000);
 * pay.median();                                          // $35,250/yr
 * pay.percentile(90, QuantileEstimator.R6_WEIBULL);      // Excel PERCENTILE.EXC
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SalarySample {
    private final WageBasis basis;
    private final double[] sorted;
    private final double[] cumulative;
    private final boolean weighted;

    private SalarySample(WageBasis basis, double[] sorted, double[] cumulative, boolean weighted) {
        this.basis = basis;
        this.sorted = sorted;
        this.cumulative = cumulative;
        this.weighted = weighted;
    }

    /**
     * An unweighted sample.
     *
     * @param basis the basis of every amount
     * @param amounts at least one salary, each finite and not negative
     * @return the sample
     * @throws IllegalArgumentException naming the first bad amount and its index, or if there is none
     */
    public static SalarySample of(WageBasis basis, double... amounts) {
        Objects.requireNonNull(amounts, "amounts must not be null");
        double[] weights = new double[amounts.length];
        Arrays.fill(weights, 1);
        return build(basis, amounts, weights, false);
    }

    /**
     * An unweighted sample of wages, all on one basis.
     *
     * @param wages at least one wage
     * @return the sample
     * @throws BasisMismatchException if hourly and annual wages are mixed
     * @throws IllegalArgumentException if there is no wage
     */
    public static SalarySample of(Collection<Wage> wages) {
        Objects.requireNonNull(wages, "wages must not be null");
        if (wages.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for wages (valid values: at least one wage): empty");
        }
        Wage first = wages.iterator().next();
        double[] amounts = new double[wages.size()];
        int i = 0;
        for (Wage w : wages) {
            Objects.requireNonNull(w, "wages must not contain null");
            first.requireSameBasis("build a salary sample", w);
            amounts[i++] = w.amount();
        }
        return of(first.basis(), amounts);
    }

    /**
     * A weighted sample (frequency weights: how many workers earn each salary).
     *
     * @param basis the basis of every amount
     * @param amounts at least one salary, each finite and not negative
     * @param weights one per amount, finite and not negative, with a positive total
     * @return the sample
     * @throws IllegalArgumentException naming the first bad amount or weight and its index, or if the lengths
     *     differ or the total weight is 0
     */
    public static SalarySample weighted(WageBasis basis, double[] amounts, double[] weights) {
        Objects.requireNonNull(amounts, "amounts must not be null");
        Objects.requireNonNull(weights, "weights must not be null");
        return build(basis, amounts, weights, true);
    }

    private static SalarySample build(WageBasis basis, double[] amounts, double[] weights, boolean weighted) {
        Objects.requireNonNull(basis, "basis must not be null");
        if (amounts.length == 0) {
            throw new IllegalArgumentException("Invalid value for amounts (valid values: at least one salary): "
                    + "empty");
        }
        if (weights.length != amounts.length) {
            throw new IllegalArgumentException("Invalid value for weights length (valid values: amounts length "
                    + amounts.length + "): " + weights.length);
        }
        for (int i = 0; i < amounts.length; i++) {
            if (!(amounts[i] >= 0 && Double.isFinite(amounts[i]))) {
                throw new IllegalArgumentException("Invalid value for amounts[" + i + "] (valid values 0 - finite "
                        + "dollars): " + amounts[i]);
            }
            if (!(weights[i] >= 0 && Double.isFinite(weights[i]))) {
                throw new IllegalArgumentException("Invalid value for weights[" + i + "] (valid values 0 - finite): "
                        + weights[i]);
            }
        }
        Integer[] order = IntStream.range(0, amounts.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> amounts[i]));
        double[] sorted = new double[amounts.length];
        double[] cumulative = new double[amounts.length];
        double sum = 0;
        for (int k = 0; k < order.length; k++) {
            sorted[k] = amounts[order[k]];
            sum += weights[order[k]];
            cumulative[k] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Invalid value for total weight (valid values > 0): " + sum);
        }
        return new SalarySample(basis, sorted, cumulative, weighted);
    }

    /** @return the basis of the salaries */
    public WageBasis basis() {
        return basis;
    }

    /** @return the number of salaries */
    public int size() {
        return sorted.length;
    }

    /** @return the total weight (the number of salaries when unweighted) */
    public double totalWeight() {
        return cumulative[cumulative.length - 1];
    }

    /** @return true when built with weights */
    public boolean isWeighted() {
        return weighted;
    }

    /**
     * The percentile by the default estimator, {@link QuantileEstimator#R7_LINEAR}.
     *
     * @param percentile {@code 0 < p ≤ 100}
     * @return the salary at that percentile
     * @throws IllegalArgumentException if the percentile is outside (0, 100]
     */
    public Wage percentile(double percentile) {
        return percentile(percentile, QuantileEstimator.R7_LINEAR);
    }

    /**
     * The percentile by a named estimator.
     *
     * @param percentile {@code 0 < p ≤ 100}
     * @param estimator how to estimate it
     * @return the salary at that percentile
     * @throws IllegalArgumentException if the percentile is outside (0, 100], or, for on a weighted
     *     sample, the total weight is below 1
     */
    public Wage percentile(double percentile, QuantileEstimator estimator) {
        Objects.requireNonNull(estimator, "estimator must not be null");
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("Invalid value for percentile (valid values 0 < p ≤ 100): "
                    + percentile);
        }
        if (!weighted) {
            return Wage.of(new Percentile().withEstimationType(estimator.commonsType()).evaluate(sorted, percentile),
                    basis);
        }
        if (estimator == QuantileEstimator.R1_INVERTED_CDF) {
            // The smallest salary whose cumulative weight reaches q·W: no rounding of the position, so shares
            // and counts give the same answer.
            return Wage.of(orderStatistic(percentile / 100 * totalWeight()), basis);
        }
        if (totalWeight() < 1) {
            throw new IllegalArgumentException("Invalid value for total weight with " + estimator + " (valid values"
                    + " ≥ 1: weights are counts of workers; use R1_INVERTED_CDF for shares): " + totalWeight());
        }
        double h = estimator.position(totalWeight(), percentile / 100);
        double low = Math.floor(h);
        double value = orderStatistic(low);
        if (h > low) {
            value += (h - low) * (orderStatistic(low + 1) - value);
        }
        return Wage.of(value, basis);
    }

    /** @return the median by the default estimator (R-7: the middle value, or the mean of the two middle ones) */
    public Wage median() {
        return percentile(50);
    }

    /**
     * The share of the sample (by weight) earning at most a wage, in percent: the empirical distribution function.
     *
     * @param wage a wage on the sample's basis
     * @return the rank, 0 - 100
     * @throws BasisMismatchException if the wage is on the other basis
     */
    public PercentileRank rankOf(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        if (wage.basis() != basis) {
            throw new BasisMismatchException("rank a wage in a salary sample", basis, wage.basis());
        }
        int k = Arrays.binarySearch(sorted, wage.amount());
        int idx;
        if (k >= 0) {
            while (k + 1 < sorted.length && sorted[k + 1] == wage.amount()) {
                k++;
            }
            idx = k;
        } else {
            idx = -k - 2;
        }
        double below = idx < 0 ? 0 : cumulative[idx];
        return new PercentileRank(wage, Math.min(100, 100 * below / totalWeight()), false);
    }

    /** The {@code m}-th value (1-based) of the sample with each salary repeated by its weight. */
    private double orderStatistic(double m) {
        for (int k = 0; k < sorted.length; k++) {
            if (cumulative[k] >= m - 1e-9 * totalWeight()) {
                return sorted[k];
            }
        }
        return sorted[sorted.length - 1];
    }

    /** Prints the size, basis, weighting and median. */
    @Override
    public String toString() {
        return "SalarySample[" + sorted.length + " " + basis.name().toLowerCase(java.util.Locale.ROOT)
                + " salaries" + (weighted ? ", weighted" : "") + ", median " + median() + " (R-7)]";
    }
}

package io.github.wageoutlook.distributions;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The percentiles the curves of a {@link DistributionColumns} may pass through, their standard-normal quantiles
 * {@code z = Φ⁻¹(p/100)}, and the part of the mean's quadrature that depends on them alone.
 *
 * <p>The interior of a curve contributes {@code ∫ e^{y(z)} φ(z) dz} to its mean, by 16-point Gauss–Legendre on each
 * segment {@code [z_k, z_{k+1}]} between two of its points: {@code Σ_i (h/2)·w_i · e^{y(z_k + t_i)} · φ(z_k + t_i)}
 * with {@code h = z_{k+1} - z_k} and {@code t_i = (h/2)(x_i + 1)}. Everything but {@code e^{y}} depends only on the
 * segment's two grid points, so it is computed once per pair of points the curves use: for BLS's five published
 * percentiles, {@link #PUBLISHED}, every pair (a row may lack any of them), once for all tables.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PercentileGrid {
    private static final double[] GAUSS_NODES;
    private static final double[] GAUSS_WEIGHTS;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(16);
        GAUSS_NODES = new double[rule.getNumberOfPoints()];
        GAUSS_WEIGHTS = new double[rule.getNumberOfPoints()];
        for (int i = 0; i < GAUSS_NODES.length; i++) {
            GAUSS_NODES[i] = rule.getPoint(i);
            GAUSS_WEIGHTS[i] = rule.getWeight(i);
        }
    }

    /** BLS's published percentiles, 10, 25, 50, 75 and 90, with every pair of them tabulated. */
    static final PercentileGrid PUBLISHED = new PercentileGrid(new double[] {10, 25, 50, 75, 90}, true);

    private final double[] percentiles;
    private final double[] z;
    /** For segment {@code (i, j)} at {@code i·size + j}: the offsets {@code t}, {@code (h/2)·w} and {@code φ(z_i + t)}. */
    private final double[][] nodeOffset;
    private final double[][] nodeWeight;
    private final double[][] nodeDensity;

    private PercentileGrid(double[] percentiles, boolean everyPair) {
        this.percentiles = percentiles;
        int n = percentiles.length;
        z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = StandardNormal.quantile(percentiles[i] / 100);
        }
        nodeOffset = new double[n * n][];
        nodeWeight = new double[n * n][];
        nodeDensity = new double[n * n][];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < (everyPair ? n : Math.min(n, i + 2)); j++) {
                tabulate(i, j);
            }
        }
    }

    /**
     * The grid of one curve's own points, e.g. a salary survey's percentiles or BLS's with some held out.
     *
     * @param percentiles strictly increasing, each strictly between 0 and 100 (checked by the caller)
     * @return the grid, with the segments between neighbouring percentiles tabulated
     */
    static PercentileGrid of(double[] percentiles) {
        return new PercentileGrid(percentiles.clone(), false);
    }

    private void tabulate(int i, int j) {
        int pair = i * z.length + j;
        double half = 0.5 * (z[j] - z[i]);
        nodeOffset[pair] = new double[GAUSS_NODES.length];
        nodeWeight[pair] = new double[GAUSS_NODES.length];
        nodeDensity[pair] = new double[GAUSS_NODES.length];
        for (int k = 0; k < GAUSS_NODES.length; k++) {
            double t = half * (GAUSS_NODES[k] + 1);
            nodeOffset[pair][k] = t;
            nodeWeight[pair][k] = half * GAUSS_WEIGHTS[k];
            nodeDensity[pair][k] = StandardNormal.density(z[i] + t);
        }
    }

    /** @return the number of grid points */
    int size() {
        return z.length;
    }

    /** @return the percentiles, the grid's own array: callers must not change it */
    double[] percentiles() {
        return percentiles;
    }

    /** @return the quantiles {@code Φ⁻¹(p/100)}, the grid's own array: callers must not change it */
    double[] zs() {
        return z;
    }

    /** @return the percentile of grid point {@code i} */
    double percentile(int i) {
        return percentiles[i];
    }

    /** @return {@code Φ⁻¹(p/100)} of grid point {@code i} */
    double z(int i) {
        return z[i];
    }

    /**
     * The interior part of a curve's mean, {@code ∫_{z_0}^{z_{n-1}} e^{y(z)} φ(z) dz}, by the tabulated rule.
     *
     * @param slots the curve's points as grid indices
     * @param slotOffset where the curve's first point is in {@code slots}
     * @param n the number of points
     * @param coef the curve's PCHIP coefficients, four per segment
     * @param coefOffset where the curve's first segment is in {@code coef}
     * @return the integral
     */
    double interiorMean(int[] slots, int slotOffset, int n, double[] coef, int coefOffset) {
        double sum = 0;
        for (int k = 0; k < n - 1; k++) {
            int pair = slots[slotOffset + k] * z.length + slots[slotOffset + k + 1];
            double[] t = nodeOffset[pair];
            double[] w = nodeWeight[pair];
            double[] density = nodeDensity[pair];
            int o = coefOffset + 4 * k;
            double c0 = coef[o];
            double c1 = coef[o + 1];
            double c2 = coef[o + 2];
            double c3 = coef[o + 3];
            for (int i = 0; i < t.length; i++) {
                double ti = t[i];
                sum += w[i] * Math.exp(c0 + ti * (c1 + ti * (c2 + ti * c3))) * density[i];
            }
        }
        return sum;
    }
}

package io.github.wageoutlook.distributions;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.analysis.interpolation.UnivariateInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * Monotone piecewise-cubic Hermite interpolation (PCHIP, Fritsch–Carlson), built on Commons Math's
 * {@link PolynomialSplineFunction}, which Commons Math 3.6.1 does not offer itself: the library's one PCHIP, which the
 * distribution model ({@link DistributionColumns}) fits every row with.
 *
 * <p>The algorithm (Fritsch &amp; Carlson 1980, with the Fritsch–Butland slopes used by MATLAB's {@code pchip}):
 * with widths {@code h_k = x_{k+1} - x_k} and secants {@code δ_k = (y_{k+1} - y_k) / h_k},
 * <ul>
 *   <li>an interior slope {@code d_k} is 0 where the secants change sign or one is 0 (a local extremum stays
 *       flat), else the weighted harmonic mean {@code (w1 + w2) / (w1/δ_{k-1} + w2/δ_k)} with
 *       {@code w1 = 2h_k + h_{k-1}}, {@code w2 = h_k + 2h_{k-1}};</li>
 *   <li>an end slope is the one-sided three-point estimate {@code ((2h_0 + h_1)δ_0 - h_0δ_1) / (h_0 + h_1)}, set to 0
 *       if its sign differs from {@code δ_0} and limited to {@code 3δ_0} when the secants change sign;</li>
 *   <li>each piece is the cubic Hermite polynomial with those end values and slopes, in the local variable
 *       {@code t = x - x_k}: {@code y_k + d_k t + c_2 t² + c_3 t³}, {@code c_2 = (3δ_k - 2d_k - d_{k+1}) / h_k},
 *       {@code c_3 = (d_k + d_{k+1} - 2δ_k) / h_k²}.</li>
 * </ul>
 * These slopes satisfy {@code |d| ≤ 3|δ|}, so the interpolant is monotone wherever the data are, never overshoots
 * a data value, and is continuously differentiable. With two points it is the straight line.
 *
 * <pre>{@code
 * PolynomialSplineFunction f = new MonotoneCubicInterpolator().interpolate(
 *         new double[] {-1.28, 0, 1.28}, new double[] {10.0, 10.4, 10.9});
 * f.value(0.5);   // between 10.4 and 10.9, never outside
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonotoneCubicInterpolator implements UnivariateInterpolator {

    /** Creates the interpolator (it has no settings). */
    public MonotoneCubicInterpolator() {
    }

    /**
     * Interpolates the points.
     *
     * @param x the abscissae, at least two, finite and strictly increasing
     * @param y the ordinates, finite, as many as {@code x}
     * @return the monotone cubic spline through every point
     * @throws IllegalArgumentException if the arrays are of different lengths, shorter than 2, not finite, or
     *     {@code x} is not strictly increasing (named with its index and values)
     */
    @Override
    public PolynomialSplineFunction interpolate(double[] x, double[] y) {
        double[][] c = coefficients(x, y);
        PolynomialFunction[] pieces = new PolynomialFunction[c.length];
        for (int k = 0; k < c.length; k++) {
            pieces[k] = new PolynomialFunction(c[k]);
        }
        return new PolynomialSplineFunction(x.clone(), pieces);
    }

    /**
     * The coefficients of each piece, {@code {c0, c1, c2, c3}} in the local variable {@code t = x - x_k}, for callers
     * that evaluate or invert pieces themselves.
     *
     * @param x the abscissae, at least two, finite and strictly increasing
     * @param y the ordinates, finite, as many as {@code x}
     * @return {@code x.length - 1} arrays of four coefficients
     * @throws IllegalArgumentException as {@link #interpolate(double[], double[])}
     */
    public static double[][] coefficients(double[] x, double[] y) {
        check(x, y);
        int n = x.length;
        double[] flat = new double[4 * (n - 1)];
        coefficients(x, y, n, new double[n], flat, 0);
        double[][] c = new double[n - 1][];
        for (int k = 0; k < n - 1; k++) {
            c[k] = Arrays.copyOfRange(flat, 4 * k, 4 * k + 4);
        }
        return c;
    }

    /**
     * The Fritsch–Carlson slopes at the data points.
     *
     * @param x the abscissae, at least two, finite and strictly increasing
     * @param y the ordinates, finite, as many as {@code x}
     * @return the derivative of the interpolant at each point
     * @throws IllegalArgumentException as {@link #interpolate(double[], double[])}
     */
    public static double[] slopes(double[] x, double[] y) {
        check(x, y);
        double[] d = new double[x.length];
        slopes(x, y, x.length, d);
        return d;
    }

    /**
     * The coefficients of the first {@code n} points, without allocating: the one implementation behind
     * {@link #coefficients(double[], double[])} and the distribution model, which fits hundreds of thousands of rows
     * into flat arrays. The points are not checked.
     *
     * @param x the abscissae; the first {@code n} are used
     * @param y the ordinates; the first {@code n} are used
     * @param n the number of points, at least 2
     * @param d scratch space for the slopes, at least {@code n} long
     * @param out receives {@code c0, c1, c2, c3} of piece {@code k} at {@code offset + 4k}
     * @param offset where piece 0 starts in {@code out}
     */
    static void coefficients(double[] x, double[] y, int n, double[] d, double[] out, int offset) {
        slopes(x, y, n, d);
        for (int k = 0; k < n - 1; k++) {
            double h = x[k + 1] - x[k];
            double delta = (y[k + 1] - y[k]) / h;
            int o = offset + 4 * k;
            out[o] = y[k];
            out[o + 1] = d[k];
            out[o + 2] = (3 * delta - 2 * d[k] - d[k + 1]) / h;
            out[o + 3] = (d[k] + d[k + 1] - 2 * delta) / (h * h);
        }
    }

    private static void slopes(double[] x, double[] y, int n, double[] d) {
        if (n == 2) {
            double delta = (y[1] - y[0]) / (x[1] - x[0]);
            d[0] = delta;
            d[1] = delta;
            return;
        }
        for (int k = 1; k < n - 1; k++) {
            double h0 = x[k] - x[k - 1];
            double h1 = x[k + 1] - x[k];
            double delta0 = (y[k] - y[k - 1]) / h0;
            double delta1 = (y[k + 1] - y[k]) / h1;
            if (delta0 * delta1 <= 0) {
                d[k] = 0;
            } else {
                double w1 = 2 * h1 + h0;
                double w2 = h1 + 2 * h0;
                d[k] = (w1 + w2) / (w1 / delta0 + w2 / delta1);
            }
        }
        d[0] = endSlope(x[1] - x[0], x[2] - x[1], (y[1] - y[0]) / (x[1] - x[0]), (y[2] - y[1]) / (x[2] - x[1]));
        d[n - 1] = endSlope(x[n - 1] - x[n - 2], x[n - 2] - x[n - 3], (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]),
                (y[n - 2] - y[n - 3]) / (x[n - 2] - x[n - 3]));
    }

    private static double endSlope(double h0, double h1, double delta0, double delta1) {
        double d = ((2 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(delta0)) {
            return 0;
        }
        if (Math.signum(delta0) != Math.signum(delta1) && Math.abs(d) > 3 * Math.abs(delta0)) {
            return 3 * delta0;
        }
        return d;
    }

    private static void check(double[] x, double[] y) {
        Objects.requireNonNull(x, "x must not be null");
        Objects.requireNonNull(y, "y must not be null");
        if (x.length != y.length) {
            throw new IllegalArgumentException("Invalid value for y length (valid values: x length " + x.length
                    + "): " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("Invalid value for number of points (valid values 2 or more): "
                    + x.length);
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException("Invalid point " + k + " (valid values finite): (" + x[k] + ", "
                        + y[k] + ")");
            }
            if (k > 0 && x[k] <= x[k - 1]) {
                throw new IllegalArgumentException("Invalid value for x[" + k + "] (valid values > x[" + (k - 1)
                        + "] = " + x[k - 1] + ", strictly increasing): " + x[k]);
            }
        }
    }

    /**
     * Solves {@code c1·t + c2·t² + c3·t³ = target} for t in [0, h] on one segment of a monotone cubic: Newton steps,
     * kept inside the bracket by bisection where a step would leave it (the segment is increasing, so the root is
     * unique). The distribution model ranks a wage with it.
     *
     * @param c1 the linear coefficient
     * @param c2 the quadratic coefficient
     * @param c3 the cubic coefficient
     * @param target the value to reach, between 0 and the segment's rise
     * @param h the segment's width
     * @param start the first guess, inside [0, h]
     * @return t, the offset from the segment's left knot
     */
    static double invertSegment(double c1, double c2, double c3, double target, double h, double start) {
        double lo = 0;
        double hi = h;
        double t = start;
        for (int i = 0; i < 60; i++) {
            double f = t * (c1 + t * (c2 + t * c3)) - target;
            if (f > 0) {
                hi = t;
            } else {
                lo = t;
            }
            double d = c1 + t * (2 * c2 + 3 * t * c3);
            double next = d > 0 ? t - f / d : 0.5 * (lo + hi);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - t) <= 1e-15 * h) {
                return next;
            }
            t = next;
        }
        return t;
    }
}

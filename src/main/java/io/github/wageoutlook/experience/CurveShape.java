package io.github.wageoutlook.experience;

import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/** A fitted shape: pay (before scaling) as a function of experience. */
abstract class CurveShape {

    /** Gauss–Legendre points for the bracket averages (and the Mincer fit's moments). */
    static final int QUADRATURE_POINTS = 20;
    static final GaussIntegrator UNIT = new GaussIntegratorFactory().legendre(QUADRATURE_POINTS, 0, 1);

    abstract double value(double x);

    /** Breakpoints where the shape is not smooth, for integration. */
    double[] breaks() {
        return new double[0];
    }

    abstract int parameters();

    abstract List<Double> coefficients();

    abstract String formula();

    /** 1/(hi − lo) ∫ value over [lo, hi], Gauss–Legendre on each smooth piece. */
    double average(double lo, double hi) {
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(lo);
        cuts.add(hi);
        for (double k : breaks()) {
            if (k > lo && k < hi) {
                cuts.add(k);
            }
        }
        double sum = 0;
        Double prev = null;
        for (double c : cuts) {
            if (prev != null) {
                sum += integrate(prev, c);
            }
            prev = c;
        }
        return sum / (hi - lo);
    }

    private double integrate(double a, double b) {
        double s = 0;
        for (int i = 0; i < UNIT.getNumberOfPoints(); i++) {
            s += UNIT.getWeight(i) * value(a + (b - a) * UNIT.getPoint(i));
        }
        return s * (b - a);
    }

    /** Least squares solution of X θ = y (QR); names the problem instead of a Commons Math exception. */
    static double[] solve(double[][] x, double[] y, String problem) {
        RealMatrix m = new Array2DRowRealMatrix(x, false);
        RealVector v = new ArrayRealVector(y, false);
        try {
            double[] theta = new QRDecomposition(m, 1e-12).getSolver().solve(v).toArray();
            for (double t : theta) {
                if (!Double.isFinite(t)) {
                    throw new IllegalArgumentException("Cannot fit the curve: " + problem);
                }
            }
            return theta;
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("Cannot fit the curve: " + problem, e);
        }
    }
}

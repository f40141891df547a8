package io.github.wageoutlook.experience;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.EvaluationRmsChecker;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The Mincer earnings function ln w = a + b·x + c·x² (Mincer, <i>Schooling, Experience, and Earnings</i>, 1974), x in
 * years of experience, fitted so that its average over each bracket matches the bracket's pay.
 */
final class MincerShape extends CurveShape {
    /** Evaluations (and iterations) allowed to the optimizer; the shipped fits need a handful. */
    static final int MAX_EVALUATIONS = 1000;
    final double a;
    final double b;
    final double c;

    MincerShape(double a, double b, double c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /**
     * Least squares on r_i = ln p_i − ln avg_i(θ) with Commons Math's Levenberg–Marquardt optimizer, started from
     * the closed form for the average of ln w over each bracket (linear in θ: a + b·(lo + hi)/2 +
     * c·(lo² + lo·hi + hi²)/3). The Jacobian is analytic: ∂ ln avg_i / ∂θ_j = avg_i(w·x^j) / avg_i(w).
     */
    static MincerShape fit(double[][] ranges, double[] logPay) {
        double[] start = closedForm(ranges, logPay);
        double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[] theta = optimize(ranges, logPay, new double[3], identity, start);
        return new MincerShape(theta[0], theta[1], theta[2]);
    }

    /** The least-squares θ for the bracket averages of ln w, which are linear in θ: the optimizer's start. */
    static double[] closedForm(double[][] ranges, double[] logPay) {
        int n = ranges.length;
        double[][] design = new double[n][];
        for (int i = 0; i < n; i++) {
            double lo = ranges[i][0];
            double hi = ranges[i][1];
            design[i] = new double[] {1, (lo + hi) / 2, (lo * lo + lo * hi + hi * hi) / 3};
        }
        return CurveShape.solve(design, logPay, "the brackets do not determine a quadratic");
    }

    /**
     * Levenberg–Marquardt over the affine family θ = origin + basis·φ (φ has as many entries as {@code basis} has
     * columns; the identity basis is the free fit), from θ ≈ {@code start}.
     *
     * @return the fitted θ = (a, b, c)
     * @throws IllegalArgumentException if the optimizer does not converge or the fit diverges
     */
    static double[] optimize(double[][] ranges, double[] logPay, double[] origin, double[][] basis, double[] start) {
        int n = ranges.length;
        int k = basis[0].length;
        double[] phi0 = new double[k];
        for (int j = 0; j < k; j++) {
            for (int r = 0; r < 3; r++) {
                phi0[j] += basis[r][j] * (start[r] - origin[r]);
            }
        }
        MultivariateJacobianFunction model = point -> {
            double[] theta = theta(origin, basis, point.toArray());
            MincerShape m = new MincerShape(theta[0], theta[1], theta[2]);
            double[] value = new double[n];
            double[][] jacobian = new double[n][k];
            for (int i = 0; i < n; i++) {
                double[] moments = m.moments(ranges[i][0], ranges[i][1]);
                value[i] = Math.log(moments[0]);
                for (int j = 0; j < k; j++) {
                    for (int r = 0; r < 3; r++) {
                        jacobian[i][j] += moments[r + 1] / moments[0] * basis[r][j];
                    }
                }
            }
            return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(phi0)
                .model(model)
                .target(logPay)
                .lazyEvaluation(false)
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .checker(new EvaluationRmsChecker(0, 1e-15))
                .build();
        double[] theta;
        try {
            theta = theta(origin, basis, new LevenbergMarquardtOptimizer().optimize(problem).getPoint().toArray());
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            throw new IllegalArgumentException("Cannot fit the Mincer curve: no convergence within "
                    + MAX_EVALUATIONS + " evaluations; try the monotone or linear method", e);
        }
        for (double t : theta) {
            if (!Double.isFinite(t)) {
                throw new IllegalArgumentException("Cannot fit the Mincer curve: the fit diverged; try the monotone or "
                        + "linear method");
            }
        }
        return theta;
    }

    private static double[] theta(double[] origin, double[][] basis, double[] phi) {
        double[] theta = origin.clone();
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < phi.length; j++) {
                theta[r] += basis[r][j] * phi[j];
            }
        }
        return theta;
    }

    /** Σ (ln p_i − ln avg_i)², the objective. */
    double sumOfSquares(double[][] ranges, double[] logPay) {
        double ss = 0;
        for (int i = 0; i < ranges.length; i++) {
            double r = logPay[i] - Math.log(average(ranges[i][0], ranges[i][1]));
            ss += r * r;
        }
        return Double.isFinite(ss) ? ss : Double.POSITIVE_INFINITY;
    }

    /** Bracket means of w, w, w·x, w·x² over [lo, hi]: the average and the Jacobian row of ln avg. */
    private double[] moments(double lo, double hi) {
        double[] s = new double[4];
        for (int i = 0; i < CurveShape.UNIT.getNumberOfPoints(); i++) {
            double x = lo + (hi - lo) * CurveShape.UNIT.getPoint(i);
            double w = CurveShape.UNIT.getWeight(i) * value(x);
            s[0] += w;
            s[1] += w;
            s[2] += w * x;
            s[3] += w * x * x;
        }
        return s;
    }

    @Override
    double value(double x) {
        return Math.exp(a + b * x + c * x * x);
    }

    @Override
    int parameters() {
        return 3;
    }

    @Override
    List<Double> coefficients() {
        return List.of(a, b, c);
    }

    @Override
    String formula() {
        return String.format(Locale.ROOT, "ln w = %.4f %s %.5f·x %s %.7f·x²", a, b < 0 ? "−" : "+", Math.abs(b),
                c < 0 ? "−" : "+", Math.abs(c));
    }
}

package io.github.wageoutlook.experience;

import java.util.List;
import java.util.Locale;

/**
 * The Mincer earnings function ln w = a + b·x + c·x² (Mincer, <i>Schooling, Experience, and Earnings</i>, 1974), x in
 * years of experience, fitted so that its average over each bracket matches the bracket's pay.
 */
final class MincerShape extends CurveShape {
    final double a;
    final double b;
    final double c;

    MincerShape(double a, double b, double c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /**
     * Least squares on r_i = ln p_i − ln avg_i(θ): start from the closed form for the average of ln w over each
     * bracket (linear in θ: a + b·(lo + hi)/2 + c·(lo² + lo·hi + hi²)/3), then Gauss–Newton with step halving.
     */
    static MincerShape fit(double[][] ranges, double[] logPay) {
        int n = ranges.length;
        double[][] design = new double[n][];
        for (int i = 0; i < n; i++) {
            double lo = ranges[i][0];
            double hi = ranges[i][1];
            design[i] = new double[] {1, (lo + hi) / 2, (lo * lo + lo * hi + hi * hi) / 3};
        }
        double[] theta = CurveShape.solve(design, logPay, "the brackets do not determine a quadratic");
        double ss = sumOfSquares(ranges, logPay, theta);
        for (int iter = 0; iter < 100; iter++) {
            double[][] jac = new double[n][3];
            double[] res = new double[n];
            MincerShape m = new MincerShape(theta[0], theta[1], theta[2]);
            for (int i = 0; i < n; i++) {
                double[] moments = m.moments(ranges[i][0], ranges[i][1]);
                res[i] = logPay[i] - Math.log(moments[0]);
                for (int j = 0; j < 3; j++) {
                    jac[i][j] = moments[j + 1] / moments[0];
                }
            }
            double[] step = CurveShape.solve(jac, res, "the MincerShape fit is degenerate");
            double t = 1;
            double[] next = new double[3];
            double nextSs = Double.POSITIVE_INFINITY;
            for (int halvings = 0; halvings < 30; halvings++, t /= 2) {
                for (int j = 0; j < 3; j++) {
                    next[j] = theta[j] + t * step[j];
                }
                nextSs = sumOfSquares(ranges, logPay, next);
                if (nextSs <= ss) {
                    break;
                }
            }
            if (!(nextSs <= ss)) {
                break;
            }
            double change = Math.abs(t * step[0]) + Math.abs(t * step[1]) + Math.abs(t * step[2]);
            theta = next.clone();
            ss = nextSs;
            if (change < 1e-13) {
                break;
            }
        }
        return new MincerShape(theta[0], theta[1], theta[2]);
    }

    /** Bracket means of w, w·x, w·x² over [lo, hi], for the Jacobian of ln avg. */
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

    private static double sumOfSquares(double[][] ranges, double[] logPay, double[] theta) {
        MincerShape m = new MincerShape(theta[0], theta[1], theta[2]);
        double ss = 0;
        for (int i = 0; i < ranges.length; i++) {
            double r = logPay[i] - Math.log(m.average(ranges[i][0], ranges[i][1]));
            ss += r * r;
        }
        return Double.isFinite(ss) ? ss : Double.POSITIVE_INFINITY;
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

package io.github.wageoutlook.experience;

import java.util.List;
import java.util.Locale;

/** w = α + β·x within [lo, hi], flat beyond. */
final class LinearShape extends CurveShape {
    final double alpha;
    final double beta;
    final double lo;
    final double hi;

    LinearShape(double alpha, double beta, double lo, double hi) {
        this.alpha = alpha;
        this.beta = beta;
        this.lo = lo;
        this.hi = hi;
    }

    static LinearShape fit(double[][] ranges, double[] pay) {
        int n = ranges.length;
        double[][] design = new double[n][];
        for (int i = 0; i < n; i++) {
            design[i] = new double[] {1, (ranges[i][0] + ranges[i][1]) / 2};
        }
        double[] theta = CurveShape.solve(design, pay, "the brackets do not determine a line");
        LinearShape l = new LinearShape(theta[0], theta[1], ranges[0][0], ranges[n - 1][1]);
        for (double x : new double[] {l.lo, l.hi}) {
            if (!(l.value(x) > 0)) {
                throw new IllegalArgumentException("Cannot fit a line: it falls to " + String.format(
                        Locale.ROOT, "%.2f", l.value(x)) + " at " + ExperienceBracket.fmt(x)
                        + " years; use the monotone method");
            }
        }
        return l;
    }

    @Override
    double value(double x) {
        return alpha + beta * Math.max(lo, Math.min(hi, x));
    }

    @Override
    double[] breaks() {
        return new double[] {lo, hi};
    }

    @Override
    int parameters() {
        return 2;
    }

    @Override
    List<Double> coefficients() {
        return List.of(alpha, beta);
    }

    @Override
    String formula() {
        return String.format(Locale.ROOT, "w = %,.2f %s %,.2f·x", alpha, beta < 0 ? "−" : "+", Math.abs(beta));
    }
}

package io.github.wageoutlook.experience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Monotone piecewise cubic Hermite interpolation of log pay (Fritsch–Carlson slopes as in Moler's pchip),
 * knots at bracket midpoints, extended with the end slopes to the range's ends and flat beyond.
 */
final class MonotoneShape extends CurveShape {
    final double[] t;
    final double[] v;
    final double[] d;
    final double lo;
    final double hi;

    MonotoneShape(double[] t, double[] v, double lo, double hi) {
        this.t = t;
        this.v = v;
        this.d = slopes(t, v);
        this.lo = lo;
        this.hi = hi;
    }

    /** Knot values adjusted by fixed-point iteration, v ← v + (ln p − ln avg), until averages match. */
    static MonotoneShape fit(double[][] ranges, double[] logPay) {
        int n = ranges.length;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (ranges[i][0] + ranges[i][1]) / 2;
        }
        double[] v = logPay.clone();
        MonotoneShape p = new MonotoneShape(t, v, ranges[0][0], ranges[n - 1][1]);
        for (int iter = 0; iter < 1000; iter++) {
            double worst = 0;
            double[] next = v.clone();
            for (int i = 0; i < n; i++) {
                double r = logPay[i] - Math.log(p.average(ranges[i][0], ranges[i][1]));
                next[i] += r;
                worst = Math.max(worst, Math.abs(r));
            }
            if (worst < 1e-12) {
                return p;
            }
            v = next;
            p = new MonotoneShape(t, v, ranges[0][0], ranges[n - 1][1]);
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(logPay[i] - Math.log(p.average(ranges[i][0], ranges[i][1]))));
        }
        if (worst > 1e-6) {
            throw new IllegalArgumentException("Cannot fit the monotone curve: the bracket averages are not "
                    + "matched after 1000 iterations (worst log error " + worst + "); try the mincer or linear method");
        }
        return p;
    }

    private static double[] slopes(double[] t, double[] v) {
        int n = t.length;
        double[] h = new double[n - 1];
        double[] del = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = t[k + 1] - t[k];
            del[k] = (v[k + 1] - v[k]) / h[k];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = del[0];
            d[1] = del[0];
            return d;
        }
        for (int k = 1; k < n - 1; k++) {
            if (del[k - 1] * del[k] > 0) {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / del[k - 1] + w2 / del[k]);
            }
        }
        d[0] = endSlope(h[0], h[1], del[0], del[1]);
        d[n - 1] = endSlope(h[n - 2], h[n - 3], del[n - 2], del[n - 3]);
        return d;
    }

    private static double endSlope(double h0, double h1, double del0, double del1) {
        double s = ((2 * h0 + h1) * del0 - h0 * del1) / (h0 + h1);
        if (Math.signum(s) != Math.signum(del0)) {
            return 0;
        }
        if (Math.signum(del0) != Math.signum(del1) && Math.abs(s) > Math.abs(3 * del0)) {
            return 3 * del0;
        }
        return s;
    }

    @Override
    double value(double x) {
        double y = Math.max(lo, Math.min(hi, x));
        int n = t.length;
        double log;
        if (y <= t[0]) {
            log = v[0] + d[0] * (y - t[0]);
        } else if (y >= t[n - 1]) {
            log = v[n - 1] + d[n - 1] * (y - t[n - 1]);
        } else {
            int k = 0;
            while (y > t[k + 1]) {
                k++;
            }
            double h = t[k + 1] - t[k];
            double s = (y - t[k]) / h;
            double h00 = (1 + 2 * s) * (1 - s) * (1 - s);
            double h10 = s * (1 - s) * (1 - s);
            double h01 = s * s * (3 - 2 * s);
            double h11 = s * s * (s - 1);
            log = h00 * v[k] + h10 * h * d[k] + h01 * v[k + 1] + h11 * h * d[k + 1];
        }
        return Math.exp(log);
    }

    @Override
    double[] breaks() {
        double[] b = new double[t.length + 2];
        System.arraycopy(t, 0, b, 0, t.length);
        b[t.length] = lo;
        b[t.length + 1] = hi;
        return b;
    }

    @Override
    int parameters() {
        return t.length;
    }

    @Override
    List<Double> coefficients() {
        List<Double> c = new ArrayList<>();
        for (double x : v) {
            c.add(x);
        }
        return List.copyOf(c);
    }

    @Override
    String formula() {
        StringBuilder b = new StringBuilder("monotone cubic in ln w through ");
        for (int i = 0; i < t.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "(%s yrs, $%,.0f)",
                    ExperienceBracket.fmt(t[i]), Math.exp(v[i])));
        }
        return b.toString();
    }
}

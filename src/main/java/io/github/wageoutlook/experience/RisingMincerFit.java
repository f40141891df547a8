package io.github.wageoutlook.experience;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The Mincer fit constrained to keep rising brackets' shape ({@link CurveMethod#RISING}): ln w = a + b·x + c·x² by
 * least squares on the log bracket averages, subject to three constraints linear in θ = (a, b, c):
 * <ol>
 *   <li>rising at the start of the bracketed range, b + 2c·start ≥ 0;</li>
 *   <li>rising at its end, b + 2c·end ≥ 0 (with 1, the slope of a parabola is then non-negative on the whole
 *       range);</li>
 *   <li>under the ceiling at the end, where a rising curve is highest: a + b·end + c·end² ≤ ln ceiling
 *       ({@link SurveyShape#ceiling(double[])}).</li>
 * </ol>
 * Solved by active sets: the free fit if it meets all three; otherwise the best fit among those with one or two of
 * the constraints held as equalities (Levenberg–Marquardt over the remaining free directions) or all three, that meet
 * the others. A flat curve at the lowest bracket's pay meets all three, so there is always an answer.
 */
final class RisingMincerFit {
    /** Slack allowed on a constraint, in log pay (or log pay per year for the slopes). */
    private static final double TOLERANCE = 1e-9;

    private RisingMincerFit() {
    }

    /**
     * @param ranges the brackets' ranges, the open one at its assumed width
     * @param logPay the log of the bracket figures, rising
     * @param ceiling the highest pay allowed, in dollars
     * @return the best Mincer shape that rises over the range and stays under the ceiling
     */
    static MincerShape fit(double[][] ranges, double[] logPay, double ceiling) {
        double s = ranges[0][0];
        double e = ranges[ranges.length - 1][1];
        double[][] g = {{0, -1, -2 * s}, {0, -1, -2 * e}, {1, e, e * e}};
        double[] h = {0, 0, Math.log(ceiling)};
        double[] start = MincerShape.closedForm(ranges, logPay);
        MincerShape best = null;
        double bestSs = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 8; mask++) {
            List<Integer> active = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                if ((mask & (1 << k)) != 0) {
                    active.add(k);
                }
            }
            double[] theta;
            try {
                theta = onFace(ranges, logPay, g, h, active, start);
            } catch (IllegalArgumentException singularOrDiverged) {
                continue;
            }
            if (theta == null || !feasible(g, h, theta)) {
                continue;
            }
            MincerShape m = new MincerShape(theta[0], theta[1], theta[2]);
            double ss = m.sumOfSquares(ranges, logPay);
            if (ss < bestSs) {
                bestSs = ss;
                best = m;
            }
        }
        if (best == null) {
            // Unreachable in exact arithmetic: the flat curve at the lowest pay meets every constraint.
            return new MincerShape(logPay[0], 0, 0);
        }
        return best;
    }

    /** The least-squares θ with the active constraints held as equalities; null when they have no common point. */
    private static double[] onFace(double[][] ranges, double[] logPay, double[][] g, double[] h, List<Integer> active,
                                   double[] start) {
        if (active.isEmpty()) {
            double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
            return MincerShape.optimize(ranges, logPay, new double[3], identity, start);
        }
        double[][] rows = new double[active.size()][];
        double[] rhs = new double[active.size()];
        for (int i = 0; i < active.size(); i++) {
            rows[i] = g[active.get(i)];
            rhs[i] = h[active.get(i)];
        }
        RealMatrix a = new Array2DRowRealMatrix(rows, false);
        if (new SingularValueDecomposition(a).getRank() < active.size()) {
            return null;
        }
        // The point of the face nearest the origin, Aᵀ (A Aᵀ)⁻¹ h, and the face's free directions: the columns of
        // the full Q of Aᵀ = QR beyond the first |A|, which span the null space of A.
        RealMatrix gram = a.multiply(a.transpose());
        double[] origin = a.transpose().operate(new LUDecomposition(gram).getSolver()
                .solve(new ArrayRealVector(rhs, false))).toArray();
        int free = 3 - active.size();
        if (free == 0) {
            return origin;
        }
        RealMatrix q = new QRDecomposition(a.transpose()).getQ();
        double[][] basis = new double[3][free];
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < free; j++) {
                basis[r][j] = q.getEntry(r, active.size() + j);
            }
        }
        return MincerShape.optimize(ranges, logPay, origin, basis, start);
    }

    private static boolean feasible(double[][] g, double[] h, double[] theta) {
        for (int k = 0; k < g.length; k++) {
            double lhs = g[k][0] * theta[0] + g[k][1] * theta[1] + g[k][2] * theta[2];
            if (lhs > h[k] + TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}

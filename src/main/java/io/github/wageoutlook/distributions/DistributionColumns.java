package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The wage-distribution model of {@link OccupationDistribution} fitted to every row of an {@link OewsTable} at once,
 * on one basis, and held column-wise, so that a rank or a percentile for all rows costs one pass over primitive
 * arrays instead of one object per row (about 5 µs each to build, 2 s for BLS's 400,000-row all-areas file).
 *
 * <p>The model is the same, row for row: PCHIP through the published percentiles in (standard-normal quantile,
 * log-wage) space; a lognormal lower tail with the slope of the first segment; an upper tail whose slope makes the
 * distribution's mean equal BLS's published mean (interior mean by the same 16-point Gauss–Legendre rule per segment;
 * the slope solved by safeguarded Newton steps on {@code ln E_tail(t) = ln(mean − fixed part)} to 1e-13 rather than
 * by Brent's method); top-coded percentiles treated as lower bounds. Rows for which
 * {@link OccupationDistribution#from(OccupationWages, WageBasis)} would refuse (no wages on the basis, fewer than two
 * usable percentiles) have no model: their results are NaN and {@link #hasModel(int)} is false.
 *
 * <pre>{@code
 * DistributionColumns m = DistributionColumns.fit(allAreas, WageBasis.ANNUAL);  // once per table and basis
 * ColumnResult ranks = m.rankOf(60_000);   // P-rank of $60,000 in every row
 * ColumnResult p95 = m.wageAt(95);         // estimated 95th percentile of every row
 * }</pre>
 *
 * <p>Why one class of about 700 lines: the fit and the queries share flat per-row arrays and precomputed
 * quadrature tables in the hot loops that make a query over 400,000 rows take milliseconds (BENCHMARKS.md);
 * splitting them would mean handing those arrays between classes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistributionColumns {
    private static final int[] PERCENTILES = {10, 25, 50, 75, 90};
    private static final int SLOTS = PERCENTILES.length;
    private static final int COEFS = 4 * (SLOTS - 1);
    private static final double[] Z = new double[SLOTS];
    private static final double[] GAUSS_NODES;
    private static final double[] GAUSS_WEIGHTS;
    /** For each set of used percentiles (a bit mask), each segment and Gauss node: the offset {@code t} from z_k. */
    private static final double[][][] NODE_T = new double[1 << SLOTS][][];
    /** … and {@code half · weight · φ(z_k + t)}, the part of the integrand that does not depend on the row. */
    private static final double[][][] NODE_W = new double[1 << SLOTS][][];
    private static final int FIRST_ANNUAL_PERCENTILE = 10;
    private static final int FIRST_HOURLY_PERCENTILE = 5;
    private static final int ANNUAL_MEAN = 3;
    private static final int HOURLY_MEAN = 2;
    /** For each set of used percentiles (a bit mask): the index in {@link #PERCENTILES} of its j-th point. */
    private static final int[][] SLOT = new int[1 << SLOTS][];
    /** Rows per task when a pass is split over the common fork-join pool. */
    private static final int CHUNK = 8192;

    static {
        for (int i = 0; i < SLOTS; i++) {
            Z[i] = StandardNormal.quantile(PERCENTILES[i] / 100.0);
        }
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(16);
        GAUSS_NODES = new double[rule.getNumberOfPoints()];
        GAUSS_WEIGHTS = new double[rule.getNumberOfPoints()];
        for (int i = 0; i < GAUSS_NODES.length; i++) {
            GAUSS_NODES[i] = rule.getPoint(i);
            GAUSS_WEIGHTS[i] = rule.getWeight(i);
        }
        for (int mask = 0; mask < 1 << SLOTS; mask++) {
            SLOT[mask] = new int[Integer.bitCount(mask)];
            for (int i = 0, j = 0; i < SLOTS; i++) {
                if ((mask & 1 << i) != 0) {
                    SLOT[mask][j++] = i;
                }
            }
            double[] z = zOf(mask);
            if (z.length < 2) {
                continue;
            }
            NODE_T[mask] = new double[z.length - 1][GAUSS_NODES.length];
            NODE_W[mask] = new double[z.length - 1][GAUSS_NODES.length];
            for (int k = 0; k < z.length - 1; k++) {
                double half = 0.5 * (z[k + 1] - z[k]);
                for (int i = 0; i < GAUSS_NODES.length; i++) {
                    double t = half * (GAUSS_NODES[i] + 1);
                    NODE_T[mask][k][i] = t;
                    NODE_W[mask][k][i] = half * GAUSS_WEIGHTS[i] * StandardNormal.density(z[k] + t);
                }
            }
        }
    }

    private final WageBasis basis;
    private final int size;
    /** Bits of the published percentiles the row's model passes through; 0 when the row has no model. */
    private final byte[] mask;
    private final byte[] count;
    private final boolean[] topCoded;
    private final double[] amounts;
    private final double[] logs;
    private final double[] coef;
    private final double[] lowerSlope;
    private final double[] upperSlope;
    /** TOT_EMP, the row's weight in a group; NaN where not released. */
    private final double[] employment;
    /** Each row's index in {@link #contexts}: a group mixes rows of one context only. */
    private final int[] contextOf;
    private final List<Context> contexts;

    private DistributionColumns(WageBasis basis, int size, List<Context> contexts) {
        this.basis = basis;
        this.size = size;
        this.contexts = contexts;
        contextOf = new int[size];
        mask = new byte[size];
        count = new byte[size];
        topCoded = new boolean[size];
        amounts = new double[size * SLOTS];
        logs = new double[size * SLOTS];
        coef = new double[size * COEFS];
        lowerSlope = new double[size];
        upperSlope = new double[size];
        employment = new double[size];
    }

    /**
     * Fits the model of every row of a table on one basis: about 2.5 µs of CPU a row (0.5 s on each of two cores
     * for 404,231 rows), split over the common fork-join pool; fit once per table and basis, then query.
     *
     * @param table the rows
     * @param basis hourly or annual
     * @return the fitted models, row {@code i} for the table's row {@code i}
     */
    public static DistributionColumns fit(OewsTable table, WageBasis basis) {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        DistributionColumns m = new DistributionColumns(basis, table.size(), table.contexts());
        int first = basis == WageBasis.ANNUAL ? FIRST_ANNUAL_PERCENTILE : FIRST_HOURLY_PERCENTILE;
        int meanFigure = basis == WageBasis.ANNUAL ? ANNUAL_MEAN : HOURLY_MEAN;
        inChunks(m.size, (from, to) -> {
            double[] z = new double[SLOTS];
            double[] y = new double[SLOTS];
            double[] d = new double[SLOTS];
            for (int r = from; r < to; r++) {
                m.contextOf[r] = table.contextIndex(r);
                m.employment[r] = table.figureStatus(0, r) == FigureStatus.PUBLISHED
                        ? table.figureValue(0, r) : Double.NaN;
                if (table.publishedBasis(r).includes(basis)) {
                    m.fitRow(table, r, first, meanFigure, z, y, d);
                }
            }
        });
        return m;
    }

    /** The same selection of points as {@link OccupationDistribution#of}, then the same model. */
    private void fitRow(OewsTable table, int r, int first, int meanFigure, double[] z, double[] y, double[] d) {
        int n = 0;
        int bits = 0;
        boolean top = false;
        int base = r * SLOTS;
        for (int i = 0; i < SLOTS; i++) {
            FigureStatus s = table.figureStatus(first + i, r);
            double a = table.figureValue(first + i, r);
            if (s == FigureStatus.PUBLISHED && a > 0) {
                amounts[base + n] = a;
                n++;
                bits |= 1 << i;
            } else if (s == FigureStatus.TOP_CODED) {
                if (n == 0 || a > amounts[base + n - 1]) {
                    amounts[base + n] = a;
                    n++;
                    bits |= 1 << i;
                    top = true;
                }
                break;
            }
        }
        if (n < 2 || n - (top ? 1 : 0) < 1) {
            return;
        }
        mask[r] = (byte) bits;
        count[r] = (byte) n;
        topCoded[r] = top;
        int j = 0;
        for (int i = 0; i < SLOTS; i++) {
            if ((bits & 1 << i) != 0) {
                z[j] = Z[i];
                y[j] = Math.log(amounts[base + j]);
                logs[base + j] = y[j];
                j++;
            }
        }
        MonotoneCubicInterpolator.coefficients(z, y, n, d, coef, r * COEFS);
        double lower = Math.max(OccupationDistribution.MIN_TAIL_SLOPE, (y[1] - y[0]) / (z[1] - z[0]));
        double secant = Math.max(OccupationDistribution.MIN_TAIL_SLOPE,
                (y[n - 1] - y[n - 2]) / (z[n - 1] - z[n - 2]));
        lowerSlope[r] = lower;
        upperSlope[r] = secant;
        FigureStatus meanStatus = table.figureStatus(meanFigure, r);
        if (meanStatus != FigureStatus.PUBLISHED) {
            return;
        }
        double fixed = tailMean(y[0], z[0], lower, z[0] - lower) + interiorMean(bits, n, r * COEFS);
        double rest = table.figureValue(meanFigure, r) - fixed;
        double zn = z[n - 1];
        double yn = y[n - 1];
        double min = OccupationDistribution.MIN_TAIL_SLOPE;
        double max = OccupationDistribution.MAX_TAIL_SLOPE;
        if (rest > tailMean(yn, zn, min, min - zn) && rest < tailMean(yn, zn, max, max - zn)) {
            upperSlope[r] = solveUpperSlope(yn, zn, Math.log(rest), secant);
        }
    }

    /** {@code e^{y − t·c + t²/2} Φ(u)}: the closed-form tail integral of both tails. */
    private static double tailMean(double y, double c, double t, double u) {
        return Math.exp(y - t * c + 0.5 * t * t) * StandardNormal.cdf(u);
    }

    /**
     * Solves {@code y_n − t z_n + t²/2 + ln Φ(t − z_n) = ln rest} for {@code t} in [0.01, 3]. The left side is
     * increasing and convex in {@code t} (its derivative {@code u + φ(u)/Φ(u)}, {@code u = t − z_n}, is positive), so
     * Newton converges quickly; bisection keeps it inside the bracket.
     */
    private static double solveUpperSlope(double yn, double zn, double logRest, double start) {
        double lo = OccupationDistribution.MIN_TAIL_SLOPE;
        double hi = OccupationDistribution.MAX_TAIL_SLOPE;
        double t = Math.min(hi, Math.max(lo, start));
        for (int i = 0; i < 100; i++) {
            double u = t - zn;
            double cdf = StandardNormal.cdf(u);
            double h = yn - t * zn + 0.5 * t * t + Math.log(cdf) - logRest;
            if (h > 0) {
                hi = t;
            } else {
                lo = t;
            }
            double next = t - h / (u + StandardNormal.density(u) / cdf);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - t) <= 1e-14) {
                return next;
            }
            t = next;
        }
        return t;
    }

    private double interiorMean(int bits, int n, int c) {
        double[][] ts = NODE_T[bits];
        double[][] ws = NODE_W[bits];
        double sum = 0;
        for (int k = 0; k < n - 1; k++) {
            double c0 = coef[c + 4 * k];
            double c1 = coef[c + 4 * k + 1];
            double c2 = coef[c + 4 * k + 2];
            double c3 = coef[c + 4 * k + 3];
            double[] t = ts[k];
            double[] w = ws[k];
            for (int i = 0; i < t.length; i++) {
                double ti = t[i];
                sum += w[i] * Math.exp(c0 + ti * (c1 + ti * (c2 + ti * c3)));
            }
        }
        return sum;
    }

    /**
     * Runs a pass over rows {@code [0, size)} in chunks on the common fork-join pool: rows are independent and each
     * chunk writes only its own rows, so the result does not depend on the number of cores.
     */
    private static void inChunks(int size, ChunkTask task) {
        int chunks = (size + CHUNK - 1) / CHUNK;
        if (chunks <= 1) {
            task.run(0, size);
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(c -> task.run(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
    }

    /** A pass over rows {@code [from, to)}. */
    @FunctionalInterface
    private interface ChunkTask {
        void run(int from, int to);
    }

    private static double[] zOf(int bits) {
        double[] z = new double[Integer.bitCount(bits)];
        int j = 0;
        for (int i = 0; i < SLOTS; i++) {
            if ((bits & 1 << i) != 0) {
                z[j++] = Z[i];
            }
        }
        return z;
    }

    /** @return the number of rows (with or without a model) */
    public int size() {
        return size;
    }

    /** @return the basis of every model's wages */
    public WageBasis basis() {
        return basis;
    }

    /**
     * Whether a row has a model: BLS published wages on this basis and at least two usable percentiles for it.
     *
     * @param row 0-based row index
     * @return true if the row's results are numbers
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public boolean hasModel(int row) {
        return mask[Objects.checkIndex(row, size)] != 0;
    }

    /**
     * The percentile rank of one wage in every row, as {@link OccupationDistribution#rankOf(Wage)} gives it: the
     * published percentile where the amount equals a published wage; at or above a row's top-code, the last
     * percentile published exactly, flagged as a lower bound; otherwise {@code 100·F(amount)} kept between the
     * neighbouring published percentiles.
     *
     * @param amount dollars on {@link #basis()}, not negative
     * @return the ranks (0 - 100), NaN for rows without a model
     * @throws IllegalArgumentException if the amount is negative or not finite
     */
    public ColumnResult rankOf(double amount) {
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw new IllegalArgumentException("Invalid value for amount (valid values 0 - finite dollars): "
                    + amount);
        }
        double logAmount = Math.log(amount);
        double[] out = new double[size];
        boolean[] bound = new boolean[size];
        inChunks(size, (from, to) -> {
            for (int r = from; r < to; r++) {
                out[r] = mask[r] == 0 ? Double.NaN : rank(r, amount, logAmount, bound);
            }
        });
        return new ColumnResult(out, bound);
    }

    private double rank(int r, double a, double logA, boolean[] bound) {
        int n = count[r];
        int base = r * SLOTS;
        int bits = mask[r];
        if (topCoded[r] && a >= amounts[base + n - 1]) {
            bound[r] = true;
            return PERCENTILES[SLOT[bits][n - 2]];
        }
        // One pass: k = the number of published wages below a; a published wage equal to a returns its percentile
        // (the last of equal ones, as BLS repeats a wage at neighbouring percentiles).
        int k = 0;
        while (k < n && amounts[base + k] < a) {
            k++;
        }
        if (k < n && amounts[base + k] == a) {
            int i = k;
            while (i + 1 < n && amounts[base + i + 1] == a) {
                i++;
            }
            return PERCENTILES[SLOT[bits][i]];
        }
        double rank = a <= 0 ? 0 : 100 * StandardNormal.cdf(normalScore(r, logA, k));
        if (k > 0) {
            rank = Math.max(rank, PERCENTILES[SLOT[bits][k - 1]]);
        }
        if (k < n) {
            rank = Math.min(rank, PERCENTILES[SLOT[bits][k]]);
        }
        return rank;
    }

    private double normalScore(int r, double logAmount) {
        return normalScore(r, logAmount, 0);
    }

    /**
     * The same Newton-with-bisection inversion of the segment's cubic as the per-row model.
     *
     * @param below how many of the row's published wages are below the amount (where the segment search starts)
     */
    private double normalScore(int r, double logAmount, int below) {
        int n = count[r];
        int base = r * SLOTS;
        int bits = mask[r];
        double y0 = logs[base];
        double yn = logs[base + n - 1];
        if (logAmount <= y0) {
            return Z[SLOT[bits][0]] + (logAmount - y0) / lowerSlope[r];
        }
        if (logAmount >= yn) {
            return Z[SLOT[bits][n - 1]] + (logAmount - yn) / upperSlope[r];
        }
        int k = Math.max(0, Math.min(below - 1, n - 2));
        while (k > 0 && logAmount < logs[base + k]) {
            k--;
        }
        while (logAmount >= logs[base + k + 1]) {
            k++;
        }
        double zk = Z[SLOT[bits][k]];
        double h = Z[SLOT[bits][k + 1]] - zk;
        int o = r * COEFS + 4 * k;
        double c1 = coef[o + 1];
        double c2 = coef[o + 2];
        double c3 = coef[o + 3];
        double target = logAmount - coef[o];
        double t = MonotoneCubicInterpolator.invertSegment(c1, c2, c3, target, h,
                h * target / (logs[base + k + 1] - logs[base + k]));
        return zk + t;
    }

    /**
     * The wage at one percentile in every row, as {@link OccupationDistribution#wageAt(double)} gives it: a
     * published percentile is returned as published; at or above a row's top-coded percentile, the top-code flagged
     * as a lower bound; otherwise {@code exp(y(Φ⁻¹(p/100)))} kept between the neighbouring published wages, flagged
     * as a lower bound when the next published point is the top-code.
     *
     * @param percentile strictly between 0 and 100
     * @return the wages in dollars on {@link #basis()}, NaN for rows without a model
     * @throws IllegalArgumentException if the percentile is outside (0, 100)
     */
    public ColumnResult wageAt(double percentile) {
        OccupationDistribution.checkPercentile(percentile);
        double zp = StandardNormal.quantile(percentile / 100);
        double[] out = new double[size];
        boolean[] bound = new boolean[size];
        inChunks(size, (from, to) -> {
            for (int r = from; r < to; r++) {
                out[r] = mask[r] == 0 ? Double.NaN : wage(r, percentile, zp, bound);
            }
        });
        return new ColumnResult(out, bound);
    }

    private double wage(int r, double p, double zp, boolean[] bound) {
        int n = count[r];
        int base = r * SLOTS;
        int bits = mask[r];
        if (topCoded[r] && p >= PERCENTILES[SLOT[bits][n - 1]]) {
            bound[r] = true;
            return amounts[base + n - 1];
        }
        int k = 0;
        while (k < n && PERCENTILES[SLOT[bits][k]] < p) {
            k++;
        }
        if (k < n && PERCENTILES[SLOT[bits][k]] == p) {
            return amounts[base + k];
        }
        double estimate = Math.exp(logQuantile(r, n, bits, zp));
        if (k > 0) {
            estimate = Math.max(estimate, amounts[base + k - 1]);
        }
        if (k < n) {
            estimate = Math.min(estimate, amounts[base + k]);
        }
        if (topCoded[r] && k == n - 1) {
            bound[r] = true;
        }
        return estimate;
    }

    private double logQuantile(int r, int n, int bits, double zz) {
        int base = r * SLOTS;
        double z0 = Z[SLOT[bits][0]];
        double zn = Z[SLOT[bits][n - 1]];
        if (zz <= z0) {
            return logs[base] + lowerSlope[r] * (zz - z0);
        }
        if (zz >= zn) {
            return logs[base + n - 1] + upperSlope[r] * (zz - zn);
        }
        int k = 0;
        while (zz >= Z[SLOT[bits][k + 1]]) {
            k++;
        }
        double t = zz - Z[SLOT[bits][k]];
        int o = r * COEFS + 4 * k;
        return coef[o] + t * (coef[o + 1] + t * (coef[o + 2] + t * coef[o + 3]));
    }

    /**
     * The employment-weighted mixture of some rows' distributions at one percentile, as
     * {@link GroupDistribution#wageAt(double)} computes it: {@code x} with {@code Σ wᵢ Fᵢ(x) / Σ wᵢ = p/100}, solved by
     * Brent's method on {@code ln x} between the members' own quantiles; at or above the lowest top-code of a member,
     * that top-code flagged as a lower bound. Rows without a model or without employment are left out, as
     * {@link GroupDistribution#ofRows} leaves them out.
     *
     * @param rows the members' row indices, all of one context (year, area, industry, ownership)
     * @param percentile strictly between 0 and 100
     * @return the group's wage at the percentile
     * @throws IllegalArgumentException if the percentile is outside (0, 100) or no row is usable
     * @throws MixedContextsException if the rows are of several contexts
     */
    public WageAtPercentile mixtureWageAt(int[] rows, double percentile) {
        Objects.requireNonNull(rows, "rows must not be null");
        OccupationDistribution.checkPercentile(percentile);
        int[] members = new int[rows.length];
        int m = 0;
        double total = 0;
        double lowestTop = Double.POSITIVE_INFINITY;
        double p = percentile / 100;
        double zp = StandardNormal.quantile(p);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int r : rows) {
            Objects.checkIndex(r, size);
            if (contextOf[r] != contextOf[rows[0]]) {
                throw new MixedContextsException("a mixture of rows", java.util.Arrays.stream(rows)
                        .map(i -> contextOf[i]).distinct().mapToObj(contexts::get).toList(),
                        "group the rows by OewsTable.contextIndex(row) first");
            }
            if (mask[r] == 0 || !(employment[r] > 0)) {
                continue;
            }
            members[m++] = r;
            total += employment[r];
            if (topCoded[r]) {
                lowestTop = Math.min(lowestTop, amounts[r * SLOTS + count[r] - 1]);
            }
            double q = Math.exp(logQuantile(r, count[r], mask[r], zp));
            lo = Math.min(lo, q);
            hi = Math.max(hi, q);
        }
        if (m == 0) {
            throw new IllegalArgumentException("Invalid value for rows (valid values: at least one row with a "
                    + basis.name().toLowerCase() + " wage model and employment): none of " + rows.length);
        }
        double x;
        if (hi <= lo * (1 + 1e-14)) {
            x = lo;
        } else {
            int[] used = members;
            int count = m;
            double weight = total;
            x = Math.exp(new BrentSolver(1e-12, 1e-13).solve(500, v -> mixtureFraction(used, count, weight, v) - p,
                    Math.log(lo), Math.log(hi)));
        }
        if (x >= lowestTop) {
            return new WageAtPercentile(percentile, new Wage(lowestTop, basis), true);
        }
        return new WageAtPercentile(percentile, new Wage(x, basis), false);
    }

    private double mixtureFraction(int[] members, int m, double total, double logAmount) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            int r = members[i];
            sum += employment[r] * StandardNormal.cdf(normalScore(r, logAmount));
        }
        return sum / total;
    }

    /**
     * The mixture wage at one percentile of the detailed occupations of every major group in every area of a table
     * whose areas are its only varying context (one year, industry and ownership, e.g. a state or metropolitan file),
     * e.g. the median of office and administrative support (43) in each of 600 areas: the
     * {@link GroupDistribution#ofGroup(OewsTable, String, WageBasis)} of each area's rows, computed on the fitted
     * columns.
     *
     * @param table the table this was fitted to
     * @param percentile strictly between 0 and 100, e.g. 50
     * @return the wage for each (area, major group) with at least one usable row, in order of first appearance
     * @throws IllegalArgumentException if the table is not the one fitted (its size differs) or the percentile is out
     *     of range
     * @throws MixedContextsException if the table holds several years, industries or ownerships (an all-data file,
     *     stacked years), which would mix in one area's group; see {@link #wageAtByContextAndMajorGroup}
     */
    public Map<AreaGroup, WageAtPercentile> wageAtByAreaAndMajorGroup(OewsTable table, double percentile) {
        checkFitted(table);
        List<Context> notArea = table.contexts().stream()
                .map(c -> new Context(c.year(), Area.NATIONAL, c.industry(), c.ownership())).distinct().toList();
        if (notArea.size() > 1) {
            throw new MixedContextsException("the group wages by area of " + table.name(), table.contexts(),
                    "use wageAtByContextAndMajorGroup for one result per year, area, industry and ownership");
        }
        Map<AreaGroup, WageAtPercentile> out = new LinkedHashMap<>();
        wageAtByContextAndMajorGroup(table, percentile).forEach((k, w) ->
                out.put(new AreaGroup(k.context().area().code(), k.majorGroup()), w));
        return out;
    }

    /**
     * The mixture wage at one percentile of the detailed occupations of every major group in every context of a table
     * (an all-data file: every year, area, industry and ownership), each from the rows of its own context only.
     *
     * @param table the table this was fitted to
     * @param percentile strictly between 0 and 100, e.g. 50
     * @return the wage for each (context, major group) with at least one usable row, in order of first appearance
     * @throws IllegalArgumentException if the table is not the one fitted (its size differs) or the percentile is out
     *     of range
     */
    public Map<ContextGroup, WageAtPercentile> wageAtByContextAndMajorGroup(OewsTable table, double percentile) {
        checkFitted(table);
        OccupationDistribution.checkPercentile(percentile);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, ContextGroup> keys = new HashMap<>();
        for (int r = 0; r < size; r++) {
            if (table.groupLevel(r) != GroupLevel.DETAILED || mask[r] == 0 || !(employment[r] > 0)) {
                continue;
            }
            int context = contextOf[r];
            String major = table.text(5, r).substring(0, 2);
            String key = context + "\t" + major;
            keys.computeIfAbsent(key, k -> new ContextGroup(contexts.get(context), major));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<String> order = new ArrayList<>(groups.keySet());
        WageAtPercentile[] wages = new WageAtPercentile[order.size()];
        IntStream.range(0, wages.length).parallel().forEach(i -> wages[i] = mixtureWageAt(
                groups.get(order.get(i)).stream().mapToInt(Integer::intValue).toArray(), percentile));
        Map<ContextGroup, WageAtPercentile> out = new LinkedHashMap<>();
        for (int i = 0; i < wages.length; i++) {
            out.put(keys.get(order.get(i)), wages[i]);
        }
        return out;
    }

    private void checkFitted(OewsTable table) {
        Objects.requireNonNull(table, "table must not be null");
        if (table.size() != size || !table.contexts().equals(contexts)) {
            throw new IllegalArgumentException("Invalid table (valid: the table fitted, " + size + " rows): "
                    + table.name() + ", " + table.size() + " rows");
        }
    }
}

package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.FigureColumn;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The wage-distribution model: every row of an {@link OewsTable} fitted on one basis and held column-wise, so that a
 * rank or a percentile for all rows costs one pass over primitive arrays. This is the model's one implementation; a
 * single occupation's {@link OccupationDistribution} is a view of one row of it ({@link #row(int)}, and
 * {@link OccupationDistribution#from} fits a table of one row), a {@link GroupDistribution} a mixture of such rows.
 *
 * <p>The model of a row, in the coordinates {@code z = Φ⁻¹(p)} (standard-normal quantile) and {@code y = ln(wage)}:
 * <ol>
 *   <li>Between the outermost published percentiles, {@code y(z)} is the monotone cubic (PCHIP,
 *       {@link MonotoneCubicInterpolator}) through the published points ({@link PointSelection}), so those points are
 *       reproduced exactly and the quantile function never decreases. A lognormal would be a straight line here.</li>
 *   <li>Below the lowest published percentile, {@code y} continues linearly with the slope of the first segment
 *       (a lognormal tail).</li>
 *   <li>Above the highest one, {@code y} continues linearly with a slope {@code t} chosen so that the mean of the
 *       whole distribution, {@code E[W] = ∫ e^{y(z)} φ(z) dz}, equals BLS's published mean: the mean says how heavy
 *       the upper tail is. The tails integrate in closed form, {@code ∫_{z_n}^∞ e^{y_n + t(z - z_n)} φ(z) dz =
 *       e^{y_n - t z_n + t²/2} Φ(t - z_n)}; the interior by 16-point Gauss–Legendre per segment
 *       ({@link PercentileGrid}); {@code t} is found with Brent's method (Commons Math's {@link BrentSolver},
 *       absolute accuracy 1e-12) in [0.01, 3]. If no mean is published, or no slope in that range matches it, the
 *       slope of the last segment is used and the mean is not matched.</li>
 * </ol>
 * Both tail slopes are at least 0.01 so that the distribution is strictly increasing and every wage has a rank.
 * A percentile {@code p} is {@code exp(y(Φ⁻¹(p/100)))}; the rank of a wage inverts {@code y(z)} (the segment's cubic
 * by safeguarded Newton steps) and is {@code 100·Φ(z)}; both are kept between the neighbouring published points.
 *
 * <p>Top-codes: a percentile BLS top-coded ({@code #}) is known only to be at least the year's top-code {@code T}, and
 * the model uses {@code T} as its point. A wage at or above that percentile is {@code T} flagged as a lower bound, and
 * so is an estimate between the last exact percentile and it (a higher true figure would raise it); the rank of a
 * wage at or above {@code T} is the last percentile published exactly, a lower bound, and the rank of a wage between
 * the last exact figure and {@code T} an upper bound. Rows without wages on the basis, with fewer than two usable
 * percentiles or with decreasing ones have no model: {@link #hasModel(int)} is false and their results are NaN.
 *
 * <pre>{@code
 * DistributionColumns m = DistributionColumns.fit(allAreas, WageBasis.ANNUAL);  // once per table and basis
 * ColumnResult ranks = m.rankOf(60_000);   // P-rank of $60,000 in every row
 * ColumnResult p95 = m.wageAt(95);         // estimated 95th percentile of every row
 * m.row(0).wageAt(95);                     // one row's distribution, a view of the same columns
 * }</pre>
 *
 * <p>Why one class of about 600 lines: the fit and every read of a curve (percentile, rank, their bounds) share the
 * flat per-row arrays in the loops that make a pass over 400,000 rows take milliseconds (BENCHMARKS.md); splitting
 * them would mean handing those arrays between classes. The point selection, the quadrature tables, the mixture and
 * the major-group passes are classes of their own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistributionColumns {
    private static final List<String> PERCENTILE_FIGURES = List.of("PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90");
    /** Rows per task when a pass is split over the common fork-join pool. */
    private static final int CHUNK = 8192;

    private final WageBasis basis;
    private final PercentileGrid grid;
    /** The grid's percentiles and their {@code Φ⁻¹(p/100)}, read in the hot loops. */
    private final double[] gridPercentiles;
    private final double[] gridZ;
    /** Points a row may have (the grid's size), the stride of the per-point arrays. */
    private final int stride;
    private final int size;
    /** The table fitted, for the rows' labels; null for the model of a single row. */
    private final OewsTable table;
    /** The number of points of each row's curve; 0 when the row has no model. */
    private final int[] count;
    private final int[] slots;
    private final double[] amounts;
    private final double[] logs;
    /** Four PCHIP coefficients per segment, {@code 4·(stride − 1)} per row. */
    private final double[] coef;
    private final boolean[] topCoded;
    private final double[] lowerSlope;
    private final double[] upperSlope;
    private final boolean[] meanMatched;
    private final double[] modelMean;
    /** BLS's exact mean, NaN where it published none. */
    private final double[] publishedMean;
    /** TOT_EMP, the row's weight in a group; NaN where not released. */
    private final double[] employment;
    /** Each row's index in {@link #contexts}: a group mixes rows of one context only. */
    private final int[] contextOf;
    private final List<Context> contexts;

    private DistributionColumns(WageBasis basis, PercentileGrid grid, int size, OewsTable table,
                                List<Context> contexts) {
        this.basis = basis;
        this.grid = grid;
        this.gridPercentiles = grid.percentiles();
        this.gridZ = grid.zs();
        this.stride = grid.size();
        this.size = size;
        this.table = table;
        this.contexts = contexts;
        count = new int[size];
        slots = new int[size * stride];
        amounts = new double[size * stride];
        logs = new double[size * stride];
        coef = new double[size * 4 * (stride - 1)];
        topCoded = new boolean[size];
        lowerSlope = new double[size];
        upperSlope = new double[size];
        meanMatched = new boolean[size];
        modelMean = new double[size];
        publishedMean = new double[size];
        employment = new double[size];
        contextOf = new int[size];
        Arrays.fill(publishedMean, Double.NaN);
        Arrays.fill(employment, Double.NaN);
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
        List<Context> contexts = table.contexts();
        DistributionColumns m = new DistributionColumns(basis, PercentileGrid.PUBLISHED, table.size(), table,
                contexts);
        String prefix = basis == WageBasis.ANNUAL ? "A_" : "H_";
        FigureColumn[] percentiles = PERCENTILE_FIGURES.stream().map(f -> table.figures(prefix + f))
                .toArray(FigureColumn[]::new);
        FigureColumn mean = table.figures(prefix + "MEAN");
        FigureColumn employment = table.figures("TOT_EMP");
        Map<Context, Integer> contextIds = new HashMap<>();
        for (int i = 0; i < contexts.size(); i++) {
            contextIds.put(contexts.get(i), i);
        }
        inChunks(m.size, (from, to) -> {
            PointSelection points = new PointSelection(m.stride);
            FigureStatus[] status = new FigureStatus[m.stride];
            double[] amount = new double[m.stride];
            double[][] scratch = new double[3][m.stride];
            Context previous = null;
            int previousId = -1;
            for (int r = from; r < to; r++) {
                Context c = table.context(r);
                if (c != previous) { // rows of one context follow each other
                    previous = c;
                    previousId = contextIds.get(c);
                }
                m.contextOf[r] = previousId;
                m.employment[r] = employment.status(r) == FigureStatus.PUBLISHED ? employment.value(r) : Double.NaN;
                if (!table.publishedBasis(r).includes(basis)) {
                    continue;
                }
                for (int i = 0; i < m.stride; i++) {
                    status[i] = percentiles[i].status(r);
                    amount[i] = percentiles[i].value(r);
                }
                if (points.select(status, amount).isUsable()) {
                    m.fitRow(r, points, mean.status(r) == FigureStatus.PUBLISHED ? mean.value(r) : Double.NaN,
                            scratch);
                }
            }
        });
        return m;
    }

    /**
     * The model of a single row.
     *
     * @param basis the basis of the amounts
     * @param grid the percentiles the points are taken from
     * @param points the row's points, usable
     * @param mean BLS's mean, or NaN
     * @return a model of one row, row 0
     */
    static DistributionColumns ofRow(WageBasis basis, PercentileGrid grid, PointSelection points, double mean) {
        DistributionColumns m = new DistributionColumns(basis, grid, 1, null, List.of());
        m.fitRow(0, points, mean, new double[3][grid.size()]);
        return m;
    }

    private void fitRow(int r, PointSelection points, double mean, double[][] scratch) {
        double[] z = scratch[0];
        double[] y = scratch[1];
        int n = points.count();
        int base = r * stride;
        for (int j = 0; j < n; j++) {
            slots[base + j] = points.slots[j];
            amounts[base + j] = points.amounts[j];
            z[j] = grid.z(points.slots[j]);
            y[j] = Math.log(points.amounts[j]);
            logs[base + j] = y[j];
        }
        count[r] = n;
        topCoded[r] = points.isTopCoded();
        int c = r * 4 * (stride - 1);
        MonotoneCubicInterpolator.coefficients(z, y, n, scratch[2], coef, c);
        double min = OccupationDistribution.MIN_TAIL_SLOPE;
        double max = OccupationDistribution.MAX_TAIL_SLOPE;
        double lower = Math.max(min, (y[1] - y[0]) / (z[1] - z[0]));
        double slope = Math.max(min, (y[n - 1] - y[n - 2]) / (z[n - 1] - z[n - 2]));
        double fixed = tailMean(y[0], z[0], lower, z[0] - lower) + grid.interiorMean(slots, base, n, coef, c);
        double yn = y[n - 1];
        double zn = z[n - 1];
        if (!Double.isNaN(mean)) {
            double rest = mean - fixed;
            if (rest > tailMean(yn, zn, min, min - zn) && rest < tailMean(yn, zn, max, max - zn)) {
                slope = new BrentSolver(1e-12).solve(200, t -> tailMean(yn, zn, t, t - zn) - rest, min, max);
                meanMatched[r] = true;
            }
        }
        lowerSlope[r] = lower;
        upperSlope[r] = slope;
        modelMean[r] = fixed + tailMean(yn, zn, slope, slope - zn);
        publishedMean[r] = mean;
    }

    /** {@code e^{y − t·c + t²/2} Φ(u)}: the closed-form tail integral of both tails. */
    private static double tailMean(double y, double c, double t, double u) {
        return Math.exp(y - t * c + 0.5 * t * t) * StandardNormal.cdf(u);
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

    /** @return the number of rows (with or without a model) */
    public int size() {
        return size;
    }

    /** @return the basis of every model's wages */
    public WageBasis basis() {
        return basis;
    }

    /**
     * Whether a row has a model: BLS published wages on this basis and at least two usable, non-decreasing
     * percentiles for it.
     *
     * @param row 0-based row index
     * @return true if the row's results are numbers
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     */
    public boolean hasModel(int row) {
        return count[Objects.checkIndex(row, size)] != 0;
    }

    /**
     * One row's distribution: a view of this row of the columns, labelled and weighted like
     * {@link OccupationDistribution#from(OccupationWages, WageBasis)} of the table's row, with the same answers.
     *
     * @param row 0-based row index
     * @return the distribution
     * @throws IndexOutOfBoundsException outside 0 … size() − 1
     * @throws IllegalArgumentException naming the occupation if the row has no model ({@link #hasModel(int)})
     */
    public OccupationDistribution row(int row) {
        Objects.checkIndex(row, size);
        OccupationWages w = table.row(row);
        if (count[row] == 0) {
            return OccupationDistribution.from(w, basis); // throws, saying why the row has no model
        }
        return new OccupationDistribution(this, row, OccupationDistribution.label(w), w.employment());
    }

    /**
     * The percentile rank of one wage in every row, as {@link OccupationDistribution#rankOf} gives it: the
     * published percentile where the amount equals a published wage; at or above a row's top-code, the last
     * percentile published exactly, flagged as a lower bound; otherwise {@code 100·F(amount)} kept between the
     * neighbouring published percentiles.
     *
     * @param amount dollars on {@link #basis()}, not negative
     * @return the ranks (0 - 100), NaN for rows without a model
     * @throws IllegalArgumentException if the amount is negative or not finite
     */
    public ColumnResult rankOf(double amount) {
        checkAmount(amount);
        double logAmount = Math.log(amount);
        double[] out = new double[size];
        boolean[] bound = new boolean[size];
        inChunks(size, (from, to) -> {
            for (int r = from; r < to; r++) {
                if (count[r] == 0) {
                    out[r] = Double.NaN;
                } else {
                    out[r] = rank(r, amount, logAmount);
                    bound[r] = rankIsLowerBound(r, amount);
                }
            }
        });
        return new ColumnResult(out, bound);
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
                if (count[r] == 0) {
                    out[r] = Double.NaN;
                } else {
                    out[r] = wage(r, percentile, zp);
                    bound[r] = wageIsLowerBound(r, percentile);
                }
            }
        });
        return new ColumnResult(out, bound);
    }

    /**
     * The employment-weighted mixture of some rows' distributions at one percentile, as
     * {@link GroupDistribution#wageAt(double)} computes it (the same {@link Mixture}): {@code x} with
     * {@code Σ wᵢ Fᵢ(x) / Σ wᵢ = p/100}; at or above the lowest top-code of a member, that top-code flagged as a
     * lower bound. Rows without a model or without employment are left out, as {@link GroupDistribution#from(String, java.util.Collection, WageBasis)}
     * leaves them out.
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
        for (int r : rows) {
            Objects.checkIndex(r, size);
            if (contextOf[r] != contextOf[rows[0]]) {
                throw new MixedContextsException("a mixture of rows", Arrays.stream(rows).map(i -> contextOf[i])
                        .distinct().mapToObj(contexts::get).toList(), "group the rows by OewsTable.context(row) first");
            }
            if (count[r] != 0 && employment[r] > 0) {
                members[m++] = r;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("Invalid value for rows (valid values: at least one row with a "
                    + basis.name().toLowerCase() + " wage model and employment): none of " + rows.length);
        }
        DistributionColumns[] models = new DistributionColumns[m];
        double[] weights = new double[m];
        for (int i = 0; i < m; i++) {
            models[i] = this;
            weights[i] = employment[members[i]];
        }
        return new Mixture(basis, models, Arrays.copyOf(members, m), weights).wageAt(percentile);
    }

    /**
     * The mixture wage at one percentile of the detailed occupations of every major group in every area of a table
     * whose areas are its only varying context (one year, industry and ownership, e.g. a state or metropolitan file),
     * e.g. the median of office and administrative support (43) in each of 600 areas: the
     * {@link GroupDistribution#from(OewsTable, String, WageBasis)} of each area's rows, computed on the fitted
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
        return MajorGroupMixtures.byArea(this, table, percentile);
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
        return MajorGroupMixtures.byContext(this, table, percentile);
    }

    private void checkFitted(OewsTable table) {
        Objects.requireNonNull(table, "table must not be null");
        if (table.size() != size || !table.contexts().equals(contexts)) {
            throw new IllegalArgumentException("Invalid table (valid: the table fitted, " + size + " rows): "
                    + table.name() + ", " + table.size() + " rows");
        }
    }

    static void checkAmount(double amount) {
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw new IllegalArgumentException("Invalid value for wage amount (valid values 0 - finite dollars): "
                    + amount);
        }
    }

    // The model of one row. Callers check that the row has a model (count(r) > 0).

    /** @return the row's wage at the percentile: exact where published, the top-code at or above a top-coded one */
    double wage(int r, double p, double zp) {
        int n = count[r];
        int base = r * stride;
        if (topCoded[r] && p >= percentile(r, n - 1)) {
            return amounts[base + n - 1];
        }
        int k = 0;
        while (k < n && percentile(r, k) < p) {
            k++;
        }
        if (k < n && percentile(r, k) == p) {
            return amounts[base + k];
        }
        // Rounding in exp(log(x)) must not put an estimate a hair outside its neighbouring published points.
        double estimate = Math.exp(logQuantile(r, zp));
        if (k > 0) {
            estimate = Math.max(estimate, amounts[base + k - 1]);
        }
        if (k < n) {
            estimate = Math.min(estimate, amounts[base + k]);
        }
        return estimate;
    }

    /**
     * Whether {@link #wage} is a lower bound: at or above a top-coded percentile, or between it and the last exact
     * one, where the model stands the top-code in for a figure that is at least that high.
     */
    boolean wageIsLowerBound(int r, double p) {
        return topCoded[r] && p > percentile(r, count[r] - 2);
    }

    /** @return the row's percentile rank of the amount, 0 - 100 */
    double rank(int r, double a, double logA) {
        int n = count[r];
        int base = r * stride;
        if (topCoded[r] && a >= amounts[base + n - 1]) {
            return percentile(r, n - 2);
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
            return percentile(r, i);
        }
        double rank = a <= 0 ? 0 : 100 * StandardNormal.cdf(normalScore(r, logA, k));
        if (k > 0) {
            rank = Math.max(rank, percentile(r, k - 1));
        }
        if (k < n) {
            rank = Math.min(rank, percentile(r, k));
        }
        return rank;
    }

    /** Whether {@link #rank} is a lower bound: the amount is at or above the row's top-code. */
    boolean rankIsLowerBound(int r, double a) {
        return topCoded[r] && a >= amounts[r * stride + count[r] - 1];
    }

    /** Whether {@link #rank} is an upper bound: the amount is between the last exact figure and the top-code. */
    boolean rankIsUpperBound(int r, double a) {
        int last = r * stride + count[r] - 1;
        return topCoded[r] && a > amounts[last - 1] && a < amounts[last];
    }

    /** The model's {@code F(amount)}, top-codes ignored (the model continues past them). */
    double fraction(int r, double amount) {
        return amount <= 0 ? 0 : StandardNormal.cdf(normalScore(r, Math.log(amount), 0));
    }

    /** The model's {@code y(z)}, top-codes ignored. */
    double logQuantile(int r, double zz) {
        int n = count[r];
        int base = r * stride;
        double z0 = gridZ[slots[base]];
        double zn = gridZ[slots[base + n - 1]];
        if (zz <= z0) {
            return logs[base] + lowerSlope[r] * (zz - z0);
        }
        if (zz >= zn) {
            return logs[base + n - 1] + upperSlope[r] * (zz - zn);
        }
        int k = 0;
        while (zz >= gridZ[slots[base + k + 1]]) {
            k++;
        }
        double t = zz - gridZ[slots[base + k]];
        int o = r * 4 * (stride - 1) + 4 * k;
        return coef[o] + t * (coef[o + 1] + t * (coef[o + 2] + t * coef[o + 3]));
    }

    /**
     * Inverts {@code y(z)}: the standard-normal score of a log-wage, the segment's cubic by Newton steps with
     * bisection ({@link MonotoneCubicInterpolator#invertSegment}).
     *
     * @param below how many of the row's published wages are below the amount (where the segment search starts)
     */
    double normalScore(int r, double logAmount, int below) {
        int n = count[r];
        int base = r * stride;
        double y0 = logs[base];
        double yn = logs[base + n - 1];
        if (logAmount <= y0) {
            return gridZ[slots[base]] + (logAmount - y0) / lowerSlope[r];
        }
        if (logAmount >= yn) {
            return gridZ[slots[base + n - 1]] + (logAmount - yn) / upperSlope[r];
        }
        int k = Math.max(0, Math.min(below - 1, n - 2));
        while (k > 0 && logAmount < logs[base + k]) {
            k--;
        }
        while (logAmount >= logs[base + k + 1]) {
            k++;
        }
        double zk = gridZ[slots[base + k]];
        double h = gridZ[slots[base + k + 1]] - zk;
        int o = r * 4 * (stride - 1) + 4 * k;
        double target = logAmount - coef[o];
        double t = MonotoneCubicInterpolator.invertSegment(coef[o + 1], coef[o + 2], coef[o + 3], target, h,
                h * target / (logs[base + k + 1] - logs[base + k]));
        return zk + t;
    }

    int count(int r) {
        return count[r];
    }

    /** @return the percentile of the row's {@code j}-th point */
    double percentile(int r, int j) {
        return gridPercentiles[slots[r * stride + j]];
    }

    /** @return the wage of the row's {@code j}-th point (the top-code for the last point of a top-coded row) */
    double amount(int r, int j) {
        return amounts[r * stride + j];
    }

    boolean isTopCoded(int r) {
        return topCoded[r];
    }

    double lowerSlope(int r) {
        return lowerSlope[r];
    }

    double upperSlope(int r) {
        return upperSlope[r];
    }

    boolean isMeanMatched(int r) {
        return meanMatched[r];
    }

    double modelMean(int r) {
        return modelMean[r];
    }

    /** @return BLS's exact mean, NaN if none */
    double publishedMean(int r) {
        return publishedMean[r];
    }

    /** @return TOT_EMP, NaN where not released */
    double employment(int r) {
        return employment[r];
    }

    /** @return the index of the row's context in {@link #contexts()} */
    int contextOf(int r) {
        return contextOf[r];
    }

    List<Context> contexts() {
        return contexts;
    }
}

package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.OewsAudit;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.BasisMismatchException;
import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One occupation's wage distribution on one basis, estimated from BLS's published percentiles and mean: a view of one
 * row of the model, {@link DistributionColumns}, which holds the curve, its tails and the way percentiles and ranks are
 * read from it (the model is described there). {@link #from(OccupationWages, WageBasis)} fits a model of one row;
 * {@link DistributionColumns#row(int)} gives the same view of a row of a whole fitted table, with the same answers.
 *
 * <p>In short: a monotone cubic (PCHIP) through the published percentiles in (standard-normal quantile, log-wage)
 * space, so published points come back exactly; log-linear tails, the upper one with the slope that makes the
 * distribution's mean equal BLS's published mean ({@link #isMeanMatched()}), else the slope of the last segment.
 *
 * <p>Top-codes: a percentile BLS top-coded ({@code #}) is known only to be at least the year's top-code {@code T}.
 * The model uses {@code T} as that percentile's point; {@link #wageAt(double)} at or above it returns {@code T}
 * flagged as a lower bound, and {@link #rankOf(Wage)} of a wage at or above {@code T} returns the last percentile
 * published exactly, flagged as a lower bound. Between the last exact percentile and the top-coded one (P75 and a
 * top-coded P90, say), the estimate is computed with {@code T} standing in for a figure that is at least
 * {@code T}: a higher true figure would raise it, so the wage there is flagged as a lower bound too, and the rank of
 * a wage there as an upper bound ({@link PercentileRank#isUpperBound()}).
 *
 * <pre>{@code
 * OccupationDistribution d = OccupationDistribution.from(csr2018, WageBasis.ANNUAL);
 * d.wageAt(90);                      // $55,310/yr exactly (published)
 * d.wageAt(95);                      // estimated from the mean-matched tail
 * d.rankOf(Wage.annual(40_000));     // P68.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OccupationDistribution implements WageDistribution {
    /** Smallest tail slope, in log-wage per standard-normal unit, so that the distribution stays strictly increasing. */
    public static final double MIN_TAIL_SLOPE = 0.01;
    /** Largest upper-tail slope tried when matching the mean (a lognormal with σ = 3 is far beyond any wage data). */
    public static final double MAX_TAIL_SLOPE = 3.0;

    private final DistributionColumns model;
    private final int row;
    private final String label;
    private final Figure employment;

    /**
     * The view of one row of a model.
     *
     * @param model the model
     * @param row a row of it that has a model
     * @param label what the row describes, used in messages
     * @param employment the row's weight in groups (may be a missing figure)
     */
    OccupationDistribution(DistributionColumns model, int row, String label, Figure employment) {
        this.model = model;
        this.row = row;
        this.label = label;
        this.employment = employment;
    }

    /** The label of an OEWS row: its SOC code, title and survey year. */
    static String label(OccupationWages row) {
        return row.socCode() + " " + row.title() + " (May " + row.year() + ")";
    }

    /**
     * The distribution of an OEWS row's wages on one basis.
     *
     * @param row the occupation
     * @param basis hourly or annual
     * @return the distribution, weighted by the row's employment in groups
     * @throws IllegalArgumentException naming the occupation if BLS published no wages on that basis for it (the
     *     ANNUAL / HOURLY flags) or fewer than two of its percentiles
     */
    public static OccupationDistribution from(OccupationWages row, WageBasis basis) {
        Objects.requireNonNull(row, "row must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        String label = label(row);
        if (!row.publishedBasis().includes(basis)) {
            WageBasis other = basis == WageBasis.ANNUAL ? WageBasis.HOURLY : WageBasis.ANNUAL;
            throw new IllegalArgumentException("Occupation " + label + " has no " + basis.name().toLowerCase()
                    + " wage data: BLS publishes only " + other.name().toLowerCase() + " wages for it ("
                    + other.name() + "=TRUE); use basis " + other);
        }
        return of(label, row.wages(basis), row.employment());
    }

    /**
     * The distribution described by a wage summary: its exact percentiles are the model's points, its first
     * top-coded percentile (if any) is a lower-bound point, {@code *} figures are skipped, and its mean sets the
     * upper tail.
     *
     * @param label what the summary describes, used in messages
     * @param summary the published figures
     * @param employment the employment, the weight in groups (may be a missing figure)
     * @return the distribution
     * @throws IllegalArgumentException naming {@code label} if fewer than two percentiles are usable, none is
     *     exact, or the exact ones decrease
     */
    public static OccupationDistribution of(String label, WageSummary summary, Figure employment) {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(employment, "employment must not be null");
        PercentileGrid grid = PercentileGrid.PUBLISHED;
        FigureStatus[] status = new FigureStatus[grid.size()];
        double[] amount = new double[grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            WageFigure f = summary.percentile((int) grid.percentile(i));
            status[i] = f.status();
            amount[i] = f.amount();
        }
        PointSelection points = new PointSelection(grid.size()).select(status, amount);
        // A file may publish decreasing percentiles (readers keep BLS's files as they are; OewsAudit reports them):
        // no distribution passes through them, so refuse rather than return one that ranks wages wrongly.
        if (points.isDecreasing()) {
            throw new IllegalArgumentException("Occupation " + label + " has decreasing published percentiles (valid:"
                    + " non-decreasing P10 ≤ P25 ≤ median ≤ P75 ≤ P90): "
                    + summary.firstDecrease().orElse(summary.percentiles().toString()));
        }
        if (!points.isUsable()) {
            throw new IllegalArgumentException("Occupation " + label + " has no " + summary.basis().name()
                    .toLowerCase() + " wage distribution (valid: at least two of P10, P25, median, P75, P90 published,"
                    + " one of them exactly): " + summary.percentiles());
        }
        double mean = summary.mean().isExact() ? summary.mean().amount() : Double.NaN;
        return new OccupationDistribution(DistributionColumns.ofRow(summary.basis(), grid, points, mean), 0, label,
                employment);
    }

    /**
     * A distribution through any set of exact percentiles, e.g. a salary survey's own, or BLS's with some held
     * out.
     *
     * @param label what the figures describe, used in messages
     * @param basis the basis of the amounts
     * @param percentiles at least two, strictly increasing, each strictly between 0 and 100
     * @param amounts the wages at those percentiles, positive and non-decreasing
     * @param mean the mean wage, if known (it sets the upper tail)
     * @return the distribution (with no employment figure)
     * @throws IllegalArgumentException naming the argument, the valid range and the value
     */
    public static OccupationDistribution of(String label, WageBasis basis, double[] percentiles,
                                            double[] amounts, OptionalDouble mean) {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(percentiles, "percentiles must not be null");
        Objects.requireNonNull(amounts, "amounts must not be null");
        Objects.requireNonNull(mean, "mean must not be null");
        if (percentiles.length != amounts.length || percentiles.length < 2) {
            throw new IllegalArgumentException("Invalid number of points for " + label + " (valid values: 2 or more,"
                    + " as many amounts as percentiles): " + percentiles.length + " percentiles, " + amounts.length
                    + " amounts");
        }
        for (int i = 0; i < percentiles.length; i++) {
            if (!(percentiles[i] > 0 && percentiles[i] < 100) || (i > 0 && percentiles[i] <= percentiles[i - 1])) {
                throw new IllegalArgumentException("Invalid value for percentiles[" + i + "] of " + label
                        + " (valid values 0 < p < 100, strictly increasing): " + percentiles[i]);
            }
            if (!(amounts[i] > 0 && Double.isFinite(amounts[i])) || (i > 0 && amounts[i] < amounts[i - 1])) {
                throw new IllegalArgumentException("Invalid value for amounts[" + i + "] of " + label
                        + " (valid values > 0, finite, non-decreasing): " + amounts[i]);
            }
        }
        if (mean.isPresent() && !(mean.getAsDouble() > 0 && Double.isFinite(mean.getAsDouble()))) {
            throw new IllegalArgumentException("Invalid value for mean of " + label + " (valid values > 0, finite): "
                    + mean.getAsDouble());
        }
        PercentileGrid grid = PercentileGrid.of(percentiles);
        DistributionColumns model = DistributionColumns.ofRow(basis, grid, new PointSelection(grid.size())
                .all(amounts), mean.orElse(Double.NaN));
        return new OccupationDistribution(model, 0, label, Figure.missing(FigureStatus.EMPLOYMENT_NOT_AVAILABLE));
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public WageBasis basis() {
        return model.basis();
    }

    /** @return the employment, this distribution's weight in a group (may be a missing figure) */
    public Figure employment() {
        return employment;
    }

    @Override
    public WageAtPercentile wageAt(double percentile) {
        checkPercentile(percentile);
        double wage = model.wage(row, percentile, StandardNormal.quantile(percentile / 100));
        return new WageAtPercentile(percentile, Wage.of(wage, basis()), model.wageIsLowerBound(row, percentile));
    }

    @Override
    public PercentileRank rankOf(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        if (wage.basis() != basis()) {
            throw new BasisMismatchException("rank a wage in " + label, basis(), wage.basis());
        }
        double a = wage.amount();
        return new PercentileRank(wage, model.rank(row, a, Math.log(a)), model.rankIsLowerBound(row, a),
                model.rankIsUpperBound(row, a));
    }

    /**
     * The model's rank of a dollar amount, without top-code bounds or boxing: {@code 100·F(amount)}.
     *
     * @param amount dollars on {@link #basis()}, not negative
     * @return the rank, 0 - 100
     * @throws IllegalArgumentException if the amount is negative or not finite
     */
    public double percentileRankOf(double amount) {
        DistributionColumns.checkAmount(amount);
        return 100 * model.fraction(row, amount);
    }

    @Override
    public Wage mean() {
        return Wage.of(model.modelMean(row), basis());
    }

    /** @return BLS's published mean, if there is an exact one */
    public Optional<Wage> publishedMean() {
        double mean = model.publishedMean(row);
        return Double.isNaN(mean) ? Optional.empty() : Optional.of(Wage.of(mean, basis()));
    }

    /** @return true when the upper tail was fitted so that the distribution's mean equals BLS's mean */
    public boolean isMeanMatched() {
        return model.isMeanMatched(row);
    }

    /** @return the slope of log-wage per standard-normal unit above the highest published percentile */
    public double upperTailSlope() {
        return model.upperSlope(row);
    }

    /** @return the slope of log-wage per standard-normal unit below the lowest published percentile */
    public double lowerTailSlope() {
        return model.lowerSlope(row);
    }

    /** @return the top-code a published percentile was censored at, if any */
    public Optional<Wage> topCode() {
        return model.isTopCoded(row) ? Optional.of(Wage.of(model.amount(row, model.count(row) - 1), basis()))
                : Optional.empty();
    }

    /** @return the percentiles the model passes through (published exactly, or the top-coded one as its bound) */
    public List<WageAtPercentile> points() {
        int n = model.count(row);
        List<WageAtPercentile> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(new WageAtPercentile(model.percentile(row, j), Wage.of(model.amount(row, j), basis()),
                    model.isTopCoded(row) && j == n - 1));
        }
        return List.copyOf(out);
    }

    /**
     * How far a percentile lies outside the points the model passes through ({@link #points()}), in percentile
     * points: there the wage is an extrapolation along a fitted tail, not an interpolation between BLS's figures, and
     * the further out, the less it rests on them. P99.9 of an occupation published from P10 to P90 is 9.9 points
     * beyond P90.
     *
     * @param percentile strictly between 0 and 100
     * @return points above the highest point (positive), below the lowest (negative), or 0 between them
     * @throws IllegalArgumentException if the percentile is not strictly between 0 and 100
     */
    public double beyondPoints(double percentile) {
        checkPercentile(percentile);
        List<WageAtPercentile> ps = points();
        double lowest = ps.get(0).percentile();
        double highest = ps.get(ps.size() - 1).percentile();
        // In decimal, as percentiles are typed: 99.9 − 90 is 9.9, not 9.900000000000006.
        double edge = percentile > highest ? highest : percentile < lowest ? lowest : percentile;
        return BigDecimal.valueOf(percentile).subtract(BigDecimal.valueOf(edge)).doubleValue();
    }

    /** Prints the label, basis, points and tail model. */
    @Override
    public String toString() {
        return label + ", " + basis().name().toLowerCase() + ": " + points() + ", upper tail "
                + (isMeanMatched() ? "matched to mean " + publishedMean().orElseThrow()
                : "continuing the last segment");
    }

    static void checkPercentile(double percentile) {
        if (!(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("Invalid value for percentile (valid values 0 < p < 100): "
                    + percentile);
        }
    }

    /** @return the model this is a view of */
    DistributionColumns model() {
        return model;
    }

    /** @return the row of {@link #model()} this is a view of */
    int row() {
        return row;
    }
}

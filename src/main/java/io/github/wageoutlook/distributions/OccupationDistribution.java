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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * One occupation's wage distribution on one basis, estimated from BLS's published percentiles and mean.
 *
 * <p>The model, in the coordinates {@code z = Φ⁻¹(p)} (standard-normal quantile) and {@code y = ln(wage)}:
 * <ol>
 *   <li>Between the outermost published percentiles, {@code y(z)} is the monotone cubic (PCHIP,
 *       {@link MonotoneCubicInterpolator}) through the published points, so those points are reproduced exactly and
 *       the quantile function never decreases. A lognormal distribution would be a straight line here.</li>
 *   <li>Below the lowest published percentile, {@code y} continues linearly with the slope of the first segment
 *       (a lognormal tail).</li>
 *   <li>Above the highest one, {@code y} continues linearly with a slope {@code t} chosen so that the mean of the
 *       whole distribution, {@code E[W] = ∫ e^{y(z)} φ(z) dz}, equals BLS's published mean: the mean says how heavy
 *       the upper tail is. The tails integrate in closed form, {@code ∫_{z_n}^∞ e^{y_n + t(z - z_n)} φ(z) dz =
 *       e^{y_n - t z_n + t²/2} Φ(t - z_n)}; the interior uses 16-point Gauss–Legendre per segment; {@code t} is
 *       found with Brent's method in [0.01, 3]. If no mean is published, or no slope in that range matches it, the
 *       slope of the last segment is used and {@link #isMeanMatched()} is false.</li>
 * </ol>
 * Both tail slopes are at least 0.01 so that the distribution is strictly increasing and every wage has a rank.
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

    private static final double[] GAUSS_NODES;
    private static final double[] GAUSS_WEIGHTS;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(16);
        GAUSS_NODES = new double[rule.getNumberOfPoints()];
        GAUSS_WEIGHTS = new double[rule.getNumberOfPoints()];
        for (int i = 0; i < GAUSS_NODES.length; i++) {
            GAUSS_NODES[i] = rule.getPoint(i);
            GAUSS_WEIGHTS[i] = rule.getWeight(i);
        }
    }

    private final String label;
    private final WageBasis basis;
    private final Figure employment;
    private final double[] percentiles;
    private final double[] amounts;
    private final double[] z;
    private final double[] y;
    private final double[][] coef;
    private final double lowerSlope;
    private final double upperSlope;
    private final boolean topCoded;
    private final double topCodedPercentile;
    private final double lastExactPercentile;
    private final OptionalDouble publishedMean;
    private final boolean meanMatched;
    private final double modelMean;

    private OccupationDistribution(String label, WageBasis basis, Figure employment, double[] percentiles,
                                   double[] amounts, boolean lastIsTopCode, OptionalDouble publishedMean) {
        this.label = label;
        this.basis = basis;
        this.employment = employment;
        this.percentiles = percentiles;
        this.amounts = amounts;
        this.publishedMean = publishedMean;
        int n = percentiles.length;
        this.topCoded = lastIsTopCode;
        this.topCodedPercentile = lastIsTopCode ? percentiles[n - 1] : 100;
        this.lastExactPercentile = lastIsTopCode ? percentiles[n - 2] : percentiles[n - 1];
        z = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = StandardNormal.quantile(percentiles[i] / 100);
            y[i] = Math.log(amounts[i]);
        }
        coef = MonotoneCubicInterpolator.coefficients(z, y);
        lowerSlope = Math.max(MIN_TAIL_SLOPE, (y[1] - y[0]) / (z[1] - z[0]));
        double secant = Math.max(MIN_TAIL_SLOPE, (y[n - 1] - y[n - 2]) / (z[n - 1] - z[n - 2]));
        double fixedPart = lowerTailMean(lowerSlope) + interiorMean();
        double slope = secant;
        boolean matched = false;
        if (publishedMean.isPresent()) {
            double rest = publishedMean.getAsDouble() - fixedPart;
            if (rest > upperTailMean(MIN_TAIL_SLOPE) && rest < upperTailMean(MAX_TAIL_SLOPE)) {
                slope = new BrentSolver(1e-12).solve(200, t -> upperTailMean(t) - rest, MIN_TAIL_SLOPE,
                        MAX_TAIL_SLOPE);
                matched = true;
            }
        }
        upperSlope = slope;
        meanMatched = matched;
        modelMean = fixedPart + upperTailMean(upperSlope);
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
        String label = row.socCode() + " " + row.title() + " (May " + row.year() + ")";
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
        // A file may publish decreasing percentiles (readers keep BLS's files as they are; OewsAudit reports them):
        // no distribution passes through them, so refuse rather than return one that ranks wages wrongly.
        summary.firstDecrease().ifPresent(d -> {
            throw new IllegalArgumentException("Occupation " + label + " has decreasing published percentiles (valid:"
                    + " non-decreasing P10 ≤ P25 ≤ median ≤ P75 ≤ P90): " + d);
        });
        List<Double> ps = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        boolean topCode = false;
        for (int p : WageSummary.PUBLISHED_PERCENTILES) {
            WageFigure f = summary.percentile(p);
            if (f.isExact() && f.amount() > 0) {
                ps.add((double) p);
                ws.add(f.amount());
            } else if (f.isLowerBound()) {
                if (ws.isEmpty() || f.amount() > ws.get(ws.size() - 1)) {
                    ps.add((double) p);
                    ws.add(f.amount());
                    topCode = true;
                }
                break;
            }
        }
        int exact = ps.size() - (topCode ? 1 : 0);
        if (ps.size() < 2 || exact < 1) {
            throw new IllegalArgumentException("Occupation " + label + " has no " + summary.basis().name()
                    .toLowerCase() + " wage distribution (valid: at least two of P10, P25, median, P75, P90 published,"
                    + " one of them exactly): " + summary.percentiles());
        }
        OptionalDouble mean = summary.mean().isExact() ? OptionalDouble.of(summary.mean().amount())
                : OptionalDouble.empty();
        return new OccupationDistribution(label, summary.basis(), employment,
                ps.stream().mapToDouble(Double::doubleValue).toArray(),
                ws.stream().mapToDouble(Double::doubleValue).toArray(), topCode, mean);
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
        return new OccupationDistribution(label, basis, Figure.missing(FigureStatus.EMPLOYMENT_NOT_AVAILABLE),
                percentiles.clone(), amounts.clone(), false, mean);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public WageBasis basis() {
        return basis;
    }

    /** @return the employment, this distribution's weight in a group (may be a missing figure) */
    public Figure employment() {
        return employment;
    }

    @Override
    public WageAtPercentile wageAt(double percentile) {
        checkPercentile(percentile);
        if (topCoded && percentile >= topCodedPercentile) {
            return new WageAtPercentile(percentile, Wage.of(amounts[amounts.length - 1], basis), true);
        }
        for (int i = 0; i < percentiles.length; i++) {
            if (percentiles[i] == percentile) {
                return new WageAtPercentile(percentile, Wage.of(amounts[i], basis), false);
            }
        }
        // Rounding in exp(log(x)) must not put an estimate a hair outside its neighbouring published points.
        double estimate = quantileAmount(percentile / 100);
        int k = 0;
        while (k < percentiles.length && percentiles[k] < percentile) {
            k++;
        }
        if (k > 0) {
            estimate = Math.max(estimate, amounts[k - 1]);
        }
        if (k < percentiles.length) {
            estimate = Math.min(estimate, amounts[k]);
        }
        // Between the last exact percentile and a top-coded one the model stands the top-code in for a figure that
        // is at least that high, so its estimate there is a lower bound too.
        boolean belowTopCoded = topCoded && k == percentiles.length - 1;
        return new WageAtPercentile(percentile, Wage.of(estimate, basis), belowTopCoded);
    }

    @Override
    public PercentileRank rankOf(Wage wage) {
        Objects.requireNonNull(wage, "wage must not be null");
        if (wage.basis() != basis) {
            throw new BasisMismatchException("rank a wage in " + label, basis, wage.basis());
        }
        double a = wage.amount();
        if (topCoded && a >= amounts[amounts.length - 1]) {
            return new PercentileRank(wage, lastExactPercentile, true);
        }
        for (int i = percentiles.length - 1; i >= 0; i--) {
            if (amounts[i] == a) {
                return new PercentileRank(wage, percentiles[i], false);
            }
        }
        double rank = 100 * fractionAtOrBelow(a);
        int k = 0;
        while (k < amounts.length && amounts[k] < a) {
            k++;
        }
        if (k > 0) {
            rank = Math.max(rank, percentiles[k - 1]);
        }
        if (k < amounts.length) {
            rank = Math.min(rank, percentiles[k]);
        }
        return new PercentileRank(wage, rank, false, topCoded && k == amounts.length - 1);
    }

    /**
     * The model's rank of a dollar amount, without top-code bounds or boxing: {@code 100·F(amount)}.
     *
     * @param amount dollars on {@link #basis()}, not negative
     * @return the rank, 0 - 100
     * @throws IllegalArgumentException if the amount is negative or not finite
     */
    public double percentileRankOf(double amount) {
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw new IllegalArgumentException("Invalid value for wage amount (valid values 0 - finite dollars): "
                    + amount);
        }
        return 100 * fractionAtOrBelow(amount);
    }

    @Override
    public Wage mean() {
        return Wage.of(modelMean, basis);
    }

    /** @return BLS's published mean, if there is an exact one */
    public Optional<Wage> publishedMean() {
        return publishedMean.isPresent() ? Optional.of(Wage.of(publishedMean.getAsDouble(), basis))
                : Optional.empty();
    }

    /** @return true when the upper tail was fitted so that the distribution's mean equals BLS's mean */
    public boolean isMeanMatched() {
        return meanMatched;
    }

    /** @return the slope of log-wage per standard-normal unit above the highest published percentile */
    public double upperTailSlope() {
        return upperSlope;
    }

    /** @return the slope of log-wage per standard-normal unit below the lowest published percentile */
    public double lowerTailSlope() {
        return lowerSlope;
    }

    /** @return the top-code a published percentile was censored at, if any */
    public Optional<Wage> topCode() {
        return topCoded ? Optional.of(Wage.of(amounts[amounts.length - 1], basis)) : Optional.empty();
    }

    /** @return the percentiles the model passes through (published exactly, or the top-coded one as its bound) */
    public List<WageAtPercentile> points() {
        List<WageAtPercentile> out = new ArrayList<>();
        for (int i = 0; i < percentiles.length; i++) {
            out.add(new WageAtPercentile(percentiles[i], Wage.of(amounts[i], basis),
                    topCoded && i == percentiles.length - 1));
        }
        return List.copyOf(out);
    }

    /** Prints the label, basis, points and tail model. */
    @Override
    public String toString() {
        return label + ", " + basis.name().toLowerCase() + ": " + points() + ", upper tail "
                + (meanMatched ? "matched to mean " + Wage.of(publishedMean.getAsDouble(), basis)
                : "continuing the last segment");
    }

    static void checkPercentile(double percentile) {
        if (!(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("Invalid value for percentile (valid values 0 < p < 100): "
                    + percentile);
        }
    }

    /** The model's quantile in dollars, top-codes ignored (the model continues past them). */
    double quantileAmount(double probability) {
        return Math.exp(logQuantile(StandardNormal.quantile(probability)));
    }

    /** The model's {@code F(amount)}, top-codes ignored. */
    double fractionAtOrBelow(double amount) {
        if (amount <= 0) {
            return 0;
        }
        return StandardNormal.cdf(normalScore(Math.log(amount)));
    }

    boolean isTopCoded() {
        return topCoded;
    }

    double topCodeAmount() {
        return amounts[amounts.length - 1];
    }

    private double logQuantile(double zz) {
        int n = z.length;
        if (zz <= z[0]) {
            return y[0] + lowerSlope * (zz - z[0]);
        }
        if (zz >= z[n - 1]) {
            return y[n - 1] + upperSlope * (zz - z[n - 1]);
        }
        int k = 0;
        while (zz >= z[k + 1]) {
            k++;
        }
        double t = zz - z[k];
        double[] c = coef[k];
        return c[0] + t * (c[1] + t * (c[2] + t * c[3]));
    }

    /** Inverts {@code y(z)}: the standard-normal score of a log-wage. */
    private double normalScore(double logAmount) {
        int n = z.length;
        if (logAmount <= y[0]) {
            return z[0] + (logAmount - y[0]) / lowerSlope;
        }
        if (logAmount >= y[n - 1]) {
            return z[n - 1] + (logAmount - y[n - 1]) / upperSlope;
        }
        int k = 0;
        while (logAmount >= y[k + 1]) {
            k++;
        }
        double h = z[k + 1] - z[k];
        double[] c = coef[k];
        double target = logAmount - c[0];
        double t = MonotoneCubicInterpolator.invertSegment(c[1], c[2], c[3], target, h,
                h * target / (y[k + 1] - y[k]));
        return z[k] + t;
    }

    private double lowerTailMean(double s) {
        return Math.exp(y[0] - s * z[0] + 0.5 * s * s) * StandardNormal.cdf(z[0] - s);
    }

    private double upperTailMean(double t) {
        int n = z.length;
        return Math.exp(y[n - 1] - t * z[n - 1] + 0.5 * t * t) * StandardNormal.cdf(t - z[n - 1]);
    }

    private double interiorMean() {
        double sum = 0;
        for (int k = 0; k < coef.length; k++) {
            double half = 0.5 * (z[k + 1] - z[k]);
            double[] c = coef[k];
            for (int i = 0; i < GAUSS_NODES.length; i++) {
                double t = half * (GAUSS_NODES[i] + 1);
                double logW = c[0] + t * (c[1] + t * (c[2] + t * c[3]));
                sum += half * GAUSS_WEIGHTS[i] * Math.exp(logW) * StandardNormal.density(z[k] + t);
            }
        }
        return sum;
    }
}

package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Estimates one percentile of an occupation from its other published points and from how the occupation's
 * distribution deviated from the model in the neighbouring survey years.
 *
 * <p>The distribution model ({@link OccupationDistribution}) assumes one smooth shape for every occupation. Real
 * occupations deviate from it, and they deviate the same way year after year: measured on the shipped national
 * files 2014–2024, the residual of a held-out P25 (log of published over predicted) in one year predicts the next
 * year's. This class measures that residual, for one target percentile and one set of input percentiles, in every
 * year where all of them were published exactly, and corrects an estimate by a weighted average of the residuals
 * of the same occupation (same area and industry) in the years within {@link #WINDOW} of it. It never reads the
 * target figure of the year being estimated, so it can estimate a figure that BLS withheld, and
 * {@link DistributionAccuracy} can hold a figure out and score the estimate honestly.
 *
 * <p>The correction for year {@code y} is {@code Σ w_d r(y ± d) / (Σ w_d + λ)} with {@code w_d = 1/d²} over the
 * years {@code 1 ≤ d ≤ WINDOW} that have a residual, and {@code λ = }{@link #SHRINKAGE}: a single neighbour one year
 * away moves the estimate by 77% of its residual, none leaves the model's estimate as it is. Window and shrinkage
 * were chosen on the shipped files (a window of 1 to 3 years and a shrinkage of 0 to 0.5 all land within 0.05
 * points of the chosen figure).
 *
 * <pre>{@code
 * List<OewsTable> years = Oews.nationalYears().stream().map(Oews::national).toList();
 * NeighbourYearShape p25 = NeighbourYearShape.measure(years, WageBasis.ANNUAL, 25, new double[] {10, 50, 90});
 * p25.estimate(Oews.national(2018).occupation("43-4051").orElseThrow());  // $26,780 (BLS: $26,730)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NeighbourYearShape {
    /** How many years either side of the estimated year contribute. */
    public static final int WINDOW = 2;
    /** The prior weight of "no correction" against the neighbours' weights. */
    public static final double SHRINKAGE = 0.3;

    private final WageBasis basis;
    private final int target;
    private final double[] inputs;
    /** Log residual by occupation key (area, industry, SOC code) and year. */
    private final Map<String, Map<Integer, Double>> residuals;

    private NeighbourYearShape(WageBasis basis, int target, double[] inputs,
                               Map<String, Map<Integer, Double>> residuals) {
        this.basis = basis;
        this.target = target;
        this.inputs = inputs;
        this.residuals = residuals;
    }

    /**
     * Measures the model's residual at {@code target} in every row of the tables that has the target and all the
     * inputs published exactly.
     *
     * @param years OEWS tables of several survey years (rows of other years and of groups are matched by area,
     *     industry and SOC code; a year may appear in only one table)
     * @param basis hourly or annual
     * @param target the percentile to estimate: one of BLS's published percentiles (10, 25, 50, 75, 90)
     * @param inputs the published percentiles the estimate is built from, at least two, increasing, without the
     *     target
     * @return the measured shapes
     * @throws IllegalArgumentException naming the argument if the target is not a published percentile or the
     *     inputs are fewer than two, not published percentiles, not increasing or include the target
     */
    public static NeighbourYearShape measure(List<OewsTable> years, WageBasis basis, int target, double[] inputs) {
        Objects.requireNonNull(years, "years must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(inputs, "inputs must not be null");
        if (!WageSummary.PUBLISHED_PERCENTILES.contains(target)) {
            throw new IllegalArgumentException("Invalid value for target (valid values: one of BLS's published "
                    + "percentiles " + WageSummary.PUBLISHED_PERCENTILES + "): " + target);
        }
        if (inputs.length < 2) {
            throw new IllegalArgumentException("Invalid number of inputs (valid values: 2 or more published "
                    + "percentiles): " + Arrays.toString(inputs));
        }
        for (int i = 0; i < inputs.length; i++) {
            double p = inputs[i];
            boolean published = p == Math.rint(p) && WageSummary.PUBLISHED_PERCENTILES.contains((int) p);
            if (!published || p == target || (i > 0 && p <= inputs[i - 1])) {
                throw new IllegalArgumentException("Invalid value for inputs[" + i + "] (valid values: published "
                        + "percentiles " + WageSummary.PUBLISHED_PERCENTILES + ", increasing, "
                        + "without the target " + target + "): " + p);
            }
        }
        double[] in = inputs.clone();
        Map<String, Map<Integer, Double>> residuals = new HashMap<>();
        for (OewsTable table : years) {
            for (OccupationWages row : table.rows()) {
                if (!row.publishedBasis().includes(basis)) {
                    continue;
                }
                WageFigure published = row.wages(basis).percentile(target);
                if (!published.isExact() || published.amount() <= 0) {
                    continue;
                }
                OptionalDouble model = modelEstimate(row, basis, target, in);
                if (model.isPresent()) {
                    residuals.computeIfAbsent(key(row), k -> new HashMap<>())
                            .put(row.year(), Math.log(published.amount() / model.getAsDouble()));
                }
            }
        }
        return new NeighbourYearShape(basis, target, in, residuals);
    }

    /** @return the percentile this estimates */
    public int target() {
        return target;
    }

    /** @return the published percentiles the estimate is built from */
    public double[] inputs() {
        return inputs.clone();
    }

    /**
     * The log correction for a row: the weighted, shrunk average of the occupation's residuals in the neighbouring
     * years, never the row's own year.
     *
     * @param row an occupation in one year
     * @return the correction, 0 when no neighbouring year has a residual
     */
    public double correction(OccupationWages row) {
        double[] sums = neighbourSums(row);
        return sums[1] == 0 ? 0 : sums[0] / (sums[1] + SHRINKAGE);
    }

    /**
     * How many of the occupation's neighbouring years (within {@link #WINDOW}) contribute to its correction.
     *
     * @param row an occupation in one year
     * @return 0 when the estimate is the model's alone
     */
    public int neighbours(OccupationWages row) {
        return (int) neighbourSums(row)[2];
    }

    /** Over the years within {@link #WINDOW} of the row's that have a residual: Σ w_d r, Σ w_d and their count. */
    private double[] neighbourSums(OccupationWages row) {
        Objects.requireNonNull(row, "row must not be null");
        Map<Integer, Double> byYear = residuals.getOrDefault(key(row), Map.of());
        double[] sums = new double[3];
        for (int d = 1; d <= WINDOW; d++) {
            double w = 1.0 / (d * d);
            for (int year : new int[] {row.year() - d, row.year() + d}) {
                Double r = byYear.get(year);
                if (r != null) {
                    sums[0] += w * r;
                    sums[1] += w;
                    sums[2]++;
                }
            }
        }
        return sums;
    }

    /**
     * Estimates the target percentile of a row from its input percentiles and mean (the model) corrected by the
     * neighbouring years. The row's own target figure is not read.
     *
     * @param row an occupation in one year
     * @return the estimate, or empty when the row lacks an exact input percentile or the basis
     */
    public OptionalDouble estimate(OccupationWages row) {
        Objects.requireNonNull(row, "row must not be null");
        if (!row.publishedBasis().includes(basis)) {
            return OptionalDouble.empty();
        }
        OptionalDouble model = modelEstimate(row, basis, target, inputs);
        return model.isPresent() ? OptionalDouble.of(model.getAsDouble() * Math.exp(correction(row))) : model;
    }

    /** The model's estimate of the target from the inputs and the exact mean, if every input is exact. */
    static OptionalDouble modelEstimate(OccupationWages row, WageBasis basis, int target, double[] inputs) {
        WageSummary s = row.wages(basis);
        double[] amounts = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            WageFigure f = s.percentile((int) inputs[i]);
            if (!f.isExact() || f.amount() <= 0 || (i > 0 && f.amount() < amounts[i - 1])) {
                return OptionalDouble.empty();
            }
            amounts[i] = f.amount();
        }
        OptionalDouble mean = s.mean().isExact() ? OptionalDouble.of(s.mean().amount()) : OptionalDouble.empty();
        return OptionalDouble.of(OccupationDistribution.of(row.socCode() + " " + row.year(), basis,
                inputs, amounts, mean).wageAt(target).amount());
    }

    private static String key(OccupationWages row) {
        return row.area().code() + '|' + row.industry().naics() + '|' + row.ownership().code() + '|' + row.socCode();
    }
}

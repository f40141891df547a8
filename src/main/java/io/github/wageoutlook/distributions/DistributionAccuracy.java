package io.github.wageoutlook.distributions;

import io.github.wageoutlook.oews.OccupationWages;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.WageSummary;
import io.github.wageoutlook.soc.GroupLevel;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Measures the distribution model against BLS's own figures, beside simple baselines, so that accuracy claims are
 * printed from the real data rather than written by hand (the {@code accuracy} command prints these).
 *
 * <p>Three checks, each as a mean absolute percentage error {@code MAPE = mean |estimate / published - 1|}:
 * <ol>
 *   <li>Interior: for every detailed occupation with five exact annual percentiles, hold out P25 and P75, build the
 *       distribution from P10, median, P90 and the mean, and predict them. Baseline: linear interpolation on the
 *       percentile axis.</li>
 *   <li>Tails: hold out P10 and P90, build from P25, median, P75 and the mean. Baseline: linear extrapolation on the
 *       percentile axis. The model without the mean is shown too, to show what the mean adds.</li>
 *   <li>Both held-out checks are also scored with the model's estimate corrected by {@link NeighbourYearShape}:
 *       the occupation's own deviation from the model in the neighbouring survey years, measured on figures BLS
 *       published in those years; the held-out year's own figure is never read.</li>
 *   <li>Groups: rebuild each major group's median, P10 and P90 from its detailed occupations and compare with BLS's
 *       published major-group row (exact figures only; top-coded ones are counted as skipped). Baseline: the
 *       employment-weighted mean of the members' own figures.</li>
 * </ol>
 *
 * <pre>{@code DistributionAccuracy.measure(Oews.nationalYears().stream().map(Oews::national).toList());}</pre>
 */
public final class DistributionAccuracy {
    private static final double[] OUTER = {10, 50, 90};
    private static final double[] INNER = {25, 50, 75};

    private DistributionAccuracy() {
    }

    /**
     * One method's error on one statistic.
     *
     * @param check which check, e.g. "held-out P25/P75 from P10, median, P90, mean"
     * @param statistic the statistic predicted, e.g. "P25"
     * @param method the method, e.g. "linear interpolation on the percentile axis (baseline)"
     * @param baseline true for a baseline
     * @param rows how many published figures were predicted
     * @param skipped how many were not (top-coded or not published)
     * @param mape mean absolute percentage error, in percent
     * @param target the target MAPE in percent, if the issue sets one for this statistic and method
     */
    public record Result(String check, String statistic, String method, boolean baseline, int rows, int skipped,
                         double mape, OptionalDouble target) {
        /**
         * Checks the parts.
         *
         * @param check which check
         * @param statistic the statistic predicted
         * @param method the method
         * @param baseline true for a baseline
         * @param rows how many published figures were predicted
         * @param skipped how many were not
         * @param mape mean absolute percentage error, in percent
         * @param target the target MAPE in percent, if any
         * @throws IllegalArgumentException if a count is negative or the error is not finite
         */
        public Result {
            Objects.requireNonNull(check, "check must not be null");
            Objects.requireNonNull(statistic, "statistic must not be null");
            Objects.requireNonNull(method, "method must not be null");
            Objects.requireNonNull(target, "target must not be null");
            if (rows < 0 || skipped < 0) {
                throw new IllegalArgumentException("Invalid value for rows/skipped (valid values ≥ 0): " + rows + "/"
                        + skipped);
            }
            if (rows > 0 && !Double.isFinite(mape)) {
                throw new IllegalArgumentException("Invalid value for mape (valid values finite): " + mape);
            }
        }

        /** @return true when a target is set and the error is within it */
        public boolean meetsTarget() {
            return target.isPresent() && mape <= target.getAsDouble();
        }
    }

    /**
     * Runs the three checks on annual wages.
     *
     * @param years OEWS tables, each of one context (year, area, industry, ownership), e.g. the national
     *     cross-industry tables as shipped, one per survey year
     * @return the results, baselines first within each statistic
     * @throws io.github.wageoutlook.oews.MixedContextsException if a table holds several contexts, naming them
     */
    public static List<Result> measure(List<OewsTable> years) {
        return measure(years, List.of());
    }

    /**
     * Runs the three checks on annual wages of some years, with the occupations' shapes ({@link NeighbourYearShape})
     * measured in those years and in neighbouring ones: how the check reads one year, e.g. May 2021 with May
     * 2019–2023 beside it. Only the first list is scored; a year's own figures never correct its estimates.
     *
     * @param years the OEWS tables scored, each of one context
     * @param neighbours further tables of the same context whose published percentiles give the shapes only
     * @return the results, baselines first within each statistic
     * @throws io.github.wageoutlook.oews.MixedContextsException if a table holds several contexts, naming them
     */
    public static List<Result> measure(List<OewsTable> years, List<OewsTable> neighbours) {
        Objects.requireNonNull(years, "years must not be null");
        Objects.requireNonNull(neighbours, "neighbours must not be null");
        List<OewsTable> shapes = new ArrayList<>(years);
        shapes.addAll(neighbours);
        for (OewsTable table : shapes) {
            // A group rebuilt from rows of several contexts, or a neighbour year of another area, would be wrong.
            table.singleContext("the accuracy check", "pass each context's rows as a table of its own "
                    + "(OewsTable.byContext().values())");
        }
        Errors p25Lin = new Errors();
        Errors p75Lin = new Errors();
        Errors p25 = new Errors();
        Errors p75 = new Errors();
        Errors p10Lin = new Errors();
        Errors p90Lin = new Errors();
        Errors p10 = new Errors();
        Errors p90 = new Errors();
        Errors p10NoMean = new Errors();
        Errors p90NoMean = new Errors();
        Errors p25Shape = new Errors();
        Errors p75Shape = new Errors();
        Errors p10Shape = new Errors();
        Errors p90Shape = new Errors();
        NeighbourYearShape shape25 = NeighbourYearShape.measure(shapes, WageBasis.ANNUAL, 25, OUTER);
        NeighbourYearShape shape75 = NeighbourYearShape.measure(shapes, WageBasis.ANNUAL, 75, OUTER);
        NeighbourYearShape shape10 = NeighbourYearShape.measure(shapes, WageBasis.ANNUAL, 10, INNER);
        NeighbourYearShape shape90 = NeighbourYearShape.measure(shapes, WageBasis.ANNUAL, 90, INNER);
        int detailedSkipped = 0;
        Errors[] groupBase = {new Errors(), new Errors(), new Errors()};
        Errors[] groupMix = {new Errors(), new Errors(), new Errors()};
        int[] groupSkipped = new int[3];
        int[] groupPct = {50, 10, 90};
        for (OewsTable table : years) {
            for (OccupationWages row : table.level(GroupLevel.DETAILED).rows()) {
                WageSummary a = row.annual();
                if (!a.percentiles().stream().allMatch(WageFigure::isExact)) {
                    detailedSkipped++;
                    continue;
                }
                double w10 = a.p10().amount();
                double w25 = a.p25().amount();
                double w50 = a.median().amount();
                double w75 = a.p75().amount();
                double w90 = a.p90().amount();
                OptionalDouble mean = a.mean().isExact() ? OptionalDouble.of(a.mean().amount())
                        : OptionalDouble.empty();
                String label = row.socCode() + " " + row.year();
                p25Lin.add(w10 + (w50 - w10) * 15 / 40, w25);
                p75Lin.add(w50 + (w90 - w50) * 25 / 40, w75);
                OccupationDistribution outer = OccupationDistribution.of(label, WageBasis.ANNUAL, OUTER,
                        new double[] {w10, w50, w90}, mean);
                double e25 = outer.wageAt(25).amount();
                double e75 = outer.wageAt(75).amount();
                p25.add(e25, w25);
                p75.add(e75, w75);
                p25Shape.add(e25 * Math.exp(shape25.correction(row)), w25);
                p75Shape.add(e75 * Math.exp(shape75.correction(row)), w75);
                p10Lin.add(w25 - (w50 - w25) * 15 / 25, w10);
                p90Lin.add(w75 + (w75 - w50) * 15 / 25, w90);
                double[] inner = {w25, w50, w75};
                OccupationDistribution withMean = OccupationDistribution.of(label, WageBasis.ANNUAL,
                        INNER, inner, mean);
                OccupationDistribution noMean = OccupationDistribution.of(label, WageBasis.ANNUAL,
                        INNER, inner, OptionalDouble.empty());
                double e10 = withMean.wageAt(10).amount();
                double e90 = withMean.wageAt(90).amount();
                p10.add(e10, w10);
                p90.add(e90, w90);
                p10NoMean.add(noMean.wageAt(10).amount(), w10);
                p90NoMean.add(noMean.wageAt(90).amount(), w90);
                p10Shape.add(e10 * Math.exp(shape10.correction(row)), w10);
                p90Shape.add(e90 * Math.exp(shape90.correction(row)), w90);
            }
            for (OccupationWages major : table.level(GroupLevel.MAJOR).rows()) {
                GroupDistribution group = GroupDistribution.from(table, major.socCode(), WageBasis.ANNUAL);
                for (int s = 0; s < 3; s++) {
                    WageFigure published = major.annual().percentile(groupPct[s]);
                    if (!published.isExact()) {
                        groupSkipped[s]++;
                        continue;
                    }
                    groupMix[s].add(group.wageAt(groupPct[s]).amount(), published.amount());
                    groupBase[s].add(weightedMeanOfMembers(table, major.majorGroup(), groupPct[s]),
                            published.amount());
                }
            }
        }
        String interior = "held-out P25/P75 from P10, median, P90 and mean (detailed occupations, five exact "
                + "annual percentiles)";
        String tails = "held-out P10/P90 from P25, median, P75 and mean (same occupations)";
        String groups = "major-group figures rebuilt from detailed occupations vs BLS's published group row";
        String lin = "linear interpolation on the percentile axis";
        String ext = "linear extrapolation on the percentile axis";
        String model = "PCHIP in (z, ln w), mean-matched upper tail";
        String shaped = "the same, corrected by the occupation's shape in years ±" + NeighbourYearShape.WINDOW;
        String weighted = "employment-weighted mean of members' figures";
        String mixture = "employment-weighted mixture of member distributions";
        OptionalDouble none = OptionalDouble.empty();
        List<Result> out = new ArrayList<>();
        out.add(p25Lin.result(interior, "P25", lin, true, detailedSkipped, none));
        out.add(p25.result(interior, "P25", model, false, detailedSkipped, OptionalDouble.of(1.5)));
        out.add(p25Shape.result(interior, "P25", shaped, false, detailedSkipped, OptionalDouble.of(1.5)));
        out.add(p75Lin.result(interior, "P75", lin, true, detailedSkipped, none));
        out.add(p75.result(interior, "P75", model, false, detailedSkipped, OptionalDouble.of(1.5)));
        out.add(p75Shape.result(interior, "P75", shaped, false, detailedSkipped, OptionalDouble.of(1.5)));
        out.add(p10Lin.result(tails, "P10", ext, true, detailedSkipped, none));
        out.add(p10NoMean.result(tails, "P10", model + ", without the mean", false, detailedSkipped, none));
        out.add(p10.result(tails, "P10", model, false, detailedSkipped, OptionalDouble.of(3)));
        out.add(p10Shape.result(tails, "P10", shaped, false, detailedSkipped, OptionalDouble.of(3)));
        out.add(p90Lin.result(tails, "P90", ext, true, detailedSkipped, none));
        out.add(p90NoMean.result(tails, "P90", model + ", without the mean", false, detailedSkipped, none));
        out.add(p90.result(tails, "P90", model, false, detailedSkipped, OptionalDouble.of(3)));
        out.add(p90Shape.result(tails, "P90", shaped, false, detailedSkipped, OptionalDouble.of(3)));
        String[] names = {"median", "P10", "P90"};
        for (int s = 0; s < 3; s++) {
            out.add(groupBase[s].result(groups, names[s], weighted, true, groupSkipped[s], none));
            out.add(groupMix[s].result(groups, names[s], mixture, false, groupSkipped[s],
                    s == 0 ? OptionalDouble.of(1.0) : none));
        }
        return List.copyOf(out);
    }

    private static double weightedMeanOfMembers(OewsTable table, String major, int percentile) {
        double sum = 0;
        double weight = 0;
        for (OccupationWages r : table.level(GroupLevel.DETAILED).majorGroup(major).rows()) {
            WageFigure f = r.annual().percentile(percentile);
            if (f.isExact() && r.employment().isAvailable()) {
                sum += r.employment().value() * f.amount();
                weight += r.employment().value();
            }
        }
        return sum / weight;
    }

    private static final class Errors {
        private double sum;
        private int n;

        void add(double estimate, double published) {
            sum += Math.abs(estimate / published - 1);
            n++;
        }

        Result result(String check, String statistic, String method, boolean baseline, int skipped,
                      OptionalDouble target) {
            return new Result(check, statistic, method, baseline, n, skipped, n == 0 ? 0 : 100 * sum / n, target);
        }
    }
}

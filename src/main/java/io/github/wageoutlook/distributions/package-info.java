/**
 * Wage distributions: any percentile, the percentile rank of any wage, bands and group medians, estimated from the
 * five percentiles and the mean that OEWS publishes, and percentiles of a user's own salaries.
 *
 * <p>A tour: {@link io.github.wageoutlook.distributions.WageDistribution} is the entry type —
 * {@link io.github.wageoutlook.distributions.OccupationDistribution} for one occupation and
 * {@link io.github.wageoutlook.distributions.GroupDistribution} for an employment-weighted mixture such as a SOC major
 * group. The model itself (a monotone cubic through the published percentiles in (normal quantile, log-wage) space,
 * with {@link io.github.wageoutlook.distributions.MonotoneCubicInterpolator}; tails fixed by the published mean) is
 * written once, column-wise, in {@link io.github.wageoutlook.distributions.DistributionColumns}, which fits every
 * row of a table at once: an {@code OccupationDistribution} is a view of one row of it, and a group mixes such rows.
 * Answers are {@link io.github.wageoutlook.distributions.WageAtPercentile},
 * {@link io.github.wageoutlook.distributions.PercentileRank} and
 * {@link io.github.wageoutlook.distributions.PercentileBand} (column-wise,
 * {@link io.github.wageoutlook.distributions.ColumnResult}); a top-coded figure stays a lower bound, and
 * {@link io.github.wageoutlook.distributions.BoundedEstimate} keeps an estimate shown beside a published figure
 * consistent with it. {@link io.github.wageoutlook.distributions.NeighbourYearShape} corrects an estimate by the
 * occupation's shape in neighbouring years, {@link io.github.wageoutlook.distributions.DistributionAccuracy} measures
 * the model against BLS's own published figures, and {@link io.github.wageoutlook.distributions.SalarySample}
 * computes percentiles of a salary list with a named {@link io.github.wageoutlook.distributions.QuantileEstimator}
 * (R-7 by default).
 *
 * <pre>{@code
 * WageDistribution d = WageDistribution.from(Oews.national(2018).occupation("43-4051").orElseThrow(), WageBasis.ANNUAL);
 * d.wageAt(95);                          // $62,870/yr, estimated
 * DistributionColumns.fit(Oews.national(2018), WageBasis.ANNUAL).rankOf(40_000);   // every row at once
 * }</pre>
 */
package io.github.wageoutlook.distributions;

/**
 * Wages: OEWS estimates as typed tables and the values they are made of.
 *
 * <p>A tour: {@link io.github.wageoutlook.oews.Oews#national(int)} gives an
 * {@link io.github.wageoutlook.oews.OewsTable} of the embedded BLS data; each row is an
 * {@link io.github.wageoutlook.oews.OccupationWages} with employment and a
 * {@link io.github.wageoutlook.oews.WageSummary} per basis, whose cells are
 * {@link io.github.wageoutlook.wages.WageFigure}s — a {@link io.github.wageoutlook.wages.Wage} (amount and basis), a
 * top-coded lower bound, or a figure BLS did not release.
 *
 * <pre>{@code Oews.national(2018).occupation("43-4051").orElseThrow().annual().median(); // $33,750}</pre>
 *
 * <p>Distributions: {@link io.github.wageoutlook.distributions.WageDistribution} estimates any percentile and percentile
 * rank of an occupation or an employment-weighted group from the published figures, with
 * {@link io.github.wageoutlook.distributions.PercentileBand}s; {@link io.github.wageoutlook.distributions.SalarySample} computes
 * percentiles of a user's own salaries with a named {@link io.github.wageoutlook.distributions.QuantileEstimator}.
 */
package io.github.wageoutlook.wages;

import io.github.wageoutlook.oews.Oews;

/**
 * Job outlook: BLS Employment Projections by occupation as typed tables, and the calculations on a projection.
 *
 * <p>A tour:
 * <ul>
 *   <li>{@link io.github.wageoutlook.projections.Projections} — the four embedded cycles (2016–26, 2019–29,
 *       2023–33, 2024–34) and one occupation across them;</li>
 *   <li>{@link io.github.wageoutlook.projections.ProjectionsTable} and
 *       {@link io.github.wageoutlook.projections.OccupationProjection} — the table and its rows, "—" kept as
 *       {@link io.github.wageoutlook.projections.EpNumber#unavailable()};</li>
 *   <li>{@link io.github.wageoutlook.projections.Projection} — CAGR = (E₁/E₀)^(1/years) − 1, employment in any year
 *       (compound or linear, flagged beyond the period), total openings, comparison with the all-occupations
 *       average, and the Handbook descriptor through {@link io.github.wageoutlook.projections.DescriptorScale};</li>
 *   <li>{@link io.github.wageoutlook.projections.Scenario} — user and shipped scenarios such as the +36% for
 *       customer service representatives in telephone call centers;</li>
 *   <li>{@link io.github.wageoutlook.projections.Backtest} — a cycle's path against realized OEWS employment,
 *       compared as growth rates.</li>
 * </ul>
 *
 * <p>{@link io.github.wageoutlook.projections.ProjectionsReader} reads BLS's occupation workbooks of every cycle and
 * {@link io.github.wageoutlook.projections.ScenarioReader} scenario CSV files.
 *
 * <pre>{@code
 * ProjectionsTable t = Projections.cycle("2016-26");
 * OccupationProjection csr = t.occupation("43-4051").orElseThrow();
 * csr.projection().compareWith(t.total().projection());   // +4.9% vs +7.4%
 * t.descriptor(csr);                                       // As fast as average
 * }</pre>
 */
package io.github.wageoutlook.projections;

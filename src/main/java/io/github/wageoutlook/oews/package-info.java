/**
 * The OEWS data model: BLS's Occupational Employment and Wage Statistics as typed tables, and the entry point to them.
 *
 * <p>A tour: {@link io.github.wageoutlook.oews.Oews} gives the embedded national estimates of any year
 * ({@link io.github.wageoutlook.oews.Oews#national(int)}) or reads any OEWS file
 * ({@link io.github.wageoutlook.oews.Oews#read(java.nio.file.Path)}) as an
 * {@link io.github.wageoutlook.oews.OewsTable}: typed queries (by SOC code, title, level, group, year, area,
 * industry) return typed tables, {@code toTable()} hands out a plain Tablesaw table. Each row is an
 * {@link io.github.wageoutlook.oews.OccupationWages} with employment and a
 * {@link io.github.wageoutlook.oews.WageSummary} per basis (mean, P10–P90), whose cells keep BLS's special codes: a
 * top-coded wage is the year's {@link io.github.wageoutlook.oews.TopCode}, a lower bound. Around the tables:
 * {@link io.github.wageoutlook.oews.OccupationLookup} (what a person types — a SOC code in any spelling, a title,
 * a misspelling — to one occupation, or the candidates), {@link io.github.wageoutlook.oews.OewsAudit} (what a file
 * publishes that looks wrong) and {@link io.github.wageoutlook.oews.WageComparison} (occupations side by side).
 *
 * <pre>{@code
 * OccupationWages csr = Oews.national(2018).occupation("43-4051").orElseThrow();
 * csr.annual().median();        // $33,750
 * }</pre>
 */
package io.github.wageoutlook.oews;

/**
 * The OEWS data model: BLS's Occupational Employment and Wage Statistics as typed tables, and the entry point to them.
 *
 * <p>A tour: {@link io.github.wageoutlook.oews.Oews} gives the embedded national estimates of any year
 * ({@link io.github.wageoutlook.oews.Oews#national(int)}), the embedded national industry estimates by sector
 * ({@link io.github.wageoutlook.oews.Oews#industries(int)}) or reads any OEWS file
 * ({@link io.github.wageoutlook.oews.Oews#read(java.nio.file.Path)}) as an
 * {@link io.github.wageoutlook.oews.OewsTable}: typed queries (by SOC code, title, level, group, year, area,
 * industry, ownership) return typed tables, {@code toTable()} hands out a plain Tablesaw table. Each row is an
 * {@link io.github.wageoutlook.oews.OccupationWages} with employment, the area and industry figures
 * (jobs per 1,000, location quotient, percent of the industry, percent of establishments reporting) and a
 * {@link io.github.wageoutlook.oews.WageSummary} per basis (mean, P10–P90), whose cells keep BLS's special codes: a
 * top-coded wage is the year's {@link io.github.wageoutlook.oews.TopCode}, a lower bound. Where and in which
 * industry: each row's {@link io.github.wageoutlook.oews.Area}, {@link io.github.wageoutlook.oews.Industry} and
 * {@link io.github.wageoutlook.oews.Ownership} make its {@link io.github.wageoutlook.oews.Context} with the year;
 * {@link io.github.wageoutlook.oews.ContextLookup} resolves what users type for them, and an aggregate over rows of
 * several contexts throws {@link io.github.wageoutlook.oews.MixedContextsException}. Around the tables:
 * {@link io.github.wageoutlook.oews.OccupationLookup} (what a person types — a SOC code in any spelling, a title,
 * a misspelling — to one occupation, or the candidates), {@link io.github.wageoutlook.oews.OewsAudit} (what a file
 * publishes that looks wrong), {@link io.github.wageoutlook.oews.WageComparison} (occupations side by side),
 * {@link io.github.wageoutlook.oews.ContextComparison} (one occupation across areas, industries or ownerships, small
 * estimates marked by {@link io.github.wageoutlook.oews.EstimateReliability}: a relative standard error of 30% or
 * more) and {@link io.github.wageoutlook.oews.OccupationLinks} (one occupation's rows in every year, across SOC
 * revisions).
 *
 * <p>The package reads its own formats: {@link io.github.wageoutlook.oews.OewsReader} (BLS's .xlsx workbooks, CSV
 * and zips, every layout 2014–2025, each cell's special codes kept; and the exports of BLS's OEWS data query tool,
 * {@link io.github.wageoutlook.oews.QueryExport}), the compact form the jar ships
 * ({@code CompactOews}, written at build time by {@link io.github.wageoutlook.oews.CompactOewsGenerator}) and
 * {@link io.github.wageoutlook.oews.EmbeddedOews}, which loads it; {@link io.github.wageoutlook.oews.OewsSeries} reads
 * OEWS series of a BLS API answer. {@code Oews.fetch} asks package {@code fetch} for the zip and reads it here.
 *
 * <pre>{@code
 * OccupationWages csr = Oews.national(2018).occupation("43-4051").orElseThrow();
 * csr.annual().median();        // $33,750
 * Oews.industries(2024).industry("56").occupation("43-4051");   // administrative and support: $37,550
 * }</pre>
 */
package io.github.wageoutlook.oews;

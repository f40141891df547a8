/**
 * Careers side by side: occupations compared on what a counsellor is asked — what it pays, whether there will be
 * openings, what schooling it takes — and the occupations O*NET relates to one ("what else could I do?").
 *
 * <p>A comparison combines the OEWS model (wages and employment in one context), Employment Projections (outlook,
 * openings, education, experience, training) and the experience brackets, so it lives above those packages; the
 * charts draw it and the command line prints it. A tour:
 * <ul>
 *   <li>{@link io.github.wageoutlook.careers.OccupationComparison} — occupations of one OEWS context side by side,
 *       sorted by median, growth, openings or employment; text, HTML and a Tablesaw table;</li>
 *   <li>{@link io.github.wageoutlook.careers.ComparedOccupation} — one of its rows, missing figures kept missing;</li>
 *   <li>{@link io.github.wageoutlook.careers.RelatedOccupations} — O*NET 29.3's related occupations (embedded,
 *       CC BY 4.0, with the attribution it asks for), and their comparison;</li>
 *   <li>{@link io.github.wageoutlook.careers.RelatedOccupation} and
 *       {@link io.github.wageoutlook.careers.Relatedness} — O*NET's rows, tiers and indexes;</li>
 *   <li>{@link io.github.wageoutlook.careers.OnetLink} — where OEWS publishes an O*NET occupation in a year: its own
 *       SOC code, a renumbered or broader code (BLS's SOC tables), or none, and why.</li>
 * </ul>
 * O*NET's text files are read here, beside their model ({@code OnetReader}).
 *
 * <pre>{@code
 * OccupationComparison.of(Oews.national(2018), "43-4051", "43-4171", "39-6012", "11-9081");
 * // medians $33,750, $29,140, $30,400, $53,390; outlook 2024-34; typical education
 * RelatedOccupations.onet().of("43-4051");   // its 20 related occupations in O*NET's order, with their figures
 * }</pre>
 */
package io.github.wageoutlook.careers;

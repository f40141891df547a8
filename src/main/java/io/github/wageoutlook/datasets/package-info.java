/**
 * The catalogue of the real BLS files shipped inside the jar (see {@code datasets/README.md} in the repository for
 * each file's source): their names, the years shipped, and {@link io.github.wageoutlook.datasets.Datasets#open} to
 * read one. It knows no domain type: each domain package reads its own embedded files through it
 * ({@code Oews.national}, {@code Oews.industries}, {@code Projections.cycle}, {@code Cpi.u},
 * {@code ExperienceBrackets.embedded}, {@code SocCrosswalk.bls}). The build writes three derived files beside the
 * originals (the compact OEWS forms and national employment by SOC code), with {@code oews.CompactOewsGenerator}.
 *
 * <pre>{@code
 * try (InputStream in = Datasets.open("oews/" + Datasets.oewsFileName(2018))) { … }   // the workbook as published
 * Datasets.OEWS_YEARS;                                                               // [2014, …, 2025]
 * }</pre>
 */
package io.github.wageoutlook.datasets;

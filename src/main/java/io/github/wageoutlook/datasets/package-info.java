/**
 * The embedded datasets: the real BLS files shipped inside the jar (see {@code datasets/README.md} in the
 * repository for each file's source), read with the {@code io} readers, and the compact OEWS form the build generates
 * from the workbooks for fast loading ({@code CompactOewsGenerator}).
 *
 * <p>Users reach the data through the domain entry points ({@code Oews.national}, {@code Projections.cycle},
 * {@code Cpi.u}, {@code ExperienceBrackets.embedded}); {@link io.github.wageoutlook.datasets.Datasets} is what they
 * call.
 *
 * <pre>{@code
 * OewsTable t = Datasets.oewsNational(2018);
 * OewsTable fromWorkbook = Datasets.oewsNationalFromWorkbook(2018);   // the original workbook, read again
 * }</pre>
 */
package io.github.wageoutlook.datasets;

/**
 * Readers of the data file formats: BLS OEWS workbooks and CSV, Employment Projections workbooks
 * ({@link io.github.wageoutlook.io.ProjectionsReader}) and scenario CSV files, with one exception type,
 * {@link io.github.wageoutlook.io.FileFormatException}, for every file that cannot be read. It names the source,
 * sheet, 1-based row, column and raw value.
 *
 * <pre>{@code OewsTable t = OewsReader.read(Path.of("national_M2018_dl.xlsx"));}</pre>
 */
package io.github.wageoutlook.io;

import io.github.wageoutlook.oews.OewsTable;

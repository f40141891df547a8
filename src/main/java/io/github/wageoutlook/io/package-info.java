/**
 * Readers of the data file formats — BLS OEWS workbooks and CSV ({@link io.github.wageoutlook.io.OewsReader}),
 * Employment Projections workbooks ({@link io.github.wageoutlook.io.ProjectionsReader}), CPI files — LABSTAT flat
 * files and data-tool Series Reports ({@link io.github.wageoutlook.io.CpiReader}) — BLS's SOC crosswalk and OEWS
 * hybrid structure ({@link io.github.wageoutlook.io.SocTablesReader}), experience brackets and scenario CSV files —
 * into the domain types,
 * with one exception type, {@link io.github.wageoutlook.io.FileFormatException}, for every file that cannot be read.
 * It names the source, sheet, 1-based row, column and raw value.
 *
 * <p>Readers build the domain packages' types, and those packages' entry points ({@code Oews.read},
 * {@code Projections.read}, {@code Cpi.read}, {@code SocCrosswalk.bls}) call the readers: the one accepted package cycle, as in Tablesaw.
 *
 * <pre>{@code OewsTable t = OewsReader.read(Path.of("national_M2018_dl.xlsx"));}</pre>
 */
package io.github.wageoutlook.io;

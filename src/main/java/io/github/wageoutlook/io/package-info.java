/**
 * The format mechanics every reader shares, and nothing domain-specific: {@link io.github.wageoutlook.io.Xlsx}
 * (streaming .xlsx sheets as rows of raw text), {@link io.github.wageoutlook.io.Csv} and
 * {@link io.github.wageoutlook.io.ByteCsv} (CSV from characters, and from bytes in parallel parts),
 * {@link io.github.wageoutlook.io.Cells} and {@link io.github.wageoutlook.io.TextRow} (a row's raw cells, fast decimal
 * parsing, spreadsheet column letters), and the one exception for every file that cannot be read,
 * {@link io.github.wageoutlook.io.FileFormatException}, which names the source, sheet, 1-based row, column and raw
 * value.
 *
 * <p>The readers of each format live with the model they build: {@code oews.OewsReader} (OEWS workbooks, CSV and
 * zips), {@code projections.ProjectionsReader} and {@code ScenarioReader}, {@code inflation.CpiReader} (LABSTAT flat
 * files and data-tool Series Reports), {@code soc.SocTablesReader}, {@code experience.ExperienceBracketReader}. This
 * package depends on no other package of the library ({@code ArchitectureTest}).
 *
 * <pre>{@code
 * try (Xlsx book = Xlsx.open("national_M2018_dl.xlsx", in)) {
 *     book.forEachRow(book.sheetNames().get(0), row -> { System.out.println(row.cell(0)); return true; });
 * }
 * }</pre>
 */
package io.github.wageoutlook.io;

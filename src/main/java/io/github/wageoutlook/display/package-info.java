/**
 * How the library's tables show themselves: as compact text in a console or JShell, as an HTML table in a notebook.
 * The one place where rows become text or HTML.
 *
 * <p>A table of the library ({@code OewsTable}, {@code ProjectionsTable}, {@code WageComparison}, {@code WageHistory},
 * a {@code WageDistribution}, {@code ExperienceCurve}, {@code ExperienceBrackets}) is {@link
 * io.github.wageoutlook.display.Tabular}: it lays its rows out as a {@link io.github.wageoutlook.display.DisplayTable}
 * (caption, column heads, cells as printed, notes), which prints the same way everywhere: a short head in text,
 * the same head as HTML. This package depends on nothing but the JDK, so every domain package may use it; the
 * notebook kernels reach it through {@code io.github.wageoutlook.notebook}.
 *
 * <pre>{@code
 * OewsTable y2018 = Oews.national(2018);
 * System.out.println(y2018);          // the first 10 of 1,379 rows, then "… 1,369 more rows"
 * String html = y2018.toHtml();       // the same rows as an HTML table with a caption
 * }</pre>
 */
package io.github.wageoutlook.display;

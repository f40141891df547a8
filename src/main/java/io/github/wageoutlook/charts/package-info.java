/**
 * Charts where a person would rather look than read, drawn with XChart and written to PNG or SVG.
 *
 * <p>A {@link io.github.wageoutlook.charts.Chart} is an immutable description — titles, axis titles, size and
 * layers ({@link io.github.wageoutlook.charts.Chart.Band bands}, {@link io.github.wageoutlook.charts.Chart.Line
 * lines}, {@link io.github.wageoutlook.charts.Chart.Points points}) — rendered on demand to a
 * {@link java.awt.image.BufferedImage} (which a Jupyter Java kernel shows inline, as it shows a chart once the
 * library's display is installed: package {@code io.github.wageoutlook.notebook}), to PNG bytes, to SVG text or to a
 * file. {@link io.github.wageoutlook.charts.Charts} builds the library's charts from its data: the percentile fan
 * chart of an occupation over the survey years, the experience curve over its brackets, the projection paths of
 * every Employment Projections cycle beside realized OEWS employment, and the ranked comparison of an occupation
 * across areas, industries or ownerships.
 *
 * <pre>{@code
 * Chart fan = Charts.percentileFan("43-4051");   // P10–P90, P25–P75 and the median, May 2014–2025
 * fan.write(Path.of("fan.png"));                 // or .svg
 * BufferedImage img = fan.toImage();             // an image for any Java kernel or program
 * fan                                            // last expression of an IJava or JJava cell: shown inline
 * }</pre>
 */
package io.github.wageoutlook.charts;

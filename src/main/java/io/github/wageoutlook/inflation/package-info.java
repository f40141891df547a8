/**
 * Inflation: price indexes (CPI-U and any BLS consumer price index series), constant dollars, and wage histories
 * across survey years.
 *
 * <p>A tour: {@link io.github.wageoutlook.inflation.Cpi#u()} gives the embedded CPI-U (BLS's flat file and Series
 * Report, merged; annual averages to 2025) as a {@link io.github.wageoutlook.inflation.PriceIndex}; a value BLS did
 * not publish (October 2025) is a {@link io.github.wageoutlook.inflation.MissingIndexValueException} offering the
 * alternatives, and an {@link io.github.wageoutlook.inflation.Adjustment} names both index values and the factor;
 * the index restates a {@link io.github.wageoutlook.wages.Wage}, a wage
 * cell, a Tablesaw column, an {@link io.github.wageoutlook.oews.OccupationWages} row or a whole
 * {@link io.github.wageoutlook.oews.OewsTable} in another year's dollars, real = nominal × I(target) / I(source); a
 * row or table is restated from its own survey year, so only the target year is asked for. {@link io.github.wageoutlook.inflation.WageHistory} lines up every OEWS year
 * of an occupation, links its code across the SOC 2018 revision, and computes real growth rates.
 *
 * <p>{@link io.github.wageoutlook.inflation.CpiReader} reads the CPI formats (LABSTAT flat files and the data
 * tool's Series Report, CSV or .xlsx); {@code PriceIndex.from(SeriesData, seriesId)} reads an answer of the BLS API.
 *
 * <pre>{@code
 * Cpi.u().adjustment(2017, 2025).apply(Wage.annual(32_890));   // $43,198.04695659269/yr, not rounded
 * Cpi.u().adjust(Oews.national(2017), 2025);                   // every wage column, from each row's year
 * System.out.println(WageHistory.of("43-4051").inDollarsOf(2025));
 * }</pre>
 */
package io.github.wageoutlook.inflation;

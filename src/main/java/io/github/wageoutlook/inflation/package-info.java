/**
 * Inflation and price levels: price indexes (CPI-U and any BLS consumer price index series), constant dollars, wage
 * histories across survey years, and BEA's Regional Price Parities (what pay buys in a place).
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
 * <p>Price levels across places: {@link io.github.wageoutlook.inflation.PriceParities#bea()} gives BEA's Regional
 * Price Parities by state and metropolitan area, 2008–2024 (an index, U.S. = 100), looked up by USPS or FIPS code,
 * state name, CBSA code or a metropolitan area's principal city; a
 * {@link io.github.wageoutlook.inflation.PriceLevelAdjustment} puts wages at the national price level (× 100 / RPP,
 * with the RPP of the wages' year or the nearest earlier one) and, combined with CPI-U by BEA's real-income method,
 * in dollars of another year; {@link io.github.wageoutlook.inflation.RealWages} holds an OEWS row's wages both ways.
 *
 * <p>{@link io.github.wageoutlook.inflation.CpiReader} reads the CPI formats (LABSTAT flat files and the data
 * tool's Series Report, CSV or .xlsx); {@code PriceIndex.from(SeriesData, seriesId)} reads an answer of the BLS API;
 * a package-private reader reads BEA's RPP tables ({@code PriceParities.read(path)}).
 *
 * <pre>{@code
 * Cpi.u().adjustment(2017, 2025).apply(Wage.annual(32_890));   // $43,198.04695659269/yr, not rounded
 * Cpi.u().adjust(Oews.national(2017), 2025);                   // every wage column, from each row's year
 * PriceParities.bea().parity("TX", 2024).value();               // 97.057 (U.S. = 100)
 * System.out.println(WageHistory.of("43-4051").inDollarsOf(2025));
 * }</pre>
 */
package io.github.wageoutlook.inflation;

/**
 * Inflation: price indexes (CPI-U and any BLS consumer price index series), constant dollars, and wage histories
 * across survey years.
 *
 * <p>A tour: {@link io.github.wageoutlook.inflation.Cpi#u()} gives the embedded CPI-U as a
 * {@link io.github.wageoutlook.inflation.PriceIndex} (annual averages and monthly values; values the shipped file
 * lacks are added with {@code withAnnual}); the index restates a {@link io.github.wageoutlook.wages.Wage}, a wage
 * cell, a Tablesaw column or a whole {@link io.github.wageoutlook.oews.OewsTable} in another year's dollars,
 * real = nominal × I(target) / I(source). {@link io.github.wageoutlook.inflation.WageHistory} lines up every OEWS year
 * of an occupation, links its code across the SOC 2018 revision, and computes real growth rates.
 *
 * <pre>{@code
 * Cpi.u().adjust(Wage.annual(32_890), 2017, 2023);        // $40,884.66/yr
 * System.out.println(WageHistory.of("43-4051").inDollarsOf(2023));
 * }</pre>
 */
package io.github.wageoutlook.inflation;

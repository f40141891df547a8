/**
 * The wage vocabulary every other package speaks, as java.time's root package is for dates: a
 * {@link io.github.wageoutlook.wages.Wage} is an amount with its {@link io.github.wageoutlook.wages.WageBasis}
 * (hourly or annual dollars; conversion by BLS's 2,080-hour year, rounding only when asked, mixing bases a
 * {@link io.github.wageoutlook.wages.BasisMismatchException}); a {@link io.github.wageoutlook.wages.WageFigure} is a
 * wage as BLS publishes it — a value, a top-coded lower bound ({@code #}), or not released ({@code *}) — and a
 * {@link io.github.wageoutlook.wages.Figure} any other published number with its
 * {@link io.github.wageoutlook.wages.FigureStatus}.
 *
 * <p>The library's value types speak java.time's vocabulary: {@code of} builds a value from its parts and checks
 * them, {@code parse} reads exactly what {@code toString()} prints ({@code Wage.parse(w.toString()).equals(w)}),
 * {@code from} converts another object, {@code find} searches a longer text, {@code read} takes a file; on an
 * instance, {@code to…}, {@code with…} and {@code is…}. A name that says percent holds percent (0–100); a fraction
 * says so ({@code rate}, {@code fraction}, {@code share}).
 *
 * <p>The published-figure types live here rather than in {@code oews} because Employment Projections publish wages
 * with the same conventions (a median of "&gt;=$208,000" is a lower bound), and both packages speak them. This package
 * depends on nothing but the JDK.
 *
 * <pre>{@code
 * Wage w = Wage.hourly(16.23);
 * w.toAnnual();                 // $33,758.40/yr (BLS publishes $33,750, from the unrounded hourly wage)
 * }</pre>
 */
package io.github.wageoutlook.wages;

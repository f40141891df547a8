package io.github.wageoutlook.cli;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision of figures in machine output ({@code --format csv|json}), one rule per unit, as the README's
 * "Machine output" section documents: a figure is printed as precisely as BLS publishes that kind of figure, and a
 * derived one no more precisely than is meaningful.
 *
 * <ul>
 *   <li>wages: as BLS publishes them, hourly to the cent, annual to the nearest ten dollars ({@link Wage#rounded()});</li>
 *   <li>employment in thousands (Employment Projections): to 0.1 thousand, as EP publishes it;</li>
 *   <li>percent (a column ending in {@code _percent}, 4.9 = 4.9 %): to 0.01; fractions are never printed;</li>
 *   <li>percentile ranks (0 – 100): to 0.01;</li>
 *   <li>index values such as CPI-U: to 0.001, as BLS publishes them (and BEA its Regional Price Parities);</li>
 *   <li>wages computed from published ones, such as wages at national prices: hourly to the cent, annual to the
 *       dollar.</li>
 * </ul>
 * Rounding is half up on the decimal value.
 */
final class Precision {
    private Precision() {
    }

    /**
     * @param amount dollars
     * @param basis hourly or annual
     * @return the amount rounded as BLS publishes wages on that basis (a negative amount, such as a fall in pay, by
     *     its size); NaN stays NaN
     */
    static double wage(double amount, WageBasis basis) {
        if (!Double.isFinite(amount)) {
            return amount;
        }
        return Math.signum(amount) * Wage.of(Math.abs(amount), basis).rounded().amount();
    }

    /**
     * @param thousands employment in thousands of jobs
     * @return to 0.1 thousand
     */
    static double thousands(double thousands) {
        return round(thousands, 1);
    }

    /**
     * @param percent a percentage (4.9 = 4.9 %)
     * @return to 0.01
     */
    static double percent(double percent) {
        return round(percent, 2);
    }

    /**
     * @param percentile a percentile rank, 0 - 100
     * @return to 0.01
     */
    static double percentile(double percentile) {
        return round(percentile, 2);
    }

    /**
     * @param value an index value such as CPI-U
     * @return to 0.001
     */
    static double index(double value) {
        return round(value, 3);
    }

    /**
     * @param dollars an amount of money
     * @return to the cent
     */
    static double cents(double dollars) {
        return round(dollars, 2);
    }

    /**
     * @param amount a wage computed from a published one, e.g. at national prices ({@code --local-prices})
     * @param basis hourly or annual
     * @return hourly to the cent, annual to the dollar, as the text output prints it
     */
    static double computedWage(double amount, WageBasis basis) {
        return round(amount, basis == WageBasis.HOURLY ? 2 : 0);
    }

    /**
     * @param ratio a ratio of index values, e.g. an inflation factor
     * @return to 0.000001, as the text output prints it
     */
    static double factor(double ratio) {
        return round(ratio, 6);
    }

    private static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}

package io.github.wageoutlook.wages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * A wage in U.S. dollars with its basis: an amount never travels without saying whether it is per hour or per year.
 *
 * <p>Conversion follows BLS's rule, annual = hourly × 2,080. Nothing is rounded implicitly: {@link #rounded()} rounds
 * the way BLS publishes (cents for hourly, whole tens of dollars for annual figures since 2014).
 *
 * <pre>{@code
 * Wage median = Wage.annual(33_750);
 * Wage perHour = median.toHourly();          // $16.2259.../hr
 * Wage.parse("$33,750/yr").equals(median);   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the amount in dollars, finite and not negative
 * @param basis the basis the amount is quoted on
 */
public record Wage(double amount, WageBasis basis) implements Comparable<Wage> {

    /**
     * Checks the parts.
     *
     * @param amount the amount in dollars, finite and not negative
     * @param basis the basis the amount is quoted on
     * @throws IllegalArgumentException if the amount is negative, infinite or NaN
     * @throws NullPointerException if the basis is null
     */
    public Wage {
        Objects.requireNonNull(basis, "basis must not be null");
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException(
                    "Invalid value for amount (valid values 0 - finite dollars): " + amount);
        }
    }

    /**
     * A wage from its parts.
     *
     * @param amount dollars, not negative
     * @param basis hourly or annual
     * @return the wage
     */
    public static Wage of(double amount, WageBasis basis) {
        return new Wage(amount, basis);
    }

    /**
     * An annual wage.
     *
     * @param dollarsPerYear dollars per year, not negative
     * @return the wage
     */
    public static Wage annual(double dollarsPerYear) {
        return new Wage(dollarsPerYear, WageBasis.ANNUAL);
    }

    /**
     * An hourly wage.
     *
     * @param dollarsPerHour dollars per hour, not negative
     * @return the wage
     */
    public static Wage hourly(double dollarsPerHour) {
        return new Wage(dollarsPerHour, WageBasis.HOURLY);
    }

    /**
     * Reads what {@link #toString()} prints: {@code "$33,750/yr"}, {@code "$16.23/hr"}; the dollar sign and
     * thousands separators are optional, and {@code "/hour"}, {@code "/year"} are accepted.
     *
     * @param text the text to read
     * @return the wage
     * @throws IllegalArgumentException if the text is not a wage with a basis
     */
    public static Wage parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String s = text.toString().trim();
        int slash = s.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Invalid wage '" + text
                    + "': a wage needs its basis, e.g. $33,750/yr or $16.23/hr");
        }
        WageBasis basis = WageBasis.parse(s.substring(slash + 1));
        String number = s.substring(0, slash).replace("$", "").replace(",", "").trim();
        try {
            return new Wage(Double.parseDouble(number), basis);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid wage '" + text + "': '" + number + "' is not a number", e);
        }
    }

    /**
     * This wage on another basis, by BLS's 2,080-hour year.
     *
     * @param target the basis wanted
     * @return this wage if already on {@code target}, else the converted wage (not rounded)
     */
    public Wage to(WageBasis target) {
        return target == basis ? this : new Wage(basis.convert(amount, target), target);
    }

    /** @return this wage per year (hourly × 2,080), not rounded */
    public Wage toAnnual() {
        return to(WageBasis.ANNUAL);
    }

    /** @return this wage per hour (annual ÷ 2,080), not rounded */
    public Wage toHourly() {
        return to(WageBasis.HOURLY);
    }

    /**
     * This wage rounded the way BLS publishes: hourly to the cent, annual to the nearest ten dollars
     * (half up, on the decimal value).
     *
     * @return the rounded wage
     */
    public Wage rounded() {
        BigDecimal exact = BigDecimal.valueOf(amount);
        BigDecimal r = basis == WageBasis.HOURLY
                ? exact.setScale(2, RoundingMode.HALF_UP)
                : exact.divide(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN);
        return new Wage(r.doubleValue(), basis);
    }

    /**
     * This wage times a factor, on the same basis (e.g. an inflation factor).
     *
     * @param factor a finite, non-negative factor
     * @return the scaled wage
     */
    public Wage multipliedBy(double factor) {
        if (!Double.isFinite(factor) || factor < 0) {
            throw new IllegalArgumentException("Invalid value for factor (valid values 0 - finite): " + factor);
        }
        return new Wage(amount * factor, basis);
    }

    /**
     * The ratio of this wage to another on the same basis.
     *
     * @param other a wage on the same basis, greater than zero
     * @return this ÷ other
     * @throws BasisMismatchException if the bases differ
     */
    public double ratioTo(Wage other) {
        requireSameBasis("divide wages", other);
        if (other.amount == 0) {
            throw new IllegalArgumentException("Invalid value for divisor (valid values > 0): " + other);
        }
        return amount / other.amount;
    }

    /**
     * Compares amounts on the same basis.
     *
     * @throws BasisMismatchException if the bases differ
     */
    @Override
    public int compareTo(Wage other) {
        requireSameBasis("compare wages", other);
        return Double.compare(amount, other.amount);
    }

    /**
     * Checks that another wage is on this wage's basis.
     *
     * @param what what is being done, for the message
     * @param other the other wage
     * @throws BasisMismatchException if the bases differ
     */
    public void requireSameBasis(String what, Wage other) {
        Objects.requireNonNull(other, "other must not be null");
        if (other.basis != basis) {
            throw new BasisMismatchException(what, basis, other.basis);
        }
    }

    /**
     * Prints the amount as BLS would, {@code $33,750/yr} or {@code $16.23/hr}; annual amounts with cents keep them.
     */
    @Override
    public String toString() {
        return format(amount, basis) + "/" + basis.suffix();
    }

    /**
     * Formats a dollar amount for display: cents for hourly amounts, whole dollars for annual ones unless
     * the amount has cents.
     *
     * @param amount the dollars
     * @param basis the basis
     * @return e.g. {@code $33,750} or {@code $16.23}
     */
    static String format(double amount, WageBasis basis) {
        boolean cents = basis == WageBasis.HOURLY || Math.rint(amount) != amount;
        DecimalFormat f = new DecimalFormat(cents ? "$#,##0.00" : "$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(amount);
    }
}

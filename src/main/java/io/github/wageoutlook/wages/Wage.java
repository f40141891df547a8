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
 * Wage perHour = median.toHourly();          // $16.22596153846154/hr, exact; .rounded() is $16.23/hr
 * Wage.parse("$33,750/yr").equals(median);   // true
 * }</pre>
 *
 * <p>{@link #toString()} prints the amount exactly (cents always for hourly wages, whole dollars for an annual wage
 * that has no cents, and as many further digits as the amount has), so that {@link #parse(CharSequence)} reads back
 * an equal wage; {@code rounded().toString()} is the figure as BLS would print it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Wage implements Comparable<Wage> {

    private final double amount;
    private final WageBasis basis;

    private Wage(double amount, WageBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException(
                    "Invalid value for amount (valid values 0 - finite dollars): " + amount);
        }
        this.amount = amount == 0 ? 0 : amount; // -0.0 is 0 dollars: one zero, so that equal wages print alike
        this.basis = basis;
    }

    /**
     * A wage from its parts: the factory {@link #annual(double)}, {@link #hourly(double)}, {@link #parse(CharSequence)}
     * and every calculation go through, so the parts are checked in one place.
     *
     * @param amount dollars, finite and not negative
     * @param basis hourly or annual
     * @return the wage
     * @throws IllegalArgumentException naming the amount, the valid range and the value, if it is negative, infinite
     *     or NaN
     * @throws NullPointerException if the basis is null
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
        return of(dollarsPerYear, WageBasis.ANNUAL);
    }

    /**
     * An hourly wage.
     *
     * @param dollarsPerHour dollars per hour, not negative
     * @return the wage
     */
    public static Wage hourly(double dollarsPerHour) {
        return of(dollarsPerHour, WageBasis.HOURLY);
    }

    /**
     * Reads what {@link #toString()} prints: {@code "$33,750/yr"}, {@code "$16.23/hr"},
     * {@code "$16.22596153846154/hr"}; {@code Wage.parse(w.toString()).equals(w)} for every wage. The dollar sign and
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
            return of(Double.parseDouble(number), basis);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid wage '" + text + "': '" + number + "' is not a number", e);
        }
    }

    /** @return the amount in dollars, finite and not negative, as given (never rounded) */
    public double amount() {
        return amount;
    }

    /** @return the basis the amount is quoted on */
    public WageBasis basis() {
        return basis;
    }

    /**
     * This wage on another basis, by BLS's 2,080-hour year.
     *
     * @param target the basis wanted
     * @return this wage if already on {@code target}, else the converted wage (not rounded)
     */
    public Wage to(WageBasis target) {
        return target == basis ? this : of(basis.convert(amount, target), target);
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
        return of(r.doubleValue(), basis);
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
        return of(amount * factor, basis);
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
     * Equal wages have the same basis and the same amount; a wage is never equal to the same pay on the other
     * basis ({@code hourly(16.23)} is not {@code annual(33_758.40)}).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Wage w && w.basis == basis && Double.compare(w.amount, amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(amount) + basis.hashCode();
    }

    /**
     * Prints the exact amount and its basis: {@code $33,750/yr}, {@code $33,758.40/yr}, {@code $16.23/hr},
     * {@code $16.22596153846154/hr} (hourly with cents always, annual with cents when it has them, and every further
     * digit the amount has, so that {@link #parse(CharSequence)} reads it back). {@code rounded().toString()} prints
     * the figure as BLS publishes it.
     */
    @Override
    public String toString() {
        // BigDecimal.valueOf takes Double.toString's digits, which read back as this very double.
        BigDecimal exact = BigDecimal.valueOf(amount);
        int digits = Math.max(0, exact.stripTrailingZeros().scale());
        if (digits > 0 || basis == WageBasis.HOURLY) {
            digits = Math.max(digits, 2);
        }
        DecimalFormat f = new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(exact) + "/" + basis.suffix();
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

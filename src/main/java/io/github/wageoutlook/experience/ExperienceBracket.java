package io.github.wageoutlook.experience;

import io.github.wageoutlook.wages.Wage;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One experience bracket of a pay survey: the typical pay of workers in an occupation with between
 * {@code lowerYears} and {@code upperYears} years of experience, as PayScale publishes it
 * ("0–5 years: $28,000").
 *
 * <p>Years are continuous and the range is half-open, [lower, upper): PayScale's "0–5, 5–10" brackets, as career guides quote them, touch, and
 * PayScale's career stage "1–4 years" (whole years 1, 2, 3 and 4) is the range [1, 5). An open top bracket
 * ("20+") has {@code upperYears = +∞}; {@link ExperienceCurve} needs an assumed width for it, see
 * {@link CurveOptions#openBracketWidth()}.
 *
 * <pre>{@code
 * ExperienceBracket b = ExperienceBracket.of("43-4051", "Customer service representatives", 0, 5,
 *         Wage.annual(28_000), 2019, "PayScale");   // "0–5 yrs  $28,000/yr"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occupationCode the occupation's code, a SOC code such as {@code 43-4051} for data matched to BLS
 * @param title the occupation's title
 * @param lowerYears the bracket's first year of experience, 0 or more
 * @param upperYears the end of the bracket (exclusive), greater than {@code lowerYears}; +∞ for an open bracket
 * @param pay the bracket's typical pay, greater than zero, with its basis
 * @param currencyYear the year whose dollars the pay is quoted in, 1900 - 2100
 * @param sampleCount how many survey answers the figure rests on, when the source says
 * @param source where the figure comes from, for notes and citations
 */
public record ExperienceBracket(String occupationCode, String title, double lowerYears, double upperYears, Wage pay,
                                int currencyYear, OptionalInt sampleCount, String source) {

    /** Upper bound of a bracket's years: a working life of 60 years is beyond any survey's range. */
    public static final double MAX_YEARS = 60;

    /**
     * Checks each part; every message names the field, the valid range and the value.
     *
     * @param occupationCode the occupation's code, not blank (stripped)
     * @param title the occupation's title (stripped)
     * @param lowerYears the first year of experience, 0 - 60
     * @param upperYears the end of the bracket, above {@code lowerYears} and at most 60, or +∞ for open
     * @param pay the typical pay, above zero
     * @param currencyYear the year of the dollars, 1900 - 2100
     * @param sampleCount the number of answers, 1 or more, or empty
     * @param source where the figure comes from
     * @throws IllegalArgumentException for negative or unordered years, pay not above zero, a bad currency year or
     *     sample count, a blank code
     * @throws NullPointerException for a null part
     */
    public ExperienceBracket {
        Objects.requireNonNull(occupationCode, "occupationCode must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(pay, "pay must not be null");
        Objects.requireNonNull(sampleCount, "sampleCount must not be null (use OptionalInt.empty())");
        Objects.requireNonNull(source, "source must not be null");
        occupationCode = occupationCode.strip();
        title = title.strip();
        if (occupationCode.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for occupationCode (valid values: a non-blank code such "
                    + "as 43-4051): ''");
        }
        if (!Double.isFinite(lowerYears) || lowerYears < 0 || lowerYears >= MAX_YEARS) {
            throw new IllegalArgumentException("Invalid value for lowerYears of a " + occupationCode
                    + " bracket (valid values 0 - " + fmt(MAX_YEARS) + "): " + fmt(lowerYears));
        }
        if (Double.isNaN(upperYears) || upperYears <= lowerYears
                || (upperYears != Double.POSITIVE_INFINITY && upperYears > MAX_YEARS)) {
            throw new IllegalArgumentException("Invalid value for upperYears of a " + occupationCode
                    + " bracket (valid values above lowerYears " + fmt(lowerYears) + " up to " + fmt(MAX_YEARS)
                    + ", or open): " + fmt(upperYears));
        }
        if (!(pay.amount() > 0)) {
            String range = upperYears == Double.POSITIVE_INFINITY ? fmt(lowerYears) + "+ yrs"
                    : fmt(lowerYears) + "–" + fmt(upperYears) + " yrs";
            throw new IllegalArgumentException("Invalid value for pay of bracket " + occupationCode + " " + range
                    + " (valid values > 0): " + pay);
        }
        if (currencyYear < 1900 || currencyYear > 2100) {
            throw new IllegalArgumentException("Invalid value for currencyYear (valid values 1900 - 2100): "
                    + currencyYear);
        }
        if (sampleCount.isPresent() && sampleCount.getAsInt() < 1) {
            throw new IllegalArgumentException("Invalid value for sampleCount (valid values 1 or more, or unknown): "
                    + sampleCount.getAsInt());
        }
    }

    /**
     * A closed bracket [lower, upper) with no sample count.
     *
     * @param occupationCode the occupation's code
     * @param title the occupation's title
     * @param lowerYears first year of experience
     * @param upperYears end of the bracket, exclusive
     * @param pay typical pay
     * @param currencyYear the year of the dollars
     * @param source where the figure comes from
     * @return the bracket
     */
    public static ExperienceBracket of(String occupationCode, String title, double lowerYears, double upperYears,
                                       Wage pay, int currencyYear, String source) {
        return new ExperienceBracket(occupationCode, title, lowerYears, upperYears, pay, currencyYear,
                OptionalInt.empty(), source);
    }

    /**
     * An open top bracket, "20+ years".
     *
     * @param occupationCode the occupation's code
     * @param title the occupation's title
     * @param lowerYears first year of experience
     * @param pay typical pay
     * @param currencyYear the year of the dollars
     * @param source where the figure comes from
     * @return the bracket
     */
    public static ExperienceBracket open(String occupationCode, String title, double lowerYears, Wage pay,
                                         int currencyYear, String source) {
        return of(occupationCode, title, lowerYears, Double.POSITIVE_INFINITY, pay, currencyYear, source);
    }

    /** @return true when the bracket has no upper end ("20+") */
    public boolean isOpen() {
        return upperYears == Double.POSITIVE_INFINITY;
    }

    /**
     * The end used for fitting: the upper year, or for an open bracket lower + {@code openWidth}.
     *
     * @param openWidth the assumed width of an open bracket, in years
     * @return the end of the bracket's range
     */
    public double upperYears(double openWidth) {
        return isOpen() ? lowerYears + openWidth : upperYears;
    }

    /**
     * This bracket with another pay (same range and basis checks).
     *
     * @param newPay the pay
     * @return the new bracket
     */
    public ExperienceBracket withPay(Wage newPay) {
        return new ExperienceBracket(occupationCode, title, lowerYears, upperYears, newPay, currencyYear, sampleCount,
                source);
    }

    /** @return the range as people write it: {@code 0–5 yrs}, {@code 20+ yrs} */
    public String label() {
        return isOpen() ? fmt(lowerYears) + "+ yrs" : fmt(lowerYears) + "–" + fmt(upperYears) + " yrs";
    }

    /** Prints {@code 43-4051 0–5 yrs $28,000/yr (2019 dollars)}. */
    @Override
    public String toString() {
        return occupationCode + " " + label() + " " + pay + " (" + currencyYear + " dollars"
                + (sampleCount.isPresent() ? ", n = " + sampleCount.getAsInt() : "") + ")";
    }

    static String fmt(double years) {
        if (years == Double.POSITIVE_INFINITY) {
            return "open";
        }
        return years == Math.rint(years) && Math.abs(years) < 1e9 ? Long.toString((long) years)
                : String.format(Locale.ROOT, "%s", years);
    }
}

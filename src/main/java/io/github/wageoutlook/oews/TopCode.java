package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageBasis;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OEWS wage top-code of a survey year: a cell marked {@code #} holds a wage at or above this threshold.
 *
 * <p>Thresholds, from each year's "Field Descriptions" sheet where the file has one (May 2018–2024) and otherwise
 * from the published values themselves (no numeric percentile of 2014–2015 reaches $90.00, none of 2016–2021 reaches
 * $100.00, none of 2022–2024 reaches $115.00):
 * <table>
 *   <caption>Top-codes by survey year</caption>
 *   <tr><th>May of</th><th>hourly</th><th>annual</th></tr>
 *   <tr><td>2014–2015</td><td>$90.00</td><td>$187,200</td></tr>
 *   <tr><td>2016–2021</td><td>$100.00</td><td>$208,000</td></tr>
 *   <tr><td>2022 on</td><td>$115.00</td><td>$239,200</td></tr>
 * </table>
 *
 * <pre>{@code
 * TopCode.of(2018).annual();                        // $208,000/yr
 * TopCode.parse("$100.00/hr or $208,000/yr");       // the same top-code
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param hourly the hourly threshold
 * @param annual the annual threshold (hourly × 2,080)
 */
public record TopCode(Wage hourly, Wage annual) {

    /** The first survey year whose top-code this class knows. */
    public static final int FIRST_KNOWN_YEAR = 2014;

    private static final Pattern STATED = Pattern.compile("greater than \\$([0-9]+(?:\\.[0-9]+)?) per hour");

    /**
     * Checks the thresholds.
     *
     * @param hourly the hourly threshold
     * @param annual the annual threshold (hourly × 2,080)
     * @throws IllegalArgumentException if the bases are wrong or the two do not agree by 2,080 hours
     */
    public TopCode {
        Objects.requireNonNull(hourly, "hourly must not be null");
        Objects.requireNonNull(annual, "annual must not be null");
        if (hourly.basis() != WageBasis.HOURLY) {
            throw new IllegalArgumentException("Invalid value for hourly (valid values: a wage per hour): " + hourly);
        }
        if (annual.basis() != WageBasis.ANNUAL) {
            throw new IllegalArgumentException("Invalid value for annual (valid values: a wage per year): " + annual);
        }
        if (Math.abs(hourly.toAnnual().amount() - annual.amount()) > 0.5) {
            throw new IllegalArgumentException("Invalid value for annual (valid values: hourly × 2,080 = "
                    + hourly.toAnnual() + ", within $0.50): " + annual);
        }
    }

    /**
     * The top-code from its threshold on either basis; the other follows by BLS's 2,080-hour year.
     *
     * <pre>{@code TopCode.of(Wage.hourly(115)).annual();   // $239,200/yr}</pre>
     *
     * @param threshold the threshold, hourly or annual
     * @return the top-code
     */
    public static TopCode of(Wage threshold) {
        Objects.requireNonNull(threshold, "threshold must not be null");
        return new TopCode(threshold.toHourly(), threshold.toAnnual());
    }

    /**
     * The top-code of an OEWS survey year.
     *
     * @param year the May reference year, 2014 or later
     * @return the threshold
     * @throws IllegalArgumentException for years before 2014, whose threshold this library does not know
     */
    public static TopCode of(int year) {
        if (year < FIRST_KNOWN_YEAR) {
            throw new IllegalArgumentException("Invalid value for year (valid values " + FIRST_KNOWN_YEAR
                    + " - , top-code unknown before): " + year);
        }
        if (year <= 2015) {
            return of(Wage.hourly(90));
        }
        return of(Wage.hourly(year <= 2021 ? 100 : 115));
    }

    /**
     * Reads what {@link #toString()} prints, {@code $115.00/hr or $239,200/yr} (each half as
     * {@link Wage#parse(CharSequence)} reads it).
     *
     * @param text the text
     * @return the top-code
     * @throws IllegalArgumentException if the text is not an hourly and an annual wage joined by {@code or}, or the
     *     two do not agree by 2,080 hours
     */
    public static TopCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String[] halves = text.toString().split(" or ", -1);
        if (halves.length != 2) {
            throw new IllegalArgumentException("Invalid value for top-code (valid form $115.00/hr or $239,200/yr): '"
                    + text + "'");
        }
        return new TopCode(Wage.parse(halves[0]), Wage.parse(halves[1]));
    }

    /**
     * Finds the threshold in a longer text, such as the Field Descriptions sentence "# = indicates a wage equal to or
     * greater than $115.00 per hour or $239,200 per year" or a BLS API footnote (as {@code Cycle.find} finds a cycle
     * in a table title).
     *
     * @param text the text
     * @return the top-code, or empty if the text does not state one
     */
    public static Optional<TopCode> find(String text) {
        Matcher m = STATED.matcher(text);
        return m.find() ? Optional.of(of(Wage.hourly(Double.parseDouble(m.group(1))))) : Optional.empty();
    }

    /**
     * The threshold on a basis.
     *
     * @param basis hourly or annual
     * @return the threshold
     */
    public Wage on(WageBasis basis) {
        return basis == WageBasis.HOURLY ? hourly : annual;
    }

    /** Prints both thresholds, {@code $115.00/hr or $239,200/yr}; {@link #parse(CharSequence)} reads it back. */
    @Override
    public String toString() {
        return hourly + " or " + annual;
    }
}

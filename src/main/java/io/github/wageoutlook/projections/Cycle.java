package io.github.wageoutlook.projections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BLS Employment Projections cycle: a base year and the year projected, ten years on for every published cycle.
 *
 * <p>{@link #parse(CharSequence)} reads BLS's spellings, {@code "2016-26"}, {@code "2023–33"} (en dash) and
 * {@code "2024–2034"}; {@link #toString()} prints the short form {@code 2016-26}, which {@code parse} reads back.
 *
 * <pre>{@code Cycle c = Cycle.parse("2016-26"); c.years(); // 10}</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param baseYear the base year of the projection, 1900 - 2200
 * @param endYear the projected year, after the base year
 */
public record Cycle(int baseYear, int endYear) implements Comparable<Cycle> {

    // Base years 1900 - 2200, the range the constructor accepts, so that parse reads every cycle toString prints.
    private static final Pattern FORM = Pattern.compile("((?:19|2[01])\\d{2}|2200)\\s*[-–—]\\s*(\\d{2}|\\d{4})");

    /**
     * Checks the years.
     *
     * @param baseYear the base year of the projection, 1900 - 2200
     * @param endYear the projected year, after the base year
     * @throws IllegalArgumentException if a year is out of range or the end is not after the base
     */
    public Cycle {
        if (baseYear < 1900 || baseYear > 2200) {
            throw new IllegalArgumentException("Invalid value for baseYear (valid values 1900 - 2200): " + baseYear);
        }
        if (endYear <= baseYear || endYear > baseYear + 100) {
            throw new IllegalArgumentException("Invalid value for endYear (valid values " + (baseYear + 1) + " - "
                    + (baseYear + 100) + "): " + endYear);
        }
    }

    /**
     * A cycle from its years.
     *
     * @param baseYear the base year
     * @param endYear the projected year
     * @return the cycle
     */
    public static Cycle of(int baseYear, int endYear) {
        return new Cycle(baseYear, endYear);
    }

    /**
     * Reads {@code 2016-26}, {@code 2023–33} or {@code 2024–2034} (hyphen, en or em dash).
     *
     * @param text the text
     * @return the cycle
     * @throws IllegalArgumentException if the text is not a cycle
     */
    public static Cycle parse(CharSequence text) {
        String s = text == null ? "" : text.toString().strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid value for cycle (valid form 2016-26 or 2024-2034): '"
                    + text + "'");
        }
        return fromMatch(m);
    }

    /**
     * Finds a cycle inside a longer text, such as a table title ("Occupational projections, 2016-26, and …").
     *
     * @param text the text
     * @return the first cycle found, or empty
     */
    public static java.util.Optional<Cycle> find(String text) {
        Matcher m = Pattern.compile("(?<!\\d)" + FORM.pattern() + "(?!\\d)").matcher(text == null ? "" : text);
        return m.find() ? java.util.Optional.of(fromMatch(m)) : java.util.Optional.empty();
    }

    private static Cycle fromMatch(Matcher m) {
        int base = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int endYear = end.length() == 4 ? Integer.parseInt(end) : base / 100 * 100 + Integer.parseInt(end);
        if (endYear <= base) {
            endYear += 100;
        }
        return new Cycle(base, endYear);
    }

    /** @return the length of the projection period in years (10 for every BLS cycle) */
    public int years() {
        return endYear - baseYear;
    }

    @Override
    public int compareTo(Cycle other) {
        int c = Integer.compare(baseYear, other.baseYear);
        return c != 0 ? c : Integer.compare(endYear, other.endYear);
    }

    /** Prints the short form, {@code 2016-26}. */
    @Override
    public String toString() {
        return baseYear + "-" + String.format("%02d", endYear % 100);
    }
}

package io.github.wageoutlook.wages;

/**
 * The basis a wage is quoted on: per hour or per year.
 *
 * <p>BLS converts between the two with a 2,080-hour work year (52 weeks × 40 hours), which is the only
 * conversion this library performs. Mixing bases without converting is an error
 * ({@link BasisMismatchException}), never a silent conversion.
 *
 * <pre>{@code double perYear = WageBasis.HOURLY.convert(16.23, WageBasis.ANNUAL); // 33,758.4}</pre>
 */
public enum WageBasis {
    /** Dollars per hour. */
    HOURLY("hr"),
    /** Dollars per year. */
    ANNUAL("yr");

    /** Hours in BLS's work year: annual = hourly × 2,080. */
    public static final int HOURS_PER_YEAR = 2080;

    private final String suffix;

    WageBasis(String suffix) {
        this.suffix = suffix;
    }

    /**
     * The short unit suffix used in text, {@code "hr"} or {@code "yr"}.
     *
     * @return the suffix printed after a wage, as in {@code $16.23/hr}
     */
    public String suffix() {
        return suffix;
    }

    /**
     * Converts an amount on this basis to another basis with BLS's 2,080-hour year.
     *
     * @param amount the amount on this basis
     * @param target the basis wanted
     * @return the amount on {@code target}; unchanged when the bases are equal
     */
    public double convert(double amount, WageBasis target) {
        if (this == target) {
            return amount;
        }
        return this == HOURLY ? amount * HOURS_PER_YEAR : amount / HOURS_PER_YEAR;
    }

    /**
     * Reads a basis from its name or suffix, case-insensitively ({@code "hourly"}, {@code "hr"}, {@code "annual"},
     * {@code "yr"}, {@code "year"}).
     *
     * @param text the text to read
     * @return the basis
     * @throws IllegalArgumentException if the text names no basis
     */
    public static WageBasis parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "hourly", "hr", "hour", "h" -> HOURLY;
            case "annual", "yr", "year", "yearly", "a" -> ANNUAL;
            default -> throw new IllegalArgumentException(
                    "Invalid value for basis (valid values hourly, annual): '" + text + "'");
        };
    }
}

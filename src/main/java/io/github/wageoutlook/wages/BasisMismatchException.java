package io.github.wageoutlook.wages;

/**
 * Thrown when two wages on different bases (hourly and annual) are combined without converting one of them.
 *
 * <p>It names both bases so the caller sees which side to convert, e.g. with {@link Wage#to(WageBasis)}.
 */
public class BasisMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The basis that was required. */
    private final WageBasis expected;
    /** The basis that was given. */
    private final WageBasis actual;

    /**
     * Creates the exception.
     *
     * @param what what was being done, e.g. "compare wages"
     * @param expected the basis required
     * @param actual the basis given
     */
    public BasisMismatchException(String what, WageBasis expected, WageBasis actual) {
        super("Cannot " + what + ": basis mismatch, expected " + expected.name().toLowerCase(java.util.Locale.ROOT)
                + " but got " + actual.name().toLowerCase(java.util.Locale.ROOT)
                + " (convert one side with Wage.to(WageBasis) first)");
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the basis that was required */
    public WageBasis expected() {
        return expected;
    }

    /** @return the basis that was given */
    public WageBasis actual() {
        return actual;
    }
}

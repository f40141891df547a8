package io.github.wageoutlook.experience;

/**
 * Thrown when brackets do not form a usable layout: overlapping or unordered ranges, an open bracket that is not the
 * last of its occupation, or brackets of one occupation on different bases or in different years' dollars.
 *
 * <p>It names the offending bracket (its 0-based position in the list given, which a file reader turns into a row
 * number), the field and the value, so that the bracket can be found and fixed.
 *
 * <pre>{@code
 * // Invalid bracket 2 (43-4051 3–10 yrs $30,000/yr): lowerYears 3 overlaps the previous bracket 0–5 yrs
 * }</pre>
 */
public class InvalidBracketException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @serial the 0-based position of the bracket in the list given */
    private final int index;
    /** @serial the field at fault */
    private final String field;
    /** @serial the field's value as text */
    private final String value;
    /** @serial what is wrong */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param index the 0-based position of the bracket in the list given
     * @param bracket the bracket, for the message
     * @param field the field at fault: {@code lowerYears}, {@code upperYears}, {@code basis} or
     *     {@code currencyYear}
     * @param value the field's value as text
     * @param problem what is wrong
     */
    public InvalidBracketException(int index, ExperienceBracket bracket, String field, String value,
                                   String problem) {
        super("Invalid bracket " + (index + 1) + " (" + bracket.occupationCode() + " " + bracket.label() + " "
                + bracket.pay() + "): " + field + " " + value + " " + problem);
        this.index = index;
        this.field = field;
        this.value = value;
        this.problem = problem;
    }

    /** @return the 0-based position of the bracket in the list given */
    public int index() {
        return index;
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }

    /** @return the field's value as text */
    public String value() {
        return value;
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }
}

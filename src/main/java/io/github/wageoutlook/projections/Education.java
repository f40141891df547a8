package io.github.wageoutlook.projections;

import java.util.Arrays;
import java.util.Optional;

/**
 * The typical education needed for entry to an occupation, in BLS's categories, from least to most.
 *
 * <p>Labels are BLS's own, compared ignoring case; "—" (a summary row) is unavailable and reads as empty.
 *
 * <pre>{@code Education.parse("No formal educational credential"); // Optional[NO_FORMAL_CREDENTIAL]}</pre>
 */
public enum Education {
    /** No formal educational credential. */
    NO_FORMAL_CREDENTIAL("No formal educational credential"),
    /** High school diploma or equivalent. */
    HIGH_SCHOOL("High school diploma or equivalent"),
    /** Some college, no degree. */
    SOME_COLLEGE("Some college, no degree"),
    /** Postsecondary nondegree award. */
    POSTSECONDARY_NONDEGREE("Postsecondary nondegree award"),
    /** Associate's degree. */
    ASSOCIATE("Associate's degree"),
    /** Bachelor's degree. */
    BACHELOR("Bachelor's degree"),
    /** Master's degree. */
    MASTER("Master's degree"),
    /** Doctoral or professional degree. */
    DOCTORAL_OR_PROFESSIONAL("Doctoral or professional degree");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    /** @return the label as BLS prints it */
    public String label() {
        return label;
    }

    /**
     * Reads a cell of the "typical education" column.
     *
     * @param text the cell text
     * @return the value, or empty for "—"
     * @throws IllegalArgumentException for a label BLS does not use, naming the valid labels
     */
    public static Optional<Education> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(EpNumber.UNAVAILABLE_SYMBOL)) {
            return Optional.empty();
        }
        for (Education v : values()) {
            if (v.label.equalsIgnoreCase(t)) {
                return Optional.of(v);
            }
        }
        throw new IllegalArgumentException("Invalid value for typical education (valid values "
                + Arrays.stream(values()).map(Education::label).toList() + " or —): '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
